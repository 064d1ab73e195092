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

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.EObjectEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

import org.provlens.model.Metric;
import org.provlens.model.Parameter;
import org.provlens.model.ProvlensPackage;
import org.provlens.model.StringProperty;
import org.provlens.model.Task;
import org.provlens.model.Workflow;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Task</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.model.impl.TaskImpl#getActivity <em>Activity</em>}</li>
 *   <li>{@link org.provlens.model.impl.TaskImpl#getSubtype <em>Subtype</em>}</li>
 *   <li>{@link org.provlens.model.impl.TaskImpl#getGroupId <em>Group Id</em>}</li>
 *   <li>{@link org.provlens.model.impl.TaskImpl#getStdout <em>Stdout</em>}</li>
 *   <li>{@link org.provlens.model.impl.TaskImpl#getStderr <em>Stderr</em>}</li>
 *   <li>{@link org.provlens.model.impl.TaskImpl#getTags <em>Tags</em>}</li>
 *   <li>{@link org.provlens.model.impl.TaskImpl#getWorkflow <em>Workflow</em>}</li>
 *   <li>{@link org.provlens.model.impl.TaskImpl#getParent <em>Parent</em>}</li>
 *   <li>{@link org.provlens.model.impl.TaskImpl#getChildren <em>Children</em>}</li>
 *   <li>{@link org.provlens.model.impl.TaskImpl#getDependencies <em>Dependencies</em>}</li>
 *   <li>{@link org.provlens.model.impl.TaskImpl#getPooledParameters <em>Pooled Parameters</em>}</li>
 *   <li>{@link org.provlens.model.impl.TaskImpl#getPooledMetrics <em>Pooled Metrics</em>}</li>
 *   <li>{@link org.provlens.model.impl.TaskImpl#getPooledProperties <em>Pooled Properties</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TaskImpl extends ExecutionImpl implements Task {
	/**
	 * The default value of the '{@link #getActivity() <em>Activity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivity()
	 * @generated
	 * @ordered
	 */
	protected static final String ACTIVITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getActivity() <em>Activity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActivity()
	 * @generated
	 * @ordered
	 */
	protected String activity = ACTIVITY_EDEFAULT;

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
	 * The default value of the '{@link #getGroupId() <em>Group Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroupId()
	 * @generated
	 * @ordered
	 */
	protected static final String GROUP_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGroupId() <em>Group Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroupId()
	 * @generated
	 * @ordered
	 */
	protected String groupId = GROUP_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getStdout() <em>Stdout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStdout()
	 * @generated
	 * @ordered
	 */
	protected static final String STDOUT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStdout() <em>Stdout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStdout()
	 * @generated
	 * @ordered
	 */
	protected String stdout = STDOUT_EDEFAULT;

	/**
	 * The default value of the '{@link #getStderr() <em>Stderr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStderr()
	 * @generated
	 * @ordered
	 */
	protected static final String STDERR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStderr() <em>Stderr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStderr()
	 * @generated
	 * @ordered
	 */
	protected String stderr = STDERR_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTags() <em>Tags</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTags()
	 * @generated
	 * @ordered
	 */
	protected EList<String> tags;

	/**
	 * The cached value of the '{@link #getChildren() <em>Children</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChildren()
	 * @generated
	 * @ordered
	 */
	protected EList<Task> children;

	/**
	 * The cached value of the '{@link #getDependencies() <em>Dependencies</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDependencies()
	 * @generated
	 * @ordered
	 */
	protected EList<Task> dependencies;

	/**
	 * The cached value of the '{@link #getPooledParameters() <em>Pooled Parameters</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPooledParameters()
	 * @generated
	 * @ordered
	 */
	protected EList<Parameter> pooledParameters;

	/**
	 * The cached value of the '{@link #getPooledMetrics() <em>Pooled Metrics</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPooledMetrics()
	 * @generated
	 * @ordered
	 */
	protected EList<Metric> pooledMetrics;

	/**
	 * The cached value of the '{@link #getPooledProperties() <em>Pooled Properties</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPooledProperties()
	 * @generated
	 * @ordered
	 */
	protected EList<StringProperty> pooledProperties;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TaskImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProvlensPackage.Literals.TASK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getActivity() {
		return activity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActivity(String newActivity) {
		String oldActivity = activity;
		activity = newActivity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProvlensPackage.TASK__ACTIVITY, oldActivity, activity));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProvlensPackage.TASK__SUBTYPE, oldSubtype, subtype));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGroupId() {
		return groupId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroupId(String newGroupId) {
		String oldGroupId = groupId;
		groupId = newGroupId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProvlensPackage.TASK__GROUP_ID, oldGroupId, groupId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStdout() {
		return stdout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStdout(String newStdout) {
		String oldStdout = stdout;
		stdout = newStdout;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProvlensPackage.TASK__STDOUT, oldStdout, stdout));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStderr() {
		return stderr;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStderr(String newStderr) {
		String oldStderr = stderr;
		stderr = newStderr;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProvlensPackage.TASK__STDERR, oldStderr, stderr));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getTags() {
		if (tags == null) {
			tags = new EDataTypeEList<String>(String.class, this, ProvlensPackage.TASK__TAGS);
		}
		return tags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Workflow getWorkflow() {
		if (eContainerFeatureID() != ProvlensPackage.TASK__WORKFLOW) return null;
		return (Workflow)eContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Workflow basicGetWorkflow() {
		if (eContainerFeatureID() != ProvlensPackage.TASK__WORKFLOW) return null;
		return (Workflow)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetWorkflow(Workflow newWorkflow, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newWorkflow, ProvlensPackage.TASK__WORKFLOW, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWorkflow(Workflow newWorkflow) {
		if (newWorkflow != eInternalContainer() || (eContainerFeatureID() != ProvlensPackage.TASK__WORKFLOW && newWorkflow != null)) {
			if (EcoreUtil.isAncestor(this, newWorkflow))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newWorkflow != null)
				msgs = ((InternalEObject)newWorkflow).eInverseAdd(this, ProvlensPackage.WORKFLOW__TASKS, Workflow.class, msgs);
			msgs = basicSetWorkflow(newWorkflow, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProvlensPackage.TASK__WORKFLOW, newWorkflow, newWorkflow));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Task getParent() {
		if (eContainerFeatureID() != ProvlensPackage.TASK__PARENT) return null;
		return (Task)eContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Task basicGetParent() {
		if (eContainerFeatureID() != ProvlensPackage.TASK__PARENT) return null;
		return (Task)eInternalContainer();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetParent(Task newParent, NotificationChain msgs) {
		msgs = eBasicSetContainer((InternalEObject)newParent, ProvlensPackage.TASK__PARENT, msgs);
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setParent(Task newParent) {
		if (newParent != eInternalContainer() || (eContainerFeatureID() != ProvlensPackage.TASK__PARENT && newParent != null)) {
			if (EcoreUtil.isAncestor(this, newParent))
				throw new IllegalArgumentException("Recursive containment not allowed for " + toString());
			NotificationChain msgs = null;
			if (eInternalContainer() != null)
				msgs = eBasicRemoveFromContainer(msgs);
			if (newParent != null)
				msgs = ((InternalEObject)newParent).eInverseAdd(this, ProvlensPackage.TASK__CHILDREN, Task.class, msgs);
			msgs = basicSetParent(newParent, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProvlensPackage.TASK__PARENT, newParent, newParent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Task> getChildren() {
		if (children == null) {
			children = new EObjectContainmentWithInverseEList<Task>(Task.class, this, ProvlensPackage.TASK__CHILDREN, ProvlensPackage.TASK__PARENT);
		}
		return children;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Task> getDependencies() {
		if (dependencies == null) {
			dependencies = new EObjectResolvingEList<Task>(Task.class, this, ProvlensPackage.TASK__DEPENDENCIES);
		}
		return dependencies;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Parameter> getPooledParameters() {
		if (pooledParameters == null) {
			pooledParameters = new EObjectEList<Parameter>(Parameter.class, this, ProvlensPackage.TASK__POOLED_PARAMETERS);
		}
		return pooledParameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Metric> getPooledMetrics() {
		if (pooledMetrics == null) {
			pooledMetrics = new EObjectEList<Metric>(Metric.class, this, ProvlensPackage.TASK__POOLED_METRICS);
		}
		return pooledMetrics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StringProperty> getPooledProperties() {
		if (pooledProperties == null) {
			pooledProperties = new EObjectEList<StringProperty>(StringProperty.class, this, ProvlensPackage.TASK__POOLED_PROPERTIES);
		}
		return pooledProperties;
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
			case ProvlensPackage.TASK__WORKFLOW:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetWorkflow((Workflow)otherEnd, msgs);
			case ProvlensPackage.TASK__PARENT:
				if (eInternalContainer() != null)
					msgs = eBasicRemoveFromContainer(msgs);
				return basicSetParent((Task)otherEnd, msgs);
			case ProvlensPackage.TASK__CHILDREN:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getChildren()).basicAdd(otherEnd, msgs);
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
			case ProvlensPackage.TASK__WORKFLOW:
				return basicSetWorkflow(null, msgs);
			case ProvlensPackage.TASK__PARENT:
				return basicSetParent(null, msgs);
			case ProvlensPackage.TASK__CHILDREN:
				return ((InternalEList<?>)getChildren()).basicRemove(otherEnd, msgs);
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
			case ProvlensPackage.TASK__WORKFLOW:
				return eInternalContainer().eInverseRemove(this, ProvlensPackage.WORKFLOW__TASKS, Workflow.class, msgs);
			case ProvlensPackage.TASK__PARENT:
				return eInternalContainer().eInverseRemove(this, ProvlensPackage.TASK__CHILDREN, Task.class, msgs);
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
			case ProvlensPackage.TASK__ACTIVITY:
				return getActivity();
			case ProvlensPackage.TASK__SUBTYPE:
				return getSubtype();
			case ProvlensPackage.TASK__GROUP_ID:
				return getGroupId();
			case ProvlensPackage.TASK__STDOUT:
				return getStdout();
			case ProvlensPackage.TASK__STDERR:
				return getStderr();
			case ProvlensPackage.TASK__TAGS:
				return getTags();
			case ProvlensPackage.TASK__WORKFLOW:
				if (resolve) return getWorkflow();
				return basicGetWorkflow();
			case ProvlensPackage.TASK__PARENT:
				if (resolve) return getParent();
				return basicGetParent();
			case ProvlensPackage.TASK__CHILDREN:
				return getChildren();
			case ProvlensPackage.TASK__DEPENDENCIES:
				return getDependencies();
			case ProvlensPackage.TASK__POOLED_PARAMETERS:
				return getPooledParameters();
			case ProvlensPackage.TASK__POOLED_METRICS:
				return getPooledMetrics();
			case ProvlensPackage.TASK__POOLED_PROPERTIES:
				return getPooledProperties();
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
			case ProvlensPackage.TASK__ACTIVITY:
				setActivity((String)newValue);
				return;
			case ProvlensPackage.TASK__SUBTYPE:
				setSubtype((String)newValue);
				return;
			case ProvlensPackage.TASK__GROUP_ID:
				setGroupId((String)newValue);
				return;
			case ProvlensPackage.TASK__STDOUT:
				setStdout((String)newValue);
				return;
			case ProvlensPackage.TASK__STDERR:
				setStderr((String)newValue);
				return;
			case ProvlensPackage.TASK__TAGS:
				getTags().clear();
				getTags().addAll((Collection<? extends String>)newValue);
				return;
			case ProvlensPackage.TASK__WORKFLOW:
				setWorkflow((Workflow)newValue);
				return;
			case ProvlensPackage.TASK__PARENT:
				setParent((Task)newValue);
				return;
			case ProvlensPackage.TASK__CHILDREN:
				getChildren().clear();
				getChildren().addAll((Collection<? extends Task>)newValue);
				return;
			case ProvlensPackage.TASK__DEPENDENCIES:
				getDependencies().clear();
				getDependencies().addAll((Collection<? extends Task>)newValue);
				return;
			case ProvlensPackage.TASK__POOLED_PARAMETERS:
				getPooledParameters().clear();
				getPooledParameters().addAll((Collection<? extends Parameter>)newValue);
				return;
			case ProvlensPackage.TASK__POOLED_METRICS:
				getPooledMetrics().clear();
				getPooledMetrics().addAll((Collection<? extends Metric>)newValue);
				return;
			case ProvlensPackage.TASK__POOLED_PROPERTIES:
				getPooledProperties().clear();
				getPooledProperties().addAll((Collection<? extends StringProperty>)newValue);
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
			case ProvlensPackage.TASK__ACTIVITY:
				setActivity(ACTIVITY_EDEFAULT);
				return;
			case ProvlensPackage.TASK__SUBTYPE:
				setSubtype(SUBTYPE_EDEFAULT);
				return;
			case ProvlensPackage.TASK__GROUP_ID:
				setGroupId(GROUP_ID_EDEFAULT);
				return;
			case ProvlensPackage.TASK__STDOUT:
				setStdout(STDOUT_EDEFAULT);
				return;
			case ProvlensPackage.TASK__STDERR:
				setStderr(STDERR_EDEFAULT);
				return;
			case ProvlensPackage.TASK__TAGS:
				getTags().clear();
				return;
			case ProvlensPackage.TASK__WORKFLOW:
				setWorkflow((Workflow)null);
				return;
			case ProvlensPackage.TASK__PARENT:
				setParent((Task)null);
				return;
			case ProvlensPackage.TASK__CHILDREN:
				getChildren().clear();
				return;
			case ProvlensPackage.TASK__DEPENDENCIES:
				getDependencies().clear();
				return;
			case ProvlensPackage.TASK__POOLED_PARAMETERS:
				getPooledParameters().clear();
				return;
			case ProvlensPackage.TASK__POOLED_METRICS:
				getPooledMetrics().clear();
				return;
			case ProvlensPackage.TASK__POOLED_PROPERTIES:
				getPooledProperties().clear();
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
			case ProvlensPackage.TASK__ACTIVITY:
				return ACTIVITY_EDEFAULT == null ? activity != null : !ACTIVITY_EDEFAULT.equals(activity);
			case ProvlensPackage.TASK__SUBTYPE:
				return SUBTYPE_EDEFAULT == null ? subtype != null : !SUBTYPE_EDEFAULT.equals(subtype);
			case ProvlensPackage.TASK__GROUP_ID:
				return GROUP_ID_EDEFAULT == null ? groupId != null : !GROUP_ID_EDEFAULT.equals(groupId);
			case ProvlensPackage.TASK__STDOUT:
				return STDOUT_EDEFAULT == null ? stdout != null : !STDOUT_EDEFAULT.equals(stdout);
			case ProvlensPackage.TASK__STDERR:
				return STDERR_EDEFAULT == null ? stderr != null : !STDERR_EDEFAULT.equals(stderr);
			case ProvlensPackage.TASK__TAGS:
				return tags != null && !tags.isEmpty();
			case ProvlensPackage.TASK__WORKFLOW:
				return basicGetWorkflow() != null;
			case ProvlensPackage.TASK__PARENT:
				return basicGetParent() != null;
			case ProvlensPackage.TASK__CHILDREN:
				return children != null && !children.isEmpty();
			case ProvlensPackage.TASK__DEPENDENCIES:
				return dependencies != null && !dependencies.isEmpty();
			case ProvlensPackage.TASK__POOLED_PARAMETERS:
				return pooledParameters != null && !pooledParameters.isEmpty();
			case ProvlensPackage.TASK__POOLED_METRICS:
				return pooledMetrics != null && !pooledMetrics.isEmpty();
			case ProvlensPackage.TASK__POOLED_PROPERTIES:
				return pooledProperties != null && !pooledProperties.isEmpty();
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
		result.append(" (activity: ");
		result.append(activity);
		result.append(", subtype: ");
		result.append(subtype);
		result.append(", groupId: ");
		result.append(groupId);
		result.append(", stdout: ");
		result.append(stdout);
		result.append(", stderr: ");
		result.append(stderr);
		result.append(", tags: ");
		result.append(tags);
		result.append(')');
		return result.toString();
	}

} //TaskImpl
