/**
 */
package org.provlens.diagram.core.description;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Elements shown as nodes (Sirius's NodeMapping).
 * <!-- end-model-doc -->
 *
 *
 * @see org.provlens.diagram.core.description.DescriptionPackage#getNodeMapping()
 * @model
 * @generated
 */
public interface NodeMapping extends AbstractNodeMapping {
} // NodeMapping
