/**
 */
package org.provlens.diagram.core.description;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Edge Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Edges between the nodes of mappings (Sirius's EdgeMapping). Relation-based: the targets are found from each source element by the target finder. Element-based (a domain class is set): each candidate element is one edge, its ends found by the source and target finders.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.diagram.core.description.EdgeMapping#getSourceMapping <em>Source Mapping</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.EdgeMapping#getTargetMapping <em>Target Mapping</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.EdgeMapping#getDomainClass <em>Domain Class</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.EdgeMapping#getSourceFinder <em>Source Finder</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.EdgeMapping#getTargetFinder <em>Target Finder</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.EdgeMapping#getKind <em>Kind</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.EdgeMapping#getStyle <em>Style</em>}</li>
 * </ul>
 *
 * @see org.provlens.diagram.core.description.DescriptionPackage#getEdgeMapping()
 * @model
 * @generated
 */
public interface EdgeMapping extends DiagramElementMapping {
	/**
	 * Returns the value of the '<em><b>Source Mapping</b></em>' reference list.
	 * The list contents are of type {@link org.provlens.diagram.core.description.AbstractNodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Mapping</em>' reference list.
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getEdgeMapping_SourceMapping()
	 * @model required="true"
	 * @generated
	 */
	EList<AbstractNodeMapping> getSourceMapping();

	/**
	 * Returns the value of the '<em><b>Target Mapping</b></em>' reference list.
	 * The list contents are of type {@link org.provlens.diagram.core.description.AbstractNodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Mapping</em>' reference list.
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getEdgeMapping_TargetMapping()
	 * @model required="true"
	 * @generated
	 */
	EList<AbstractNodeMapping> getTargetMapping();

	/**
	 * Returns the value of the '<em><b>Domain Class</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The class of the elements that are edges; relation-based edges when absent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Domain Class</em>' reference.
	 * @see #setDomainClass(EClass)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getEdgeMapping_DomainClass()
	 * @model
	 * @generated
	 */
	EClass getDomainClass();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.EdgeMapping#getDomainClass <em>Domain Class</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain Class</em>' reference.
	 * @see #getDomainClass()
	 * @generated
	 */
	void setDomainClass(EClass value);

	/**
	 * Returns the value of the '<em><b>Source Finder</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Element-based: the source elements of an edge element.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Finder</em>' containment reference.
	 * @see #setSourceFinder(Finder)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getEdgeMapping_SourceFinder()
	 * @model containment="true"
	 * @generated
	 */
	Finder getSourceFinder();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.EdgeMapping#getSourceFinder <em>Source Finder</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Finder</em>' containment reference.
	 * @see #getSourceFinder()
	 * @generated
	 */
	void setSourceFinder(Finder value);

	/**
	 * Returns the value of the '<em><b>Target Finder</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The target elements: of each source element (relation-based) or of an edge element (element-based).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target Finder</em>' containment reference.
	 * @see #setTargetFinder(Finder)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getEdgeMapping_TargetFinder()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Finder getTargetFinder();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.EdgeMapping#getTargetFinder <em>Target Finder</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Finder</em>' containment reference.
	 * @see #getTargetFinder()
	 * @generated
	 */
	void setTargetFinder(Finder value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.provlens.diagram.core.description.EdgeKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.provlens.diagram.core.description.EdgeKind
	 * @see #setKind(EdgeKind)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getEdgeMapping_Kind()
	 * @model
	 * @generated
	 */
	EdgeKind getKind();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.EdgeMapping#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.provlens.diagram.core.description.EdgeKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(EdgeKind value);

	/**
	 * Returns the value of the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Style</em>' containment reference.
	 * @see #setStyle(EdgeStyleDescription)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getEdgeMapping_Style()
	 * @model containment="true" required="true"
	 * @generated
	 */
	EdgeStyleDescription getStyle();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.EdgeMapping#getStyle <em>Style</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Style</em>' containment reference.
	 * @see #getStyle()
	 * @generated
	 */
	void setStyle(EdgeStyleDescription value);

} // EdgeMapping
