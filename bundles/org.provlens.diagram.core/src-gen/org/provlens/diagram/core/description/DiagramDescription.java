/**
 */
package org.provlens.diagram.core.description;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram Description</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A kind of diagram: which domain element it opens on, its layers of mappings, its filters and its layout (Sirius's DiagramDescription).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.diagram.core.description.DiagramDescription#getDomainClass <em>Domain Class</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.DiagramDescription#getDefaultLayer <em>Default Layer</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.DiagramDescription#getAdditionalLayers <em>Additional Layers</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.DiagramDescription#getFilters <em>Filters</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.DiagramDescription#getLayout <em>Layout</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.DiagramDescription#getRootScope <em>Root Scope</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.DiagramDescription#getDefaultDepth <em>Default Depth</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.DiagramDescription#getExpandedLevels <em>Expanded Levels</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.DiagramDescription#getMaxVisibleElements <em>Max Visible Elements</em>}</li>
 * </ul>
 *
 * @see org.provlens.diagram.core.description.DescriptionPackage#getDiagramDescription()
 * @model
 * @generated
 */
public interface DiagramDescription extends IdentifiedElement {
	/**
	 * Returns the value of the '<em><b>Domain Class</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The class of the diagram's semantic root, from which the top-level mappings find their candidates.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Domain Class</em>' reference.
	 * @see #setDomainClass(EClass)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getDiagramDescription_DomainClass()
	 * @model required="true"
	 * @generated
	 */
	EClass getDomainClass();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.DiagramDescription#getDomainClass <em>Domain Class</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Domain Class</em>' reference.
	 * @see #getDomainClass()
	 * @generated
	 */
	void setDomainClass(EClass value);

	/**
	 * Returns the value of the '<em><b>Default Layer</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The mappings that are always shown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Default Layer</em>' containment reference.
	 * @see #setDefaultLayer(Layer)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getDiagramDescription_DefaultLayer()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Layer getDefaultLayer();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.DiagramDescription#getDefaultLayer <em>Default Layer</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default Layer</em>' containment reference.
	 * @see #getDefaultLayer()
	 * @generated
	 */
	void setDefaultLayer(Layer value);

	/**
	 * Returns the value of the '<em><b>Additional Layers</b></em>' containment reference list.
	 * The list contents are of type {@link org.provlens.diagram.core.description.AdditionalLayer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Layers the user switches on and off: more mappings, or style customizations of the mappings of other layers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Additional Layers</em>' containment reference list.
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getDiagramDescription_AdditionalLayers()
	 * @model containment="true"
	 * @generated
	 */
	EList<AdditionalLayer> getAdditionalLayers();

	/**
	 * Returns the value of the '<em><b>Filters</b></em>' containment reference list.
	 * The list contents are of type {@link org.provlens.diagram.core.description.FilterDescription}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Filters the user switches on and off.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Filters</em>' containment reference list.
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getDiagramDescription_Filters()
	 * @model containment="true"
	 * @generated
	 */
	EList<FilterDescription> getFilters();

	/**
	 * Returns the value of the '<em><b>Layout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How ELK lays the diagram out; defaults when absent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Layout</em>' containment reference.
	 * @see #setLayout(LayoutDescription)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getDiagramDescription_Layout()
	 * @model containment="true"
	 * @generated
	 */
	LayoutDescription getLayout();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.DiagramDescription#getLayout <em>Layout</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layout</em>' containment reference.
	 * @see #getLayout()
	 * @generated
	 */
	void setLayout(LayoutDescription value);

	/**
	 * Returns the value of the '<em><b>Root Scope</b></em>' attribute.
	 * The default value is <code>"NEIGHBOURHOOD"</code>.
	 * The literals are from the enumeration {@link org.provlens.diagram.core.description.RootScope}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What opening the diagram on an element (a root) shows: that element's neighbourhood along the edges, or its subtree of containers.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Root Scope</em>' attribute.
	 * @see org.provlens.diagram.core.description.RootScope
	 * @see #setRootScope(RootScope)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getDiagramDescription_RootScope()
	 * @model default="NEIGHBOURHOOD"
	 * @generated
	 */
	RootScope getRootScope();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.DiagramDescription#getRootScope <em>Root Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Root Scope</em>' attribute.
	 * @see org.provlens.diagram.core.description.RootScope
	 * @see #getRootScope()
	 * @generated
	 */
	void setRootScope(RootScope value);

	/**
	 * Returns the value of the '<em><b>Default Depth</b></em>' attribute.
	 * The default value is <code>"3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Edge hops of a neighbourhood, or container levels expanded below the root, when the user gives no depth.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Default Depth</em>' attribute.
	 * @see #setDefaultDepth(int)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getDiagramDescription_DefaultDepth()
	 * @model default="3"
	 * @generated
	 */
	int getDefaultDepth();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.DiagramDescription#getDefaultDepth <em>Default Depth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Default Depth</em>' attribute.
	 * @see #getDefaultDepth()
	 * @generated
	 */
	void setDefaultDepth(int value);

	/**
	 * Returns the value of the '<em><b>Expanded Levels</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Container levels expanded by default in a diagram of NEIGHBOURHOOD scope (a SUBTREE diagram expands as many levels as its depth).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Expanded Levels</em>' attribute.
	 * @see #setExpandedLevels(int)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getDiagramDescription_ExpandedLevels()
	 * @model default="1"
	 * @generated
	 */
	int getExpandedLevels();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.DiagramDescription#getExpandedLevels <em>Expanded Levels</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expanded Levels</em>' attribute.
	 * @see #getExpandedLevels()
	 * @generated
	 */
	void setExpandedLevels(int value);

	/**
	 * Returns the value of the '<em><b>Max Visible Elements</b></em>' attribute.
	 * The default value is <code>"3000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The most nodes laid out at once: beyond it containers are collapsed level by level, then the rest is left out with a note.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Visible Elements</em>' attribute.
	 * @see #setMaxVisibleElements(int)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getDiagramDescription_MaxVisibleElements()
	 * @model default="3000"
	 * @generated
	 */
	int getMaxVisibleElements();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.DiagramDescription#getMaxVisibleElements <em>Max Visible Elements</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Visible Elements</em>' attribute.
	 * @see #getMaxVisibleElements()
	 * @generated
	 */
	void setMaxVisibleElements(int value);

} // DiagramDescription
