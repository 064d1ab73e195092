/**
 */
package org.provlens.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Workflow</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One run of a workflow (Flowcept workflow, CMF pipeline run, MLflow run). Workflows may nest.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.model.Workflow#getSubtype <em>Subtype</em>}</li>
 *   <li>{@link org.provlens.model.Workflow#getCampaign <em>Campaign</em>}</li>
 *   <li>{@link org.provlens.model.Workflow#getParent <em>Parent</em>}</li>
 *   <li>{@link org.provlens.model.Workflow#getChildren <em>Children</em>}</li>
 *   <li>{@link org.provlens.model.Workflow#getTasks <em>Tasks</em>}</li>
 *   <li>{@link org.provlens.model.Workflow#getValuePool <em>Value Pool</em>}</li>
 * </ul>
 *
 * @see org.provlens.model.ProvlensPackage#getWorkflow()
 * @model
 * @generated
 */
public interface Workflow extends Execution {
	/**
	 * Returns the value of the '<em><b>Subtype</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subtype</em>' attribute.
	 * @see #setSubtype(String)
	 * @see org.provlens.model.ProvlensPackage#getWorkflow_Subtype()
	 * @model
	 * @generated
	 */
	String getSubtype();

	/**
	 * Sets the value of the '{@link org.provlens.model.Workflow#getSubtype <em>Subtype</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subtype</em>' attribute.
	 * @see #getSubtype()
	 * @generated
	 */
	void setSubtype(String value);

	/**
	 * Returns the value of the '<em><b>Campaign</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.provlens.model.Campaign#getWorkflows <em>Workflows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Campaign</em>' container reference.
	 * @see #setCampaign(Campaign)
	 * @see org.provlens.model.ProvlensPackage#getWorkflow_Campaign()
	 * @see org.provlens.model.Campaign#getWorkflows
	 * @model opposite="workflows"
	 * @generated
	 */
	Campaign getCampaign();

	/**
	 * Sets the value of the '{@link org.provlens.model.Workflow#getCampaign <em>Campaign</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Campaign</em>' container reference.
	 * @see #getCampaign()
	 * @generated
	 */
	void setCampaign(Campaign value);

	/**
	 * Returns the value of the '<em><b>Parent</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.provlens.model.Workflow#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The enclosing workflow run, if nested.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parent</em>' reference.
	 * @see #setParent(Workflow)
	 * @see org.provlens.model.ProvlensPackage#getWorkflow_Parent()
	 * @see org.provlens.model.Workflow#getChildren
	 * @model opposite="children"
	 * @generated
	 */
	Workflow getParent();

	/**
	 * Sets the value of the '{@link org.provlens.model.Workflow#getParent <em>Parent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Parent</em>' reference.
	 * @see #getParent()
	 * @generated
	 */
	void setParent(Workflow value);

	/**
	 * Returns the value of the '<em><b>Children</b></em>' reference list.
	 * The list contents are of type {@link org.provlens.model.Workflow}.
	 * It is bidirectional and its opposite is '{@link org.provlens.model.Workflow#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Children</em>' reference list.
	 * @see org.provlens.model.ProvlensPackage#getWorkflow_Children()
	 * @see org.provlens.model.Workflow#getParent
	 * @model opposite="parent"
	 * @generated
	 */
	EList<Workflow> getChildren();

	/**
	 * Returns the value of the '<em><b>Tasks</b></em>' containment reference list.
	 * The list contents are of type {@link org.provlens.model.Task}.
	 * It is bidirectional and its opposite is '{@link org.provlens.model.Task#getWorkflow <em>Workflow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Top-level tasks; deeper levels are their children.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Tasks</em>' containment reference list.
	 * @see org.provlens.model.ProvlensPackage#getWorkflow_Tasks()
	 * @see org.provlens.model.Task#getWorkflow
	 * @model opposite="workflow" containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<Task> getTasks();

	/**
	 * Returns the value of the '<em><b>Value Pool</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One object per distinct parameter, metric and property of this run's tasks, which refer to them (Task pooledParameters, pooledMetrics, pooledProperties); saved with the tasks, in their fragment when they have one. Read values with org.provlens.model.util.Tasks, change them through org.provlens.model.util.ValuePools.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Value Pool</em>' containment reference.
	 * @see #setValuePool(ValuePool)
	 * @see org.provlens.model.ProvlensPackage#getWorkflow_ValuePool()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	ValuePool getValuePool();

	/**
	 * Sets the value of the '{@link org.provlens.model.Workflow#getValuePool <em>Value Pool</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value Pool</em>' containment reference.
	 * @see #getValuePool()
	 * @generated
	 */
	void setValuePool(ValuePool value);

} // Workflow
