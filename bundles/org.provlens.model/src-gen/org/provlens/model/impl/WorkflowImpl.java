/**
 */
package org.provlens.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import org.provlens.model.Campaign;
import org.provlens.model.ProvlensPackage;
import org.provlens.model.Task;
import org.provlens.model.ValuePool;
import org.provlens.model.Workflow;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Workflow</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.model.impl.WorkflowImpl#getSubtype <em>Subtype</em>}</li>
 *   <li>{@link org.provlens.model.impl.WorkflowImpl#getCampaign <em>Campaign</em>}</li>
 *   <li>{@link org.provlens.model.impl.WorkflowImpl#getParent <em>Parent</em>}</li>
 *   <li>{@link org.provlens.model.impl.WorkflowImpl#getChildren <em>Children</em>}</li>
 *   <li>{@link org.provlens.model.impl.WorkflowImpl#getTasks <em>Tasks</em>}</li>
 *   <li>{@link org.provlens.model.impl.WorkflowImpl#getValuePool <em>Value Pool</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WorkflowImpl extends ExecutionImpl implements Workflow {
	/**
	 * The default value of the '{@link #getSubtype() <em>Subtype</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubtype()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBTYPE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubtype() <em>Subtype</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubtype()
	 * @generated
	 * @ordered
	 */
	protected String subtype = SUBTYPE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getParent() <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParent()
	 * @generated
	 * @ordered
	 */
	protected Workflow parent;

	/**
	 * The cached value of the '{@link #getChildren() <em>Children</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChildren()
	 * @generated
	 * @ordered
	 */
	protected EList<Workflow> children;

	/**
	 * The cached value of the '{@link #getTasks() <em>Tasks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTasks()
	 * @generated
	 * @ordered
	 */
	protected EList<Task> tasks;

	/**
	 * The cached value of the '{@link #getValuePool() <em>Value Pool</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getValuePool()
	 * @generated
	 * @ordered
	 */
	protected ValuePool valuePool;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WorkflowImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProvlensPackage.Literals.WORKFLOW;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSubtype() {
		return subtype;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubtype(String newSubtype) {
		String oldSubtype = subtype;
		subtype = newSubtype;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProvlensPackage.WORKFLOW__SUBTYPE, oldSubtype, subtype));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Campaign getCampaign() {
		if (eContainerFeatureID() != ProvlensPackage.WORKFLOW__CAMPAIGN) return null;
		return (Campaign)eContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Campaign basicGetCampaign() {
		if (eContainerFeatureID() != ProvlensPackage.WORKFLOW__CAMPAIGN) return null;
		return (Campaign)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCampaign(Campaign newCampaign, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newCampaign, ProvlensPackage.WORKFLOW__CAMPAIGN, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCampaign(Campaign newCampaign) {
		if (newCampaign != eInternalContainer() || (eContainerFeatureID() != ProvlensPackage.WORKFLOW__CAMPAIGN && newCampaign != null)) {
			if (EcoreUtil.isAncestor(this, newCampaign))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newCampaign != null)
				msgs = ((InternalEObject)newCampaign).eInverseAdd(this, ProvlensPackage.CAMPAIGN__WORKFLOWS, Campaign.class, msgs);
			msgs = basicSetCampaign(newCampaign, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProvlensPackage.WORKFLOW__CAMPAIGN, newCampaign, newCampaign));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Workflow getParent() {
		if (parent != null && parent.eIsProxy()) {
			InternalEObject oldParent = (InternalEObject)parent;
			parent = (Workflow)eResolveProxy(oldParent);
			if (parent != oldParent) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProvlensPackage.WORKFLOW__PARENT, oldParent, parent));
			}
		}
		return parent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Workflow basicGetParent() {
		return parent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetParent(Workflow newParent, NotificationChain msgs) {
		Workflow oldParent = parent;
		parent = newParent;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ProvlensPackage.WORKFLOW__PARENT, oldParent, newParent);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParent(Workflow newParent) {
		if (newParent != parent) {
			NotificationChain msgs = null;
			if (parent != null)
				msgs = ((InternalEObject)parent).eInverseRemove(this, ProvlensPackage.WORKFLOW__CHILDREN, Workflow.class, msgs);
			if (newParent != null)
				msgs = ((InternalEObject)newParent).eInverseAdd(this, ProvlensPackage.WORKFLOW__CHILDREN, Workflow.class, msgs);
			msgs = basicSetParent(newParent, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProvlensPackage.WORKFLOW__PARENT, newParent, newParent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Workflow> getChildren() {
		if (children == null) {
			children = new EObjectWithInverseResolvingEList<Workflow>(Workflow.class, this, ProvlensPackage.WORKFLOW__CHILDREN, ProvlensPackage.WORKFLOW__PARENT);
		}
		return children;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Task> getTasks() {
		if (tasks == null) {
			tasks = new EObjectContainmentWithInverseEList.Resolving<Task>(Task.class, this, ProvlensPackage.WORKFLOW__TASKS, ProvlensPackage.TASK__WORKFLOW);
		}
		return tasks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ValuePool getValuePool() {
		if (valuePool != null && valuePool.eIsProxy()) {
			InternalEObject oldValuePool = (InternalEObject)valuePool;
			valuePool = (ValuePool)eResolveProxy(oldValuePool);
			if (valuePool != oldValuePool) {
				InternalEObject newValuePool = (InternalEObject)valuePool;
				NotificationChain msgs = oldValuePool.eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ProvlensPackage.WORKFLOW__VALUE_POOL, null, null);
				if (newValuePool.eInternalContainer() == null) {
					msgs = newValuePool.eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ProvlensPackage.WORKFLOW__VALUE_POOL, null, msgs);
				}
				if (msgs != null) msgs.dispatch();
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProvlensPackage.WORKFLOW__VALUE_POOL, oldValuePool, valuePool));
			}
		}
		return valuePool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ValuePool basicGetValuePool() {
		return valuePool;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetValuePool(ValuePool newValuePool, NotificationChain msgs) {
		ValuePool oldValuePool = valuePool;
		valuePool = newValuePool;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ProvlensPackage.WORKFLOW__VALUE_POOL, oldValuePool, newValuePool);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setValuePool(ValuePool newValuePool) {
		if (newValuePool != valuePool) {
			NotificationChain msgs = null;
			if (valuePool != null)
				msgs = ((InternalEObject)valuePool).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ProvlensPackage.WORKFLOW__VALUE_POOL, null, msgs);
			if (newValuePool != null)
				msgs = ((InternalEObject)newValuePool).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ProvlensPackage.WORKFLOW__VALUE_POOL, null, msgs);
			msgs = basicSetValuePool(newValuePool, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProvlensPackage.WORKFLOW__VALUE_POOL, newValuePool, newValuePool));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ProvlensPackage.WORKFLOW__CAMPAIGN:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetCampaign((Campaign)otherEnd, msgs);
			case ProvlensPackage.WORKFLOW__PARENT:
				if (parent != null)
					msgs = ((InternalEObject)parent).eInverseRemove(this, ProvlensPackage.WORKFLOW__CHILDREN, Workflow.class, msgs);
				return basicSetParent((Workflow)otherEnd, msgs);
			case ProvlensPackage.WORKFLOW__CHILDREN:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getChildren()).basicAdd(otherEnd, msgs);
			case ProvlensPackage.WORKFLOW__TASKS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getTasks()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ProvlensPackage.WORKFLOW__CAMPAIGN:
				return basicSetCampaign(null, msgs);
			case ProvlensPackage.WORKFLOW__PARENT:
				return basicSetParent(null, msgs);
			case ProvlensPackage.WORKFLOW__CHILDREN:
				return ((InternalEList<?>)getChildren()).basicRemove(otherEnd, msgs);
			case ProvlensPackage.WORKFLOW__TASKS:
				return ((InternalEList<?>)getTasks()).basicRemove(otherEnd, msgs);
			case ProvlensPackage.WORKFLOW__VALUE_POOL:
				return basicSetValuePool(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eBasicRemoveFromContainerFeature(NotificationChain msgs) {
		switch (eContainerFeatureID()) {
			case ProvlensPackage.WORKFLOW__CAMPAIGN:
				return eInternalContainer().eInverseRemove(this, ProvlensPackage.CAMPAIGN__WORKFLOWS, Campaign.class, msgs);
		}
		return super.eBasicRemoveFromContainerFeature(msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProvlensPackage.WORKFLOW__SUBTYPE:
				return getSubtype();
			case ProvlensPackage.WORKFLOW__CAMPAIGN:
				if (resolve) return getCampaign();
				return basicGetCampaign();
			case ProvlensPackage.WORKFLOW__PARENT:
				if (resolve) return getParent();
				return basicGetParent();
			case ProvlensPackage.WORKFLOW__CHILDREN:
				return getChildren();
			case ProvlensPackage.WORKFLOW__TASKS:
				return getTasks();
			case ProvlensPackage.WORKFLOW__VALUE_POOL:
				if (resolve) return getValuePool();
				return basicGetValuePool();
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
			case ProvlensPackage.WORKFLOW__SUBTYPE:
				setSubtype((String)newValue);
				return;
			case ProvlensPackage.WORKFLOW__CAMPAIGN:
				setCampaign((Campaign)newValue);
				return;
			case ProvlensPackage.WORKFLOW__PARENT:
				setParent((Workflow)newValue);
				return;
			case ProvlensPackage.WORKFLOW__CHILDREN:
				getChildren().clear();
				getChildren().addAll((Collection<? extends Workflow>)newValue);
				return;
			case ProvlensPackage.WORKFLOW__TASKS:
				getTasks().clear();
				getTasks().addAll((Collection<? extends Task>)newValue);
				return;
			case ProvlensPackage.WORKFLOW__VALUE_POOL:
				setValuePool((ValuePool)newValue);
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
			case ProvlensPackage.WORKFLOW__SUBTYPE:
				setSubtype(SUBTYPE_EDEFAULT);
				return;
			case ProvlensPackage.WORKFLOW__CAMPAIGN:
				setCampaign((Campaign)null);
				return;
			case ProvlensPackage.WORKFLOW__PARENT:
				setParent((Workflow)null);
				return;
			case ProvlensPackage.WORKFLOW__CHILDREN:
				getChildren().clear();
				return;
			case ProvlensPackage.WORKFLOW__TASKS:
				getTasks().clear();
				return;
			case ProvlensPackage.WORKFLOW__VALUE_POOL:
				setValuePool((ValuePool)null);
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
			case ProvlensPackage.WORKFLOW__SUBTYPE:
				return SUBTYPE_EDEFAULT == null ? subtype != null : !SUBTYPE_EDEFAULT.equals(subtype);
			case ProvlensPackage.WORKFLOW__CAMPAIGN:
				return basicGetCampaign() != null;
			case ProvlensPackage.WORKFLOW__PARENT:
				return parent != null;
			case ProvlensPackage.WORKFLOW__CHILDREN:
				return children != null && !children.isEmpty();
			case ProvlensPackage.WORKFLOW__TASKS:
				return tasks != null && !tasks.isEmpty();
			case ProvlensPackage.WORKFLOW__VALUE_POOL:
				return valuePool != null;
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
		result.append(" (subtype: ");
		result.append(subtype);
		result.append(')');
		return result.toString();
	}

} //WorkflowImpl
