/**
 */
package org.provlens.diagram.core.view;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What users do to diagrams, persisted beside the workspace and keyed by semantic ids (element ids, group keys), so that it survives re-imports and refreshes: positions, pins, collapsed and hidden elements, groups and their names, layers and filters.
 * <!-- end-model-doc -->
 * @see org.provlens.diagram.core.view.ViewFactory
 * @model kind="package"
 * @generated
 */
public interface ViewPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "view";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://provlens.org/diagram/view/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "view";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ViewPackage eINSTANCE = org.provlens.diagram.core.view.impl.ViewPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.provlens.diagram.core.view.impl.DiagramSetImpl <em>Diagram Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.diagram.core.view.impl.DiagramSetImpl
	 * @see org.provlens.diagram.core.view.impl.ViewPackageImpl#getDiagramSet()
	 * @generated
	 */
	int DIAGRAM_SET = 0;

	/**
	 * The feature id for the '<em><b>Diagrams</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_SET__DIAGRAMS = 0;

	/**
	 * The number of structural features of the '<em>Diagram Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_SET_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Diagram Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_SET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.provlens.diagram.core.view.impl.DiagramStateImpl <em>Diagram State</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.diagram.core.view.impl.DiagramStateImpl
	 * @see org.provlens.diagram.core.view.impl.ViewPackageImpl#getDiagramState()
	 * @generated
	 */
	int DIAGRAM_STATE = 1;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_STATE__DESCRIPTION = 0;

	/**
	 * The feature id for the '<em><b>Root Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_STATE__ROOT_ID = 1;

	/**
	 * The feature id for the '<em><b>Depth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_STATE__DEPTH = 2;

	/**
	 * The feature id for the '<em><b>Layers Chosen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_STATE__LAYERS_CHOSEN = 3;

	/**
	 * The feature id for the '<em><b>Active Layers</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_STATE__ACTIVE_LAYERS = 4;

	/**
	 * The feature id for the '<em><b>Filters Chosen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_STATE__FILTERS_CHOSEN = 5;

	/**
	 * The feature id for the '<em><b>Active Filters</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_STATE__ACTIVE_FILTERS = 6;

	/**
	 * The feature id for the '<em><b>Nodes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_STATE__NODES = 7;

	/**
	 * The feature id for the '<em><b>Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_STATE__GROUPS = 8;

	/**
	 * The number of structural features of the '<em>Diagram State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_STATE_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Diagram State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_STATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.provlens.diagram.core.view.impl.NodeStateImpl <em>Node State</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.diagram.core.view.impl.NodeStateImpl
	 * @see org.provlens.diagram.core.view.impl.ViewPackageImpl#getNodeState()
	 * @generated
	 */
	int NODE_STATE = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STATE__ID = 0;

	/**
	 * The feature id for the '<em><b>X</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STATE__X = 1;

	/**
	 * The feature id for the '<em><b>Y</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STATE__Y = 2;

	/**
	 * The feature id for the '<em><b>Pinned</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STATE__PINNED = 3;

	/**
	 * The feature id for the '<em><b>Expansion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STATE__EXPANSION = 4;

	/**
	 * The feature id for the '<em><b>Hidden</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STATE__HIDDEN = 5;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STATE__LABEL = 6;

	/**
	 * The feature id for the '<em><b>Shown</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STATE__SHOWN = 7;

	/**
	 * The number of structural features of the '<em>Node State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STATE_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Node State</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.provlens.diagram.core.view.impl.UserGroupImpl <em>User Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.diagram.core.view.impl.UserGroupImpl
	 * @see org.provlens.diagram.core.view.impl.ViewPackageImpl#getUserGroup()
	 * @generated
	 */
	int USER_GROUP = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_GROUP__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_GROUP__NAME = 1;

	/**
	 * The feature id for the '<em><b>Members</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_GROUP__MEMBERS = 2;

	/**
	 * The number of structural features of the '<em>User Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_GROUP_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>User Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_GROUP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.provlens.diagram.core.view.Expansion <em>Expansion</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.diagram.core.view.Expansion
	 * @see org.provlens.diagram.core.view.impl.ViewPackageImpl#getExpansion()
	 * @generated
	 */
	int EXPANSION = 4;


	/**
	 * Returns the meta object for class '{@link org.provlens.diagram.core.view.DiagramSet <em>Diagram Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram Set</em>'.
	 * @see org.provlens.diagram.core.view.DiagramSet
	 * @generated
	 */
	EClass getDiagramSet();

	/**
	 * Returns the meta object for the containment reference list '{@link org.provlens.diagram.core.view.DiagramSet#getDiagrams <em>Diagrams</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Diagrams</em>'.
	 * @see org.provlens.diagram.core.view.DiagramSet#getDiagrams()
	 * @see #getDiagramSet()
	 * @generated
	 */
	EReference getDiagramSet_Diagrams();

	/**
	 * Returns the meta object for class '{@link org.provlens.diagram.core.view.DiagramState <em>Diagram State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram State</em>'.
	 * @see org.provlens.diagram.core.view.DiagramState
	 * @generated
	 */
	EClass getDiagramState();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.view.DiagramState#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.provlens.diagram.core.view.DiagramState#getDescription()
	 * @see #getDiagramState()
	 * @generated
	 */
	EAttribute getDiagramState_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.view.DiagramState#getRootId <em>Root Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Root Id</em>'.
	 * @see org.provlens.diagram.core.view.DiagramState#getRootId()
	 * @see #getDiagramState()
	 * @generated
	 */
	EAttribute getDiagramState_RootId();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.view.DiagramState#getDepth <em>Depth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Depth</em>'.
	 * @see org.provlens.diagram.core.view.DiagramState#getDepth()
	 * @see #getDiagramState()
	 * @generated
	 */
	EAttribute getDiagramState_Depth();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.view.DiagramState#isLayersChosen <em>Layers Chosen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Layers Chosen</em>'.
	 * @see org.provlens.diagram.core.view.DiagramState#isLayersChosen()
	 * @see #getDiagramState()
	 * @generated
	 */
	EAttribute getDiagramState_LayersChosen();

	/**
	 * Returns the meta object for the attribute list '{@link org.provlens.diagram.core.view.DiagramState#getActiveLayers <em>Active Layers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Active Layers</em>'.
	 * @see org.provlens.diagram.core.view.DiagramState#getActiveLayers()
	 * @see #getDiagramState()
	 * @generated
	 */
	EAttribute getDiagramState_ActiveLayers();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.view.DiagramState#isFiltersChosen <em>Filters Chosen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Filters Chosen</em>'.
	 * @see org.provlens.diagram.core.view.DiagramState#isFiltersChosen()
	 * @see #getDiagramState()
	 * @generated
	 */
	EAttribute getDiagramState_FiltersChosen();

	/**
	 * Returns the meta object for the attribute list '{@link org.provlens.diagram.core.view.DiagramState#getActiveFilters <em>Active Filters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Active Filters</em>'.
	 * @see org.provlens.diagram.core.view.DiagramState#getActiveFilters()
	 * @see #getDiagramState()
	 * @generated
	 */
	EAttribute getDiagramState_ActiveFilters();

	/**
	 * Returns the meta object for the containment reference list '{@link org.provlens.diagram.core.view.DiagramState#getNodes <em>Nodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Nodes</em>'.
	 * @see org.provlens.diagram.core.view.DiagramState#getNodes()
	 * @see #getDiagramState()
	 * @generated
	 */
	EReference getDiagramState_Nodes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.provlens.diagram.core.view.DiagramState#getGroups <em>Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Groups</em>'.
	 * @see org.provlens.diagram.core.view.DiagramState#getGroups()
	 * @see #getDiagramState()
	 * @generated
	 */
	EReference getDiagramState_Groups();

	/**
	 * Returns the meta object for class '{@link org.provlens.diagram.core.view.NodeState <em>Node State</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node State</em>'.
	 * @see org.provlens.diagram.core.view.NodeState
	 * @generated
	 */
	EClass getNodeState();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.view.NodeState#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.provlens.diagram.core.view.NodeState#getId()
	 * @see #getNodeState()
	 * @generated
	 */
	EAttribute getNodeState_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.view.NodeState#getX <em>X</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>X</em>'.
	 * @see org.provlens.diagram.core.view.NodeState#getX()
	 * @see #getNodeState()
	 * @generated
	 */
	EAttribute getNodeState_X();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.view.NodeState#getY <em>Y</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Y</em>'.
	 * @see org.provlens.diagram.core.view.NodeState#getY()
	 * @see #getNodeState()
	 * @generated
	 */
	EAttribute getNodeState_Y();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.view.NodeState#isPinned <em>Pinned</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pinned</em>'.
	 * @see org.provlens.diagram.core.view.NodeState#isPinned()
	 * @see #getNodeState()
	 * @generated
	 */
	EAttribute getNodeState_Pinned();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.view.NodeState#getExpansion <em>Expansion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expansion</em>'.
	 * @see org.provlens.diagram.core.view.NodeState#getExpansion()
	 * @see #getNodeState()
	 * @generated
	 */
	EAttribute getNodeState_Expansion();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.view.NodeState#isHidden <em>Hidden</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hidden</em>'.
	 * @see org.provlens.diagram.core.view.NodeState#isHidden()
	 * @see #getNodeState()
	 * @generated
	 */
	EAttribute getNodeState_Hidden();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.view.NodeState#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.provlens.diagram.core.view.NodeState#getLabel()
	 * @see #getNodeState()
	 * @generated
	 */
	EAttribute getNodeState_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.view.NodeState#getShown <em>Shown</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shown</em>'.
	 * @see org.provlens.diagram.core.view.NodeState#getShown()
	 * @see #getNodeState()
	 * @generated
	 */
	EAttribute getNodeState_Shown();

	/**
	 * Returns the meta object for class '{@link org.provlens.diagram.core.view.UserGroup <em>User Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>User Group</em>'.
	 * @see org.provlens.diagram.core.view.UserGroup
	 * @generated
	 */
	EClass getUserGroup();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.view.UserGroup#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.provlens.diagram.core.view.UserGroup#getId()
	 * @see #getUserGroup()
	 * @generated
	 */
	EAttribute getUserGroup_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.view.UserGroup#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.provlens.diagram.core.view.UserGroup#getName()
	 * @see #getUserGroup()
	 * @generated
	 */
	EAttribute getUserGroup_Name();

	/**
	 * Returns the meta object for the attribute list '{@link org.provlens.diagram.core.view.UserGroup#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Members</em>'.
	 * @see org.provlens.diagram.core.view.UserGroup#getMembers()
	 * @see #getUserGroup()
	 * @generated
	 */
	EAttribute getUserGroup_Members();

	/**
	 * Returns the meta object for enum '{@link org.provlens.diagram.core.view.Expansion <em>Expansion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Expansion</em>'.
	 * @see org.provlens.diagram.core.view.Expansion
	 * @generated
	 */
	EEnum getExpansion();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ViewFactory getViewFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.provlens.diagram.core.view.impl.DiagramSetImpl <em>Diagram Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.diagram.core.view.impl.DiagramSetImpl
		 * @see org.provlens.diagram.core.view.impl.ViewPackageImpl#getDiagramSet()
		 * @generated
		 */
		EClass DIAGRAM_SET = eINSTANCE.getDiagramSet();

		/**
		 * The meta object literal for the '<em><b>Diagrams</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_SET__DIAGRAMS = eINSTANCE.getDiagramSet_Diagrams();

		/**
		 * The meta object literal for the '{@link org.provlens.diagram.core.view.impl.DiagramStateImpl <em>Diagram State</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.diagram.core.view.impl.DiagramStateImpl
		 * @see org.provlens.diagram.core.view.impl.ViewPackageImpl#getDiagramState()
		 * @generated
		 */
		EClass DIAGRAM_STATE = eINSTANCE.getDiagramState();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_STATE__DESCRIPTION = eINSTANCE.getDiagramState_Description();

		/**
		 * The meta object literal for the '<em><b>Root Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_STATE__ROOT_ID = eINSTANCE.getDiagramState_RootId();

		/**
		 * The meta object literal for the '<em><b>Depth</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_STATE__DEPTH = eINSTANCE.getDiagramState_Depth();

		/**
		 * The meta object literal for the '<em><b>Layers Chosen</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_STATE__LAYERS_CHOSEN = eINSTANCE.getDiagramState_LayersChosen();

		/**
		 * The meta object literal for the '<em><b>Active Layers</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_STATE__ACTIVE_LAYERS = eINSTANCE.getDiagramState_ActiveLayers();

		/**
		 * The meta object literal for the '<em><b>Filters Chosen</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_STATE__FILTERS_CHOSEN = eINSTANCE.getDiagramState_FiltersChosen();

		/**
		 * The meta object literal for the '<em><b>Active Filters</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_STATE__ACTIVE_FILTERS = eINSTANCE.getDiagramState_ActiveFilters();

		/**
		 * The meta object literal for the '<em><b>Nodes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_STATE__NODES = eINSTANCE.getDiagramState_Nodes();

		/**
		 * The meta object literal for the '<em><b>Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_STATE__GROUPS = eINSTANCE.getDiagramState_Groups();

		/**
		 * The meta object literal for the '{@link org.provlens.diagram.core.view.impl.NodeStateImpl <em>Node State</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.diagram.core.view.impl.NodeStateImpl
		 * @see org.provlens.diagram.core.view.impl.ViewPackageImpl#getNodeState()
		 * @generated
		 */
		EClass NODE_STATE = eINSTANCE.getNodeState();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STATE__ID = eINSTANCE.getNodeState_Id();

		/**
		 * The meta object literal for the '<em><b>X</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STATE__X = eINSTANCE.getNodeState_X();

		/**
		 * The meta object literal for the '<em><b>Y</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STATE__Y = eINSTANCE.getNodeState_Y();

		/**
		 * The meta object literal for the '<em><b>Pinned</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STATE__PINNED = eINSTANCE.getNodeState_Pinned();

		/**
		 * The meta object literal for the '<em><b>Expansion</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STATE__EXPANSION = eINSTANCE.getNodeState_Expansion();

		/**
		 * The meta object literal for the '<em><b>Hidden</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STATE__HIDDEN = eINSTANCE.getNodeState_Hidden();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STATE__LABEL = eINSTANCE.getNodeState_Label();

		/**
		 * The meta object literal for the '<em><b>Shown</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STATE__SHOWN = eINSTANCE.getNodeState_Shown();

		/**
		 * The meta object literal for the '{@link org.provlens.diagram.core.view.impl.UserGroupImpl <em>User Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.diagram.core.view.impl.UserGroupImpl
		 * @see org.provlens.diagram.core.view.impl.ViewPackageImpl#getUserGroup()
		 * @generated
		 */
		EClass USER_GROUP = eINSTANCE.getUserGroup();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER_GROUP__ID = eINSTANCE.getUserGroup_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER_GROUP__NAME = eINSTANCE.getUserGroup_Name();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER_GROUP__MEMBERS = eINSTANCE.getUserGroup_Members();

		/**
		 * The meta object literal for the '{@link org.provlens.diagram.core.view.Expansion <em>Expansion</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.diagram.core.view.Expansion
		 * @see org.provlens.diagram.core.view.impl.ViewPackageImpl#getExpansion()
		 * @generated
		 */
		EEnum EXPANSION = eINSTANCE.getExpansion();

	}

} //ViewPackage
