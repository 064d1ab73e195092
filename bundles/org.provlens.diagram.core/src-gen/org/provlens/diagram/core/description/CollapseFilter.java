/**
 */
package org.provlens.diagram.core.description;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Collapse Filter</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Collapses the containers and groups it applies to, unless the user expanded them (Sirius's CollapseFilter).
 * <!-- end-model-doc -->
 *
 *
 * @see org.provlens.diagram.core.description.DescriptionPackage#getCollapseFilter()
 * @model
 * @generated
 */
public interface CollapseFilter extends FilterDescription {
} // CollapseFilter
