/**
 */
package org.provlens.diagram.core.description;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Mapping Filter</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Hides the nodes it applies to, with their content and edges (Sirius's MappingFilter).
 * <!-- end-model-doc -->
 *
 *
 * @see org.provlens.diagram.core.description.DescriptionPackage#getMappingFilter()
 * @model
 * @generated
 */
public interface MappingFilter extends FilterDescription {
} // MappingFilter
