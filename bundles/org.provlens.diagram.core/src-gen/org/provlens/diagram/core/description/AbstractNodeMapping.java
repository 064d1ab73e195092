/**
 */
package org.provlens.diagram.core.description;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Abstract Node Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A mapping to nodes or containers.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.diagram.core.description.AbstractNodeMapping#getDomainClass <em>Domain Class</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.AbstractNodeMapping#getKind <em>Kind</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.AbstractNodeMapping#getLabelDescription <em>Label Description</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.AbstractNodeMapping#getIdentityFeatures <em>Identity Features</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.AbstractNodeMapping#getStyle <em>Style</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.AbstractNodeMapping#getConditionalStyles <em>Conditional Styles</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.AbstractNodeMapping#getGrouping <em>Grouping</em>}</li>
 * </ul>
 *
 * @see org.provlens.diagram.core.description.DescriptionPackage#getAbstractNodeMapping()
 * @model abstract="true"
 * @generated
 */
public interface AbstractNodeMapping extends DiagramElementMapping {
	/**
	 * Returns the value of the '<em><b>Domain Class</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The class (or a super class) of the elements mapped.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Domain Class</em>' reference.
	 * @see #setDomainClass(EClass)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getAbstractNodeMapping_DomainClass()
	 * @model required="true"
	 * @generated
	 */
	EClass getDomainClass();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.AbstractNodeMapping#getDomainClass <em>Domain Class</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain Class</em>' reference.
	 * @see #getDomainClass()
	 * @generated
	 */
	void setDomainClass(EClass value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.provlens.diagram.core.description.NodeKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the nodes are, as the headless view model names it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.provlens.diagram.core.description.NodeKind
	 * @see #setKind(NodeKind)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getAbstractNodeMapping_Kind()
	 * @model
	 * @generated
	 */
	NodeKind getKind();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.AbstractNodeMapping#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.provlens.diagram.core.description.NodeKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(NodeKind value);

	/**
	 * Returns the value of the '<em><b>Label Description</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label Description</em>' containment reference.
	 * @see #setLabelDescription(LabelDescription)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getAbstractNodeMapping_LabelDescription()
	 * @model containment="true"
	 * @generated
	 */
	LabelDescription getLabelDescription();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.AbstractNodeMapping#getLabelDescription <em>Label Description</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Description</em>' containment reference.
	 * @see #getLabelDescription()
	 * @generated
	 */
	void setLabelDescription(LabelDescription value);

	/**
	 * Returns the value of the '<em><b>Identity Features</b></em>' reference list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.EAttribute}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Elements with the same first non-empty value of these attributes are one node (artifacts joined across runs and sites by content hash); each element its own node when empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Identity Features</em>' reference list.
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getAbstractNodeMapping_IdentityFeatures()
	 * @model
	 * @generated
	 */
	EList<EAttribute> getIdentityFeatures();

	/**
	 * Returns the value of the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Style</em>' containment reference.
	 * @see #setStyle(NodeStyleDescription)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getAbstractNodeMapping_Style()
	 * @model containment="true" required="true"
	 * @generated
	 */
	NodeStyleDescription getStyle();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.AbstractNodeMapping#getStyle <em>Style</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Style</em>' containment reference.
	 * @see #getStyle()
	 * @generated
	 */
	void setStyle(NodeStyleDescription value);

	/**
	 * Returns the value of the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * The list contents are of type {@link org.provlens.diagram.core.description.ConditionalNodeStyle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Styles that replace the style for the elements whose condition holds; the first that holds wins.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Conditional Styles</em>' containment reference list.
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getAbstractNodeMapping_ConditionalStyles()
	 * @model containment="true"
	 * @generated
	 */
	EList<ConditionalNodeStyle> getConditionalStyles();

	/**
	 * Returns the value of the '<em><b>Grouping</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How repeated siblings collapse into one group node.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Grouping</em>' containment reference.
	 * @see #setGrouping(GroupingDescription)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getAbstractNodeMapping_Grouping()
	 * @model containment="true"
	 * @generated
	 */
	GroupingDescription getGrouping();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.AbstractNodeMapping#getGrouping <em>Grouping</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Grouping</em>' containment reference.
	 * @see #getGrouping()
	 * @generated
	 */
	void setGrouping(GroupingDescription value);

} // AbstractNodeMapping
