/**
 */
package org.provlens.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One task of a workflow: an epoch, a batch, a layer forward, a pipeline stage execution. Tasks nest through parent and children.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.model.Task#getActivity <em>Activity</em>}</li>
 *   <li>{@link org.provlens.model.Task#getSubtype <em>Subtype</em>}</li>
 *   <li>{@link org.provlens.model.Task#getGroupId <em>Group Id</em>}</li>
 *   <li>{@link org.provlens.model.Task#getStdout <em>Stdout</em>}</li>
 *   <li>{@link org.provlens.model.Task#getStderr <em>Stderr</em>}</li>
 *   <li>{@link org.provlens.model.Task#getTags <em>Tags</em>}</li>
 *   <li>{@link org.provlens.model.Task#getWorkflow <em>Workflow</em>}</li>
 *   <li>{@link org.provlens.model.Task#getParent <em>Parent</em>}</li>
 *   <li>{@link org.provlens.model.Task#getChildren <em>Children</em>}</li>
 *   <li>{@link org.provlens.model.Task#getDependencies <em>Dependencies</em>}</li>
 *   <li>{@link org.provlens.model.Task#getPooledParameters <em>Pooled Parameters</em>}</li>
 *   <li>{@link org.provlens.model.Task#getPooledMetrics <em>Pooled Metrics</em>}</li>
 *   <li>{@link org.provlens.model.Task#getPooledProperties <em>Pooled Properties</em>}</li>
 * </ul>
 *
 * @see org.provlens.model.ProvlensPackage#getTask()
 * @model
 * @generated
 */
public interface Task extends Execution {
	/**
	 * Returns the value of the '<em><b>Activity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the task does (Flowcept activity_id, CMF execution type).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Activity</em>' attribute.
	 * @see #setActivity(String)
	 * @see org.provlens.model.ProvlensPackage#getTask_Activity()
	 * @model
	 * @generated
	 */
	String getActivity();

	/**
	 * Sets the value of the '{@link org.provlens.model.Task#getActivity <em>Activity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Activity</em>' attribute.
	 * @see #getActivity()
	 * @generated
	 */
	void setActivity(String value);

	/**
	 * Returns the value of the '<em><b>Subtype</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subtype</em>' attribute.
	 * @see #setSubtype(String)
	 * @see org.provlens.model.ProvlensPackage#getTask_Subtype()
	 * @model
	 * @generated
	 */
	String getSubtype();

	/**
	 * Sets the value of the '{@link org.provlens.model.Task#getSubtype <em>Subtype</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subtype</em>' attribute.
	 * @see #getSubtype()
	 * @generated
	 */
	void setSubtype(String value);

	/**
	 * Returns the value of the '<em><b>Group Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Group Id</em>' attribute.
	 * @see #setGroupId(String)
	 * @see org.provlens.model.ProvlensPackage#getTask_GroupId()
	 * @model
	 * @generated
	 */
	String getGroupId();

	/**
	 * Sets the value of the '{@link org.provlens.model.Task#getGroupId <em>Group Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group Id</em>' attribute.
	 * @see #getGroupId()
	 * @generated
	 */
	void setGroupId(String value);

	/**
	 * Returns the value of the '<em><b>Stdout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stdout</em>' attribute.
	 * @see #setStdout(String)
	 * @see org.provlens.model.ProvlensPackage#getTask_Stdout()
	 * @model
	 * @generated
	 */
	String getStdout();

	/**
	 * Sets the value of the '{@link org.provlens.model.Task#getStdout <em>Stdout</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stdout</em>' attribute.
	 * @see #getStdout()
	 * @generated
	 */
	void setStdout(String value);

	/**
	 * Returns the value of the '<em><b>Stderr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stderr</em>' attribute.
	 * @see #setStderr(String)
	 * @see org.provlens.model.ProvlensPackage#getTask_Stderr()
	 * @model
	 * @generated
	 */
	String getStderr();

	/**
	 * Sets the value of the '{@link org.provlens.model.Task#getStderr <em>Stderr</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stderr</em>' attribute.
	 * @see #getStderr()
	 * @generated
	 */
	void setStderr(String value);

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tags</em>' attribute list.
	 * @see org.provlens.model.ProvlensPackage#getTask_Tags()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getTags();

	/**
	 * Returns the value of the '<em><b>Workflow</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.provlens.model.Workflow#getTasks <em>Tasks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Set on top-level tasks only; see TaskSpec for the workflow of any task.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Workflow</em>' container reference.
	 * @see #setWorkflow(Workflow)
	 * @see org.provlens.model.ProvlensPackage#getTask_Workflow()
	 * @see org.provlens.model.Workflow#getTasks
	 * @model opposite="tasks"
	 * @generated
	 */
	Workflow getWorkflow();

	/**
	 * Sets the value of the '{@link org.provlens.model.Task#getWorkflow <em>Workflow</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Workflow</em>' container reference.
	 * @see #getWorkflow()
	 * @generated
	 */
	void setWorkflow(Workflow value);

	/**
	 * Returns the value of the '<em><b>Parent</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.provlens.model.Task#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parent</em>' container reference.
	 * @see #setParent(Task)
	 * @see org.provlens.model.ProvlensPackage#getTask_Parent()
	 * @see org.provlens.model.Task#getChildren
	 * @model opposite="children"
	 * @generated
	 */
	Task getParent();

	/**
	 * Sets the value of the '{@link org.provlens.model.Task#getParent <em>Parent</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent</em>' container reference.
	 * @see #getParent()
	 * @generated
	 */
	void setParent(Task value);

	/**
	 * Returns the value of the '<em><b>Children</b></em>' containment reference list.
	 * The list contents are of type {@link org.provlens.model.Task}.
	 * It is bidirectional and its opposite is '{@link org.provlens.model.Task#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Children</em>' containment reference list.
	 * @see org.provlens.model.ProvlensPackage#getTask_Children()
	 * @see org.provlens.model.Task#getParent
	 * @model opposite="parent" containment="true"
	 * @generated
	 */
	EList<Task> getChildren();

	/**
	 * Returns the value of the '<em><b>Dependencies</b></em>' reference list.
	 * The list contents are of type {@link org.provlens.model.Task}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Tasks that had to finish before this one could start.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dependencies</em>' reference list.
	 * @see org.provlens.model.ProvlensPackage#getTask_Dependencies()
	 * @model
	 * @generated
	 */
	EList<Task> getDependencies();

	/**
	 * Returns the value of the '<em><b>Pooled Parameters</b></em>' reference list.
	 * The list contents are of type {@link org.provlens.model.Parameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The parameters of this task when they are pooled: shared objects of its run's value pool, in place of its own parameters (which are then empty). Never changed in place: org.provlens.model.util.ValuePools gives the task its own copies first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pooled Parameters</em>' reference list.
	 * @see org.provlens.model.ProvlensPackage#getTask_PooledParameters()
	 * @model resolveProxies="false"
	 * @generated
	 */
	EList<Parameter> getPooledParameters();

	/**
	 * Returns the value of the '<em><b>Pooled Metrics</b></em>' reference list.
	 * The list contents are of type {@link org.provlens.model.Metric}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The metrics of this task when they are pooled: shared objects of its run's value pool, in place of its own metrics (which are then empty). Never changed in place: org.provlens.model.util.ValuePools gives the task its own copies first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pooled Metrics</em>' reference list.
	 * @see org.provlens.model.ProvlensPackage#getTask_PooledMetrics()
	 * @model resolveProxies="false"
	 * @generated
	 */
	EList<Metric> getPooledMetrics();

	/**
	 * Returns the value of the '<em><b>Pooled Properties</b></em>' reference list.
	 * The list contents are of type {@link org.provlens.model.StringProperty}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The properties of this task when they are pooled: shared objects of its run's value pool, in place of its own properties (which are then empty). Never changed in place: org.provlens.model.util.ValuePools gives the task its own copies first.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pooled Properties</em>' reference list.
	 * @see org.provlens.model.ProvlensPackage#getTask_PooledProperties()
	 * @model resolveProxies="false"
	 * @generated
	 */
	EList<StringProperty> getPooledProperties();

} // Task
