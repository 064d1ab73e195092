/**
 */
package org.provlens.diagram.core.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Layer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A set of mappings shown together (Sirius's Layer).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.diagram.core.description.Layer#getNodeMappings <em>Node Mappings</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.Layer#getContainerMappings <em>Container Mappings</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.Layer#getEdgeMappings <em>Edge Mappings</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.Layer#getCustomizations <em>Customizations</em>}</li>
 * </ul>
 *
 * @see org.provlens.diagram.core.description.DescriptionPackage#getLayer()
 * @model
 * @generated
 */
public interface Layer extends IdentifiedElement {
	/**
	 * Returns the value of the '<em><b>Node Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.provlens.diagram.core.description.NodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node Mappings</em>' containment reference list.
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getLayer_NodeMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<NodeMapping> getNodeMappings();

	/**
	 * Returns the value of the '<em><b>Container Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.provlens.diagram.core.description.ContainerMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Container Mappings</em>' containment reference list.
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getLayer_ContainerMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<ContainerMapping> getContainerMappings();

	/**
	 * Returns the value of the '<em><b>Edge Mappings</b></em>' containment reference list.
	 * The list contents are of type {@link org.provlens.diagram.core.description.EdgeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Edge Mappings</em>' containment reference list.
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getLayer_EdgeMappings()
	 * @model containment="true"
	 * @generated
	 */
	EList<EdgeMapping> getEdgeMappings();

	/**
	 * Returns the value of the '<em><b>Customizations</b></em>' containment reference list.
	 * The list contents are of type {@link org.provlens.diagram.core.description.StyleCustomization}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Style changes this layer makes to mappings of any layer while it is active (Sirius's style customizations).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Customizations</em>' containment reference list.
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getLayer_Customizations()
	 * @model containment="true"
	 * @generated
	 */
	EList<StyleCustomization> getCustomizations();

} // Layer
