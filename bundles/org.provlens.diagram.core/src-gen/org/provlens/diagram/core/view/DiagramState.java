/**
 */
package org.provlens.diagram.core.view;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram State</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One diagram: a description opened on a root element, and the user's changes to it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.diagram.core.view.DiagramState#getDescription <em>Description</em>}</li>
 *   <li>{@link org.provlens.diagram.core.view.DiagramState#getRootId <em>Root Id</em>}</li>
 *   <li>{@link org.provlens.diagram.core.view.DiagramState#getDepth <em>Depth</em>}</li>
 *   <li>{@link org.provlens.diagram.core.view.DiagramState#isLayersChosen <em>Layers Chosen</em>}</li>
 *   <li>{@link org.provlens.diagram.core.view.DiagramState#getActiveLayers <em>Active Layers</em>}</li>
 *   <li>{@link org.provlens.diagram.core.view.DiagramState#isFiltersChosen <em>Filters Chosen</em>}</li>
 *   <li>{@link org.provlens.diagram.core.view.DiagramState#getActiveFilters <em>Active Filters</em>}</li>
 *   <li>{@link org.provlens.diagram.core.view.DiagramState#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.provlens.diagram.core.view.DiagramState#getGroups <em>Groups</em>}</li>
 * </ul>
 *
 * @see org.provlens.diagram.core.view.ViewPackage#getDiagramState()
 * @model
 * @generated
 */
public interface DiagramState extends EObject {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the diagram description.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.provlens.diagram.core.view.ViewPackage#getDiagramState_Description()
	 * @model required="true"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.view.DiagramState#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Root Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the element the diagram was opened on; empty for the whole workspace.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Root Id</em>' attribute.
	 * @see #setRootId(String)
	 * @see org.provlens.diagram.core.view.ViewPackage#getDiagramState_RootId()
	 * @model
	 * @generated
	 */
	String getRootId();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.view.DiagramState#getRootId <em>Root Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Root Id</em>' attribute.
	 * @see #getRootId()
	 * @generated
	 */
	void setRootId(String value);

	/**
	 * Returns the value of the '<em><b>Depth</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The depth asked for; -1 for the description's default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Depth</em>' attribute.
	 * @see #setDepth(int)
	 * @see org.provlens.diagram.core.view.ViewPackage#getDiagramState_Depth()
	 * @model default="-1"
	 * @generated
	 */
	int getDepth();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.view.DiagramState#getDepth <em>Depth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Depth</em>' attribute.
	 * @see #getDepth()
	 * @generated
	 */
	void setDepth(int value);

	/**
	 * Returns the value of the '<em><b>Layers Chosen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the user chose the active layers; the description's defaults apply otherwise.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Layers Chosen</em>' attribute.
	 * @see #setLayersChosen(boolean)
	 * @see org.provlens.diagram.core.view.ViewPackage#getDiagramState_LayersChosen()
	 * @model
	 * @generated
	 */
	boolean isLayersChosen();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.view.DiagramState#isLayersChosen <em>Layers Chosen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layers Chosen</em>' attribute.
	 * @see #isLayersChosen()
	 * @generated
	 */
	void setLayersChosen(boolean value);

	/**
	 * Returns the value of the '<em><b>Active Layers</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Active Layers</em>' attribute list.
	 * @see org.provlens.diagram.core.view.ViewPackage#getDiagramState_ActiveLayers()
	 * @model
	 * @generated
	 */
	EList<String> getActiveLayers();

	/**
	 * Returns the value of the '<em><b>Filters Chosen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Filters Chosen</em>' attribute.
	 * @see #setFiltersChosen(boolean)
	 * @see org.provlens.diagram.core.view.ViewPackage#getDiagramState_FiltersChosen()
	 * @model
	 * @generated
	 */
	boolean isFiltersChosen();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.view.DiagramState#isFiltersChosen <em>Filters Chosen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Filters Chosen</em>' attribute.
	 * @see #isFiltersChosen()
	 * @generated
	 */
	void setFiltersChosen(boolean value);

	/**
	 * Returns the value of the '<em><b>Active Filters</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Active Filters</em>' attribute list.
	 * @see org.provlens.diagram.core.view.ViewPackage#getDiagramState_ActiveFilters()
	 * @model
	 * @generated
	 */
	EList<String> getActiveFilters();

	/**
	 * Returns the value of the '<em><b>Nodes</b></em>' containment reference list.
	 * The list contents are of type {@link org.provlens.diagram.core.view.NodeState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nodes</em>' containment reference list.
	 * @see org.provlens.diagram.core.view.ViewPackage#getDiagramState_Nodes()
	 * @model containment="true"
	 * @generated
	 */
	EList<NodeState> getNodes();

	/**
	 * Returns the value of the '<em><b>Groups</b></em>' containment reference list.
	 * The list contents are of type {@link org.provlens.diagram.core.view.UserGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Groups</em>' containment reference list.
	 * @see org.provlens.diagram.core.view.ViewPackage#getDiagramState_Groups()
	 * @model containment="true"
	 * @generated
	 */
	EList<UserGroup> getGroups();

} // DiagramState
