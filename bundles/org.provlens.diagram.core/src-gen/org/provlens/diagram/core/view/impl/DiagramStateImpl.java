/**
 */
package org.provlens.diagram.core.view.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.provlens.diagram.core.view.DiagramState;
import org.provlens.diagram.core.view.NodeState;
import org.provlens.diagram.core.view.UserGroup;
import org.provlens.diagram.core.view.ViewPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Diagram State</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.diagram.core.view.impl.DiagramStateImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.provlens.diagram.core.view.impl.DiagramStateImpl#getRootId <em>Root Id</em>}</li>
 *   <li>{@link org.provlens.diagram.core.view.impl.DiagramStateImpl#getDepth <em>Depth</em>}</li>
 *   <li>{@link org.provlens.diagram.core.view.impl.DiagramStateImpl#isLayersChosen <em>Layers Chosen</em>}</li>
 *   <li>{@link org.provlens.diagram.core.view.impl.DiagramStateImpl#getActiveLayers <em>Active Layers</em>}</li>
 *   <li>{@link org.provlens.diagram.core.view.impl.DiagramStateImpl#isFiltersChosen <em>Filters Chosen</em>}</li>
 *   <li>{@link org.provlens.diagram.core.view.impl.DiagramStateImpl#getActiveFilters <em>Active Filters</em>}</li>
 *   <li>{@link org.provlens.diagram.core.view.impl.DiagramStateImpl#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.provlens.diagram.core.view.impl.DiagramStateImpl#getGroups <em>Groups</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DiagramStateImpl extends MinimalEObjectImpl.Container implements DiagramState {
	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getRootId() <em>Root Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRootId()
	 * @generated
	 * @ordered
	 */
	protected static final String ROOT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRootId() <em>Root Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRootId()
	 * @generated
	 * @ordered
	 */
	protected String rootId = ROOT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getDepth() <em>Depth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepth()
	 * @generated
	 * @ordered
	 */
	protected static final int DEPTH_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getDepth() <em>Depth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDepth()
	 * @generated
	 * @ordered
	 */
	protected int depth = DEPTH_EDEFAULT;

	/**
	 * The default value of the '{@link #isLayersChosen() <em>Layers Chosen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLayersChosen()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LAYERS_CHOSEN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isLayersChosen() <em>Layers Chosen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLayersChosen()
	 * @generated
	 * @ordered
	 */
	protected boolean layersChosen = LAYERS_CHOSEN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getActiveLayers() <em>Active Layers</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActiveLayers()
	 * @generated
	 * @ordered
	 */
	protected EList<String> activeLayers;

	/**
	 * The default value of the '{@link #isFiltersChosen() <em>Filters Chosen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFiltersChosen()
	 * @generated
	 * @ordered
	 */
	protected static final boolean FILTERS_CHOSEN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isFiltersChosen() <em>Filters Chosen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isFiltersChosen()
	 * @generated
	 * @ordered
	 */
	protected boolean filtersChosen = FILTERS_CHOSEN_EDEFAULT;

	/**
	 * The cached value of the '{@link #getActiveFilters() <em>Active Filters</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActiveFilters()
	 * @generated
	 * @ordered
	 */
	protected EList<String> activeFilters;

	/**
	 * The cached value of the '{@link #getNodes() <em>Nodes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodes()
	 * @generated
	 * @ordered
	 */
	protected EList<NodeState> nodes;

	/**
	 * The cached value of the '{@link #getGroups() <em>Groups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<UserGroup> groups;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DiagramStateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ViewPackage.Literals.DIAGRAM_STATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewPackage.DIAGRAM_STATE__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRootId() {
		return rootId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRootId(String newRootId) {
		String oldRootId = rootId;
		rootId = newRootId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewPackage.DIAGRAM_STATE__ROOT_ID, oldRootId, rootId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDepth() {
		return depth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDepth(int newDepth) {
		int oldDepth = depth;
		depth = newDepth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewPackage.DIAGRAM_STATE__DEPTH, oldDepth, depth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLayersChosen() {
		return layersChosen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLayersChosen(boolean newLayersChosen) {
		boolean oldLayersChosen = layersChosen;
		layersChosen = newLayersChosen;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewPackage.DIAGRAM_STATE__LAYERS_CHOSEN, oldLayersChosen, layersChosen));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getActiveLayers() {
		if (activeLayers == null) {
			activeLayers = new EDataTypeUniqueEList<String>(String.class, this, ViewPackage.DIAGRAM_STATE__ACTIVE_LAYERS);
		}
		return activeLayers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isFiltersChosen() {
		return filtersChosen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFiltersChosen(boolean newFiltersChosen) {
		boolean oldFiltersChosen = filtersChosen;
		filtersChosen = newFiltersChosen;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewPackage.DIAGRAM_STATE__FILTERS_CHOSEN, oldFiltersChosen, filtersChosen));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getActiveFilters() {
		if (activeFilters == null) {
			activeFilters = new EDataTypeUniqueEList<String>(String.class, this, ViewPackage.DIAGRAM_STATE__ACTIVE_FILTERS);
		}
		return activeFilters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NodeState> getNodes() {
		if (nodes == null) {
			nodes = new EObjectContainmentEList<NodeState>(NodeState.class, this, ViewPackage.DIAGRAM_STATE__NODES);
		}
		return nodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<UserGroup> getGroups() {
		if (groups == null) {
			groups = new EObjectContainmentEList<UserGroup>(UserGroup.class, this, ViewPackage.DIAGRAM_STATE__GROUPS);
		}
		return groups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ViewPackage.DIAGRAM_STATE__NODES:
				return ((InternalEList<?>)getNodes()).basicRemove(otherEnd, msgs);
			case ViewPackage.DIAGRAM_STATE__GROUPS:
				return ((InternalEList<?>)getGroups()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ViewPackage.DIAGRAM_STATE__DESCRIPTION:
				return getDescription();
			case ViewPackage.DIAGRAM_STATE__ROOT_ID:
				return getRootId();
			case ViewPackage.DIAGRAM_STATE__DEPTH:
				return getDepth();
			case ViewPackage.DIAGRAM_STATE__LAYERS_CHOSEN:
				return isLayersChosen();
			case ViewPackage.DIAGRAM_STATE__ACTIVE_LAYERS:
				return getActiveLayers();
			case ViewPackage.DIAGRAM_STATE__FILTERS_CHOSEN:
				return isFiltersChosen();
			case ViewPackage.DIAGRAM_STATE__ACTIVE_FILTERS:
				return getActiveFilters();
			case ViewPackage.DIAGRAM_STATE__NODES:
				return getNodes();
			case ViewPackage.DIAGRAM_STATE__GROUPS:
				return getGroups();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ViewPackage.DIAGRAM_STATE__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case ViewPackage.DIAGRAM_STATE__ROOT_ID:
				setRootId((String)newValue);
				return;
			case ViewPackage.DIAGRAM_STATE__DEPTH:
				setDepth((Integer)newValue);
				return;
			case ViewPackage.DIAGRAM_STATE__LAYERS_CHOSEN:
				setLayersChosen((Boolean)newValue);
				return;
			case ViewPackage.DIAGRAM_STATE__ACTIVE_LAYERS:
				getActiveLayers().clear();
				getActiveLayers().addAll((Collection<? extends String>)newValue);
				return;
			case ViewPackage.DIAGRAM_STATE__FILTERS_CHOSEN:
				setFiltersChosen((Boolean)newValue);
				return;
			case ViewPackage.DIAGRAM_STATE__ACTIVE_FILTERS:
				getActiveFilters().clear();
				getActiveFilters().addAll((Collection<? extends String>)newValue);
				return;
			case ViewPackage.DIAGRAM_STATE__NODES:
				getNodes().clear();
				getNodes().addAll((Collection<? extends NodeState>)newValue);
				return;
			case ViewPackage.DIAGRAM_STATE__GROUPS:
				getGroups().clear();
				getGroups().addAll((Collection<? extends UserGroup>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ViewPackage.DIAGRAM_STATE__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case ViewPackage.DIAGRAM_STATE__ROOT_ID:
				setRootId(ROOT_ID_EDEFAULT);
				return;
			case ViewPackage.DIAGRAM_STATE__DEPTH:
				setDepth(DEPTH_EDEFAULT);
				return;
			case ViewPackage.DIAGRAM_STATE__LAYERS_CHOSEN:
				setLayersChosen(LAYERS_CHOSEN_EDEFAULT);
				return;
			case ViewPackage.DIAGRAM_STATE__ACTIVE_LAYERS:
				getActiveLayers().clear();
				return;
			case ViewPackage.DIAGRAM_STATE__FILTERS_CHOSEN:
				setFiltersChosen(FILTERS_CHOSEN_EDEFAULT);
				return;
			case ViewPackage.DIAGRAM_STATE__ACTIVE_FILTERS:
				getActiveFilters().clear();
				return;
			case ViewPackage.DIAGRAM_STATE__NODES:
				getNodes().clear();
				return;
			case ViewPackage.DIAGRAM_STATE__GROUPS:
				getGroups().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ViewPackage.DIAGRAM_STATE__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case ViewPackage.DIAGRAM_STATE__ROOT_ID:
				return ROOT_ID_EDEFAULT == null ? rootId != null : !ROOT_ID_EDEFAULT.equals(rootId);
			case ViewPackage.DIAGRAM_STATE__DEPTH:
				return depth != DEPTH_EDEFAULT;
			case ViewPackage.DIAGRAM_STATE__LAYERS_CHOSEN:
				return layersChosen != LAYERS_CHOSEN_EDEFAULT;
			case ViewPackage.DIAGRAM_STATE__ACTIVE_LAYERS:
				return activeLayers != null && !activeLayers.isEmpty();
			case ViewPackage.DIAGRAM_STATE__FILTERS_CHOSEN:
				return filtersChosen != FILTERS_CHOSEN_EDEFAULT;
			case ViewPackage.DIAGRAM_STATE__ACTIVE_FILTERS:
				return activeFilters != null && !activeFilters.isEmpty();
			case ViewPackage.DIAGRAM_STATE__NODES:
				return nodes != null && !nodes.isEmpty();
			case ViewPackage.DIAGRAM_STATE__GROUPS:
				return groups != null && !groups.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (description: ");
		result.append(description);
		result.append(", rootId: ");
		result.append(rootId);
		result.append(", depth: ");
		result.append(depth);
		result.append(", layersChosen: ");
		result.append(layersChosen);
		result.append(", activeLayers: ");
		result.append(activeLayers);
		result.append(", filtersChosen: ");
		result.append(filtersChosen);
		result.append(", activeFilters: ");
		result.append(activeFilters);
		result.append(')');
		return result.toString();
	}

} //DiagramStateImpl
