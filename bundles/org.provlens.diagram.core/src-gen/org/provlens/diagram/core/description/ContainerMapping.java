/**
 */
package org.provlens.diagram.core.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Container Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Elements shown as containers of the nodes of their sub mappings, which the user expands and collapses; a container without children is drawn as a node (Sirius's ContainerMapping).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.diagram.core.description.ContainerMapping#getSubNodeMappings <em>Sub Node Mappings</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.ContainerMapping#getSubContainerMappings <em>Sub Container Mappings</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.ContainerMapping#getReusedNodeMappings <em>Reused Node Mappings</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.ContainerMapping#getReusedContainerMappings <em>Reused Container Mappings</em>}</li>
 * </ul>
 *
 * @see org.provlens.diagram.core.description.DescriptionPackage#getContainerMapping()
 * @model
 * @generated
 */
public interface ContainerMapping extends AbstractNodeMapping {
	/**
	 * Returns the value of the '<em><b>Sub Node Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.provlens.diagram.core.description.NodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sub Node Mappings</em>' containment reference list.
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getContainerMapping_SubNodeMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<NodeMapping> getSubNodeMappings();

	/**
	 * Returns the value of the '<em><b>Sub Container Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.provlens.diagram.core.description.ContainerMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sub Container Mappings</em>' containment reference list.
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getContainerMapping_SubContainerMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<ContainerMapping> getSubContainerMappings();

	/**
	 * Returns the value of the '<em><b>Reused Node Mappings</b></em>' reference list.
	 * The list contents are of type {@link org.provlens.diagram.core.description.NodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Node mappings defined elsewhere that also apply inside this container.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reused Node Mappings</em>' reference list.
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getContainerMapping_ReusedNodeMappings()
	 * @model
	 * @generated
	 */
	EList<NodeMapping> getReusedNodeMappings();

	/**
	 * Returns the value of the '<em><b>Reused Container Mappings</b></em>' reference list.
	 * The list contents are of type {@link org.provlens.diagram.core.description.ContainerMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Container mappings defined elsewhere (or this one: recursion, e.g. tasks inside tasks) that also apply inside this container.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Reused Container Mappings</em>' reference list.
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getContainerMapping_ReusedContainerMappings()
	 * @model
	 * @generated
	 */
	EList<ContainerMapping> getReusedContainerMappings();

} // ContainerMapping
