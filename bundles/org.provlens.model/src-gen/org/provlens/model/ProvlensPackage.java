/**
 */
package org.provlens.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
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
 * The ProvLens metamodel of AI workflow provenance.
 * <!-- end-model-doc -->
 * @see org.provlens.model.ProvlensFactory
 * @model kind="package"
 * @generated
 */
public interface ProvlensPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://provlens.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "provlens";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ProvlensPackage eINSTANCE = org.provlens.model.impl.ProvlensPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.provlens.model.impl.ProvElementImpl <em>Prov Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.model.impl.ProvElementImpl
	 * @see org.provlens.model.impl.ProvlensPackageImpl#getProvElement()
	 * @generated
	 */
	int PROV_ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROV_ELEMENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROV_ELEMENT__NAME = 1;

	/**
	 * The number of structural features of the '<em>Prov Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROV_ELEMENT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Prov Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROV_ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.provlens.model.impl.WorkspaceImpl <em>Workspace</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.model.impl.WorkspaceImpl
	 * @see org.provlens.model.impl.ProvlensPackageImpl#getWorkspace()
	 * @generated
	 */
	int WORKSPACE = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Campaigns</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__CAMPAIGNS = 1;

	/**
	 * The feature id for the '<em><b>Artifacts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__ARTIFACTS = 2;

	/**
	 * The feature id for the '<em><b>Sites</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__SITES = 3;

	/**
	 * The feature id for the '<em><b>Agents</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__AGENTS = 4;

	/**
	 * The feature id for the '<em><b>Telemetry Schemas</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__TELEMETRY_SCHEMAS = 5;

	/**
	 * The feature id for the '<em><b>Annotations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__ANNOTATIONS = 6;

	/**
	 * The feature id for the '<em><b>Recommendations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__RECOMMENDATIONS = 7;

	/**
	 * The feature id for the '<em><b>Imports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE__IMPORTS = 8;

	/**
	 * The number of structural features of the '<em>Workspace</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Workspace</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKSPACE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.provlens.model.impl.CampaignImpl <em>Campaign</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.model.impl.CampaignImpl
	 * @see org.provlens.model.impl.ProvlensPackageImpl#getCampaign()
	 * @generated
	 */
	int CAMPAIGN = 2;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__ID = PROV_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__NAME = PROV_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__DESCRIPTION = PROV_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Workflows</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN__WORKFLOWS = PROV_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Campaign</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_FEATURE_COUNT = PROV_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Campaign</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CAMPAIGN_OPERATION_COUNT = PROV_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.provlens.model.impl.ExecutionImpl <em>Execution</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.model.impl.ExecutionImpl
	 * @see org.provlens.model.impl.ProvlensPackageImpl#getExecution()
	 * @generated
	 */
	int EXECUTION = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXECUTION__ID = PROV_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXECUTION__NAME = PROV_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXECUTION__STATUS = PROV_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Submitted At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXECUTION__SUBMITTED_AT = PROV_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXECUTION__STARTED_AT = PROV_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Ended At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXECUTION__ENDED_AT = PROV_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Recorded At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXECUTION__RECORDED_AT = PROV_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Host</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXECUTION__HOST = PROV_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Agent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXECUTION__AGENT = PROV_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXECUTION__PARAMETERS = PROV_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Metrics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXECUTION__METRICS = PROV_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Series</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXECUTION__SERIES = PROV_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Telemetry</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXECUTION__TELEMETRY = PROV_ELEMENT_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Used</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXECUTION__USED = PROV_ELEMENT_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Generated</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXECUTION__GENERATED = PROV_ELEMENT_FEATURE_COUNT + 12;

	/**
	 * The feature id for the '<em><b>Energy</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXECUTION__ENERGY = PROV_ELEMENT_FEATURE_COUNT + 13;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXECUTION__PROPERTIES = PROV_ELEMENT_FEATURE_COUNT + 14;

	/**
	 * The number of structural features of the '<em>Execution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXECUTION_FEATURE_COUNT = PROV_ELEMENT_FEATURE_COUNT + 15;

	/**
	 * The number of operations of the '<em>Execution</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXECUTION_OPERATION_COUNT = PROV_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.provlens.model.impl.WorkflowImpl <em>Workflow</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.model.impl.WorkflowImpl
	 * @see org.provlens.model.impl.ProvlensPackageImpl#getWorkflow()
	 * @generated
	 */
	int WORKFLOW = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__ID = EXECUTION__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__NAME = EXECUTION__NAME;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__STATUS = EXECUTION__STATUS;

	/**
	 * The feature id for the '<em><b>Submitted At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__SUBMITTED_AT = EXECUTION__SUBMITTED_AT;

	/**
	 * The feature id for the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__STARTED_AT = EXECUTION__STARTED_AT;

	/**
	 * The feature id for the '<em><b>Ended At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__ENDED_AT = EXECUTION__ENDED_AT;

	/**
	 * The feature id for the '<em><b>Recorded At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__RECORDED_AT = EXECUTION__RECORDED_AT;

	/**
	 * The feature id for the '<em><b>Host</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__HOST = EXECUTION__HOST;

	/**
	 * The feature id for the '<em><b>Agent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__AGENT = EXECUTION__AGENT;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__PARAMETERS = EXECUTION__PARAMETERS;

	/**
	 * The feature id for the '<em><b>Metrics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__METRICS = EXECUTION__METRICS;

	/**
	 * The feature id for the '<em><b>Series</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__SERIES = EXECUTION__SERIES;

	/**
	 * The feature id for the '<em><b>Telemetry</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__TELEMETRY = EXECUTION__TELEMETRY;

	/**
	 * The feature id for the '<em><b>Used</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__USED = EXECUTION__USED;

	/**
	 * The feature id for the '<em><b>Generated</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__GENERATED = EXECUTION__GENERATED;

	/**
	 * The feature id for the '<em><b>Energy</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__ENERGY = EXECUTION__ENERGY;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__PROPERTIES = EXECUTION__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Subtype</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__SUBTYPE = EXECUTION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Campaign</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__CAMPAIGN = EXECUTION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__PARENT = EXECUTION_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Children</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__CHILDREN = EXECUTION_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Tasks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__TASKS = EXECUTION_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Value Pool</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW__VALUE_POOL = EXECUTION_FEATURE_COUNT + 5;

	/**
	 * The number of structural features of the '<em>Workflow</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_FEATURE_COUNT = EXECUTION_FEATURE_COUNT + 6;

	/**
	 * The number of operations of the '<em>Workflow</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int WORKFLOW_OPERATION_COUNT = EXECUTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.provlens.model.impl.TaskImpl <em>Task</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.model.impl.TaskImpl
	 * @see org.provlens.model.impl.ProvlensPackageImpl#getTask()
	 * @generated
	 */
	int TASK = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__ID = EXECUTION__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__NAME = EXECUTION__NAME;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__STATUS = EXECUTION__STATUS;

	/**
	 * The feature id for the '<em><b>Submitted At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__SUBMITTED_AT = EXECUTION__SUBMITTED_AT;

	/**
	 * The feature id for the '<em><b>Started At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__STARTED_AT = EXECUTION__STARTED_AT;

	/**
	 * The feature id for the '<em><b>Ended At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__ENDED_AT = EXECUTION__ENDED_AT;

	/**
	 * The feature id for the '<em><b>Recorded At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__RECORDED_AT = EXECUTION__RECORDED_AT;

	/**
	 * The feature id for the '<em><b>Host</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__HOST = EXECUTION__HOST;

	/**
	 * The feature id for the '<em><b>Agent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__AGENT = EXECUTION__AGENT;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__PARAMETERS = EXECUTION__PARAMETERS;

	/**
	 * The feature id for the '<em><b>Metrics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__METRICS = EXECUTION__METRICS;

	/**
	 * The feature id for the '<em><b>Series</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__SERIES = EXECUTION__SERIES;

	/**
	 * The feature id for the '<em><b>Telemetry</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__TELEMETRY = EXECUTION__TELEMETRY;

	/**
	 * The feature id for the '<em><b>Used</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__USED = EXECUTION__USED;

	/**
	 * The feature id for the '<em><b>Generated</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__GENERATED = EXECUTION__GENERATED;

	/**
	 * The feature id for the '<em><b>Energy</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__ENERGY = EXECUTION__ENERGY;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__PROPERTIES = EXECUTION__PROPERTIES;

	/**
	 * The feature id for the '<em><b>Activity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__ACTIVITY = EXECUTION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Subtype</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__SUBTYPE = EXECUTION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Group Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__GROUP_ID = EXECUTION_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Stdout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__STDOUT = EXECUTION_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Stderr</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__STDERR = EXECUTION_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__TAGS = EXECUTION_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Workflow</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__WORKFLOW = EXECUTION_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Parent</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__PARENT = EXECUTION_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Children</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__CHILDREN = EXECUTION_FEATURE_COUNT + 8;

	/**
	 * The feature id for the '<em><b>Dependencies</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__DEPENDENCIES = EXECUTION_FEATURE_COUNT + 9;

	/**
	 * The feature id for the '<em><b>Pooled Parameters</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__POOLED_PARAMETERS = EXECUTION_FEATURE_COUNT + 10;

	/**
	 * The feature id for the '<em><b>Pooled Metrics</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__POOLED_METRICS = EXECUTION_FEATURE_COUNT + 11;

	/**
	 * The feature id for the '<em><b>Pooled Properties</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK__POOLED_PROPERTIES = EXECUTION_FEATURE_COUNT + 12;

	/**
	 * The number of structural features of the '<em>Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_FEATURE_COUNT = EXECUTION_FEATURE_COUNT + 13;

	/**
	 * The number of operations of the '<em>Task</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TASK_OPERATION_COUNT = EXECUTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.provlens.model.impl.ArtifactImpl <em>Artifact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.model.impl.ArtifactImpl
	 * @see org.provlens.model.impl.ProvlensPackageImpl#getArtifact()
	 * @generated
	 */
	int ARTIFACT = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT__ID = PROV_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT__NAME = PROV_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT__KIND = PROV_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT__URI = PROV_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Content Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT__CONTENT_HASH = PROV_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT__SIZE = PROV_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT__PROPERTIES = PROV_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Artifact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT_FEATURE_COUNT = PROV_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Artifact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT_OPERATION_COUNT = PROV_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.provlens.model.impl.ArtifactLinkImpl <em>Artifact Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.model.impl.ArtifactLinkImpl
	 * @see org.provlens.model.impl.ProvlensPackageImpl#getArtifactLink()
	 * @generated
	 */
	int ARTIFACT_LINK = 7;

	/**
	 * The feature id for the '<em><b>Artifact</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT_LINK__ARTIFACT = 0;

	/**
	 * The feature id for the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT_LINK__ROLE = 1;

	/**
	 * The feature id for the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT_LINK__TIME = 2;

	/**
	 * The number of structural features of the '<em>Artifact Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT_LINK_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Artifact Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ARTIFACT_LINK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.provlens.model.impl.ParameterImpl <em>Parameter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.model.impl.ParameterImpl
	 * @see org.provlens.model.impl.ProvlensPackageImpl#getParameter()
	 * @generated
	 */
	int PARAMETER = 8;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__VALUE = 1;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER__TYPE = 2;

	/**
	 * The number of structural features of the '<em>Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Parameter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PARAMETER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.provlens.model.impl.MetricImpl <em>Metric</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.model.impl.MetricImpl
	 * @see org.provlens.model.impl.ProvlensPackageImpl#getMetric()
	 * @generated
	 */
	int METRIC = 9;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__VALUE = 1;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__UNIT = 2;

	/**
	 * The feature id for the '<em><b>Step</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC__STEP = 3;

	/**
	 * The number of structural features of the '<em>Metric</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Metric</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int METRIC_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.provlens.model.impl.ValuePoolImpl <em>Value Pool</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.model.impl.ValuePoolImpl
	 * @see org.provlens.model.impl.ProvlensPackageImpl#getValuePool()
	 * @generated
	 */
	int VALUE_POOL = 10;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_POOL__PARAMETERS = 0;

	/**
	 * The feature id for the '<em><b>Metrics</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_POOL__METRICS = 1;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_POOL__PROPERTIES = 2;

	/**
	 * The number of structural features of the '<em>Value Pool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_POOL_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Value Pool</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VALUE_POOL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.provlens.model.impl.SeriesImpl <em>Series</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.model.impl.SeriesImpl
	 * @see org.provlens.model.impl.ProvlensPackageImpl#getSeries()
	 * @generated
	 */
	int SERIES = 11;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIES__KEY = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIES__KIND = 1;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIES__UNIT = 2;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIES__SOURCE = 3;

	/**
	 * The feature id for the '<em><b>Device</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIES__DEVICE = 4;

	/**
	 * The feature id for the '<em><b>Axis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIES__AXIS = 5;

	/**
	 * The feature id for the '<em><b>Xs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIES__XS = 6;

	/**
	 * The feature id for the '<em><b>Ys</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIES__YS = 7;

	/**
	 * The feature id for the '<em><b>Row</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIES__ROW = 8;

	/**
	 * The number of structural features of the '<em>Series</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIES_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Series</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SERIES_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.provlens.model.impl.TelemetrySchemaImpl <em>Telemetry Schema</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.model.impl.TelemetrySchemaImpl
	 * @see org.provlens.model.impl.ProvlensPackageImpl#getTelemetrySchema()
	 * @generated
	 */
	int TELEMETRY_SCHEMA = 12;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TELEMETRY_SCHEMA__ID = PROV_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TELEMETRY_SCHEMA__NAME = PROV_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TELEMETRY_SCHEMA__CHANNELS = PROV_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Units</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TELEMETRY_SCHEMA__UNITS = PROV_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Telemetry Schema</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TELEMETRY_SCHEMA_FEATURE_COUNT = PROV_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Telemetry Schema</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TELEMETRY_SCHEMA_OPERATION_COUNT = PROV_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.provlens.model.impl.TelemetryImpl <em>Telemetry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.model.impl.TelemetryImpl
	 * @see org.provlens.model.impl.ProvlensPackageImpl#getTelemetry()
	 * @generated
	 */
	int TELEMETRY = 13;

	/**
	 * The feature id for the '<em><b>Schema</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TELEMETRY__SCHEMA = 0;

	/**
	 * The feature id for the '<em><b>At Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TELEMETRY__AT_START = 1;

	/**
	 * The feature id for the '<em><b>At End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TELEMETRY__AT_END = 2;

	/**
	 * The feature id for the '<em><b>Row</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TELEMETRY__ROW = 3;

	/**
	 * The number of structural features of the '<em>Telemetry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TELEMETRY_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Telemetry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TELEMETRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.provlens.model.impl.SiteImpl <em>Site</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.model.impl.SiteImpl
	 * @see org.provlens.model.impl.ProvlensPackageImpl#getSite()
	 * @generated
	 */
	int SITE = 14;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__ID = PROV_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__NAME = PROV_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Facility</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__FACILITY = PROV_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__REGION = PROV_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Pue</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__PUE = PROV_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Carbon Intensity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__CARBON_INTENSITY = PROV_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Hosts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE__HOSTS = PROV_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_FEATURE_COUNT = PROV_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Site</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SITE_OPERATION_COUNT = PROV_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.provlens.model.impl.HostImpl <em>Host</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.model.impl.HostImpl
	 * @see org.provlens.model.impl.ProvlensPackageImpl#getHost()
	 * @generated
	 */
	int HOST = 15;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__ID = PROV_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__NAME = PROV_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Site</b></em>' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__SITE = PROV_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Cpu Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__CPU_MODEL = PROV_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Cpu Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__CPU_COUNT = PROV_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Memory Bytes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__MEMORY_BYTES = PROV_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Devices</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST__DEVICES = PROV_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of structural features of the '<em>Host</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_FEATURE_COUNT = PROV_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The number of operations of the '<em>Host</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOST_OPERATION_COUNT = PROV_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.provlens.model.impl.DeviceImpl <em>Device</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.model.impl.DeviceImpl
	 * @see org.provlens.model.impl.ProvlensPackageImpl#getDevice()
	 * @generated
	 */
	int DEVICE = 16;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__ID = PROV_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__NAME = PROV_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__KIND = PROV_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__INDEX = PROV_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__VENDOR = PROV_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE__MODEL = PROV_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_FEATURE_COUNT = PROV_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Device</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEVICE_OPERATION_COUNT = PROV_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.provlens.model.impl.AgentImpl <em>Agent</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.model.impl.AgentImpl
	 * @see org.provlens.model.impl.ProvlensPackageImpl#getAgent()
	 * @generated
	 */
	int AGENT = 17;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT__ID = PROV_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT__NAME = PROV_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT__KIND = PROV_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT__VERSION = PROV_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Agent</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT_FEATURE_COUNT = PROV_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Agent</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int AGENT_OPERATION_COUNT = PROV_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.provlens.model.impl.EnergyEstimateImpl <em>Energy Estimate</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.model.impl.EnergyEstimateImpl
	 * @see org.provlens.model.impl.ProvlensPackageImpl#getEnergyEstimate()
	 * @generated
	 */
	int ENERGY_ESTIMATE = 18;

	/**
	 * The feature id for the '<em><b>Component</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENERGY_ESTIMATE__COMPONENT = 0;

	/**
	 * The feature id for the '<em><b>Joules</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENERGY_ESTIMATE__JOULES = 1;

	/**
	 * The feature id for the '<em><b>Method</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENERGY_ESTIMATE__METHOD = 2;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENERGY_ESTIMATE__SOURCE = 3;

	/**
	 * The feature id for the '<em><b>Pue Applied</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENERGY_ESTIMATE__PUE_APPLIED = 4;

	/**
	 * The feature id for the '<em><b>Carbon Intensity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENERGY_ESTIMATE__CARBON_INTENSITY = 5;

	/**
	 * The feature id for the '<em><b>Co2e Grams</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENERGY_ESTIMATE__CO2E_GRAMS = 6;

	/**
	 * The number of structural features of the '<em>Energy Estimate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENERGY_ESTIMATE_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Energy Estimate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ENERGY_ESTIMATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.provlens.model.impl.AnnotationImpl <em>Annotation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.model.impl.AnnotationImpl
	 * @see org.provlens.model.impl.ProvlensPackageImpl#getAnnotation()
	 * @generated
	 */
	int ANNOTATION = 19;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__ID = PROV_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__NAME = PROV_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__TEXT = PROV_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__AUTHOR = PROV_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__TIME = PROV_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Severity</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__SEVERITY = PROV_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Tags</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__TAGS = PROV_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Targets</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__TARGETS = PROV_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Recommendation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION__RECOMMENDATION = PROV_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Annotation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_FEATURE_COUNT = PROV_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Annotation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANNOTATION_OPERATION_COUNT = PROV_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.provlens.model.impl.RecommendationImpl <em>Recommendation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.model.impl.RecommendationImpl
	 * @see org.provlens.model.impl.ProvlensPackageImpl#getRecommendation()
	 * @generated
	 */
	int RECOMMENDATION = 20;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__ID = PROV_ELEMENT__ID;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__NAME = PROV_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__MODEL = PROV_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__SCORE = PROV_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__RATIONALE = PROV_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Parameters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__PARAMETERS = PROV_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Evidence</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__EVIDENCE = PROV_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Objective</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__OBJECTIVE = PROV_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Expected Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__EXPECTED_OUTCOME = PROV_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION__PROPERTIES = PROV_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Recommendation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION_FEATURE_COUNT = PROV_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Recommendation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECOMMENDATION_OPERATION_COUNT = PROV_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.provlens.model.impl.ImportRecordImpl <em>Import Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.model.impl.ImportRecordImpl
	 * @see org.provlens.model.impl.ProvlensPackageImpl#getImportRecord()
	 * @generated
	 */
	int IMPORT_RECORD = 21;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RECORD__SOURCE = 0;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RECORD__FORMAT = 1;

	/**
	 * The feature id for the '<em><b>Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RECORD__TIME = 2;

	/**
	 * The feature id for the '<em><b>Records</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RECORD__RECORDS = 3;

	/**
	 * The feature id for the '<em><b>Skipped</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RECORD__SKIPPED = 4;

	/**
	 * The feature id for the '<em><b>Problems</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RECORD__PROBLEMS = 5;

	/**
	 * The number of structural features of the '<em>Import Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RECORD_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Import Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IMPORT_RECORD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.provlens.model.impl.StringPropertyImpl <em>String Property</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.model.impl.StringPropertyImpl
	 * @see org.provlens.model.impl.ProvlensPackageImpl#getStringProperty()
	 * @generated
	 */
	int STRING_PROPERTY = 22;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRING_PROPERTY__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRING_PROPERTY__VALUE = 1;

	/**
	 * The number of structural features of the '<em>String Property</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRING_PROPERTY_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>String Property</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STRING_PROPERTY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.provlens.model.Status <em>Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.model.Status
	 * @see org.provlens.model.impl.ProvlensPackageImpl#getStatus()
	 * @generated
	 */
	int STATUS = 23;

	/**
	 * The meta object id for the '{@link org.provlens.model.ArtifactKind <em>Artifact Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.model.ArtifactKind
	 * @see org.provlens.model.impl.ProvlensPackageImpl#getArtifactKind()
	 * @generated
	 */
	int ARTIFACT_KIND = 24;

	/**
	 * The meta object id for the '{@link org.provlens.model.ValueType <em>Value Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.model.ValueType
	 * @see org.provlens.model.impl.ProvlensPackageImpl#getValueType()
	 * @generated
	 */
	int VALUE_TYPE = 25;

	/**
	 * The meta object id for the '{@link org.provlens.model.SeriesKind <em>Series Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.model.SeriesKind
	 * @see org.provlens.model.impl.ProvlensPackageImpl#getSeriesKind()
	 * @generated
	 */
	int SERIES_KIND = 26;

	/**
	 * The meta object id for the '{@link org.provlens.model.SeriesAxis <em>Series Axis</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.model.SeriesAxis
	 * @see org.provlens.model.impl.ProvlensPackageImpl#getSeriesAxis()
	 * @generated
	 */
	int SERIES_AXIS = 27;

	/**
	 * The meta object id for the '{@link org.provlens.model.DeviceKind <em>Device Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.model.DeviceKind
	 * @see org.provlens.model.impl.ProvlensPackageImpl#getDeviceKind()
	 * @generated
	 */
	int DEVICE_KIND = 28;

	/**
	 * The meta object id for the '{@link org.provlens.model.AgentKind <em>Agent Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.model.AgentKind
	 * @see org.provlens.model.impl.ProvlensPackageImpl#getAgentKind()
	 * @generated
	 */
	int AGENT_KIND = 29;

	/**
	 * The meta object id for the '{@link org.provlens.model.EnergyComponent <em>Energy Component</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.model.EnergyComponent
	 * @see org.provlens.model.impl.ProvlensPackageImpl#getEnergyComponent()
	 * @generated
	 */
	int ENERGY_COMPONENT = 30;

	/**
	 * The meta object id for the '{@link org.provlens.model.EnergyMethod <em>Energy Method</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.model.EnergyMethod
	 * @see org.provlens.model.impl.ProvlensPackageImpl#getEnergyMethod()
	 * @generated
	 */
	int ENERGY_METHOD = 31;

	/**
	 * The meta object id for the '{@link org.provlens.model.Severity <em>Severity</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.model.Severity
	 * @see org.provlens.model.impl.ProvlensPackageImpl#getSeverity()
	 * @generated
	 */
	int SEVERITY = 32;

	/**
	 * The meta object id for the '<em>Double Array</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.model.impl.ProvlensPackageImpl#getDoubleArray()
	 * @generated
	 */
	int DOUBLE_ARRAY = 33;


	/**
	 * Returns the meta object for class '{@link org.provlens.model.ProvElement <em>Prov Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Prov Element</em>'.
	 * @see org.provlens.model.ProvElement
	 * @generated
	 */
	EClass getProvElement();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.ProvElement#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.provlens.model.ProvElement#getId()
	 * @see #getProvElement()
	 * @generated
	 */
	EAttribute getProvElement_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.ProvElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.provlens.model.ProvElement#getName()
	 * @see #getProvElement()
	 * @generated
	 */
	EAttribute getProvElement_Name();

	/**
	 * Returns the meta object for class '{@link org.provlens.model.Workspace <em>Workspace</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Workspace</em>'.
	 * @see org.provlens.model.Workspace
	 * @generated
	 */
	EClass getWorkspace();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Workspace#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.provlens.model.Workspace#getName()
	 * @see #getWorkspace()
	 * @generated
	 */
	EAttribute getWorkspace_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.provlens.model.Workspace#getCampaigns <em>Campaigns</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Campaigns</em>'.
	 * @see org.provlens.model.Workspace#getCampaigns()
	 * @see #getWorkspace()
	 * @generated
	 */
	EReference getWorkspace_Campaigns();

	/**
	 * Returns the meta object for the containment reference list '{@link org.provlens.model.Workspace#getArtifacts <em>Artifacts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Artifacts</em>'.
	 * @see org.provlens.model.Workspace#getArtifacts()
	 * @see #getWorkspace()
	 * @generated
	 */
	EReference getWorkspace_Artifacts();

	/**
	 * Returns the meta object for the containment reference list '{@link org.provlens.model.Workspace#getSites <em>Sites</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sites</em>'.
	 * @see org.provlens.model.Workspace#getSites()
	 * @see #getWorkspace()
	 * @generated
	 */
	EReference getWorkspace_Sites();

	/**
	 * Returns the meta object for the containment reference list '{@link org.provlens.model.Workspace#getAgents <em>Agents</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Agents</em>'.
	 * @see org.provlens.model.Workspace#getAgents()
	 * @see #getWorkspace()
	 * @generated
	 */
	EReference getWorkspace_Agents();

	/**
	 * Returns the meta object for the containment reference list '{@link org.provlens.model.Workspace#getTelemetrySchemas <em>Telemetry Schemas</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Telemetry Schemas</em>'.
	 * @see org.provlens.model.Workspace#getTelemetrySchemas()
	 * @see #getWorkspace()
	 * @generated
	 */
	EReference getWorkspace_TelemetrySchemas();

	/**
	 * Returns the meta object for the containment reference list '{@link org.provlens.model.Workspace#getAnnotations <em>Annotations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Annotations</em>'.
	 * @see org.provlens.model.Workspace#getAnnotations()
	 * @see #getWorkspace()
	 * @generated
	 */
	EReference getWorkspace_Annotations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.provlens.model.Workspace#getRecommendations <em>Recommendations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Recommendations</em>'.
	 * @see org.provlens.model.Workspace#getRecommendations()
	 * @see #getWorkspace()
	 * @generated
	 */
	EReference getWorkspace_Recommendations();

	/**
	 * Returns the meta object for the containment reference list '{@link org.provlens.model.Workspace#getImports <em>Imports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Imports</em>'.
	 * @see org.provlens.model.Workspace#getImports()
	 * @see #getWorkspace()
	 * @generated
	 */
	EReference getWorkspace_Imports();

	/**
	 * Returns the meta object for class '{@link org.provlens.model.Campaign <em>Campaign</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Campaign</em>'.
	 * @see org.provlens.model.Campaign
	 * @generated
	 */
	EClass getCampaign();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Campaign#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.provlens.model.Campaign#getDescription()
	 * @see #getCampaign()
	 * @generated
	 */
	EAttribute getCampaign_Description();

	/**
	 * Returns the meta object for the containment reference list '{@link org.provlens.model.Campaign#getWorkflows <em>Workflows</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Workflows</em>'.
	 * @see org.provlens.model.Campaign#getWorkflows()
	 * @see #getCampaign()
	 * @generated
	 */
	EReference getCampaign_Workflows();

	/**
	 * Returns the meta object for class '{@link org.provlens.model.Execution <em>Execution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Execution</em>'.
	 * @see org.provlens.model.Execution
	 * @generated
	 */
	EClass getExecution();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Execution#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.provlens.model.Execution#getStatus()
	 * @see #getExecution()
	 * @generated
	 */
	EAttribute getExecution_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Execution#getSubmittedAt <em>Submitted At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Submitted At</em>'.
	 * @see org.provlens.model.Execution#getSubmittedAt()
	 * @see #getExecution()
	 * @generated
	 */
	EAttribute getExecution_SubmittedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Execution#getStartedAt <em>Started At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Started At</em>'.
	 * @see org.provlens.model.Execution#getStartedAt()
	 * @see #getExecution()
	 * @generated
	 */
	EAttribute getExecution_StartedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Execution#getEndedAt <em>Ended At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ended At</em>'.
	 * @see org.provlens.model.Execution#getEndedAt()
	 * @see #getExecution()
	 * @generated
	 */
	EAttribute getExecution_EndedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Execution#getRecordedAt <em>Recorded At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recorded At</em>'.
	 * @see org.provlens.model.Execution#getRecordedAt()
	 * @see #getExecution()
	 * @generated
	 */
	EAttribute getExecution_RecordedAt();

	/**
	 * Returns the meta object for the reference '{@link org.provlens.model.Execution#getHost <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Host</em>'.
	 * @see org.provlens.model.Execution#getHost()
	 * @see #getExecution()
	 * @generated
	 */
	EReference getExecution_Host();

	/**
	 * Returns the meta object for the reference '{@link org.provlens.model.Execution#getAgent <em>Agent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Agent</em>'.
	 * @see org.provlens.model.Execution#getAgent()
	 * @see #getExecution()
	 * @generated
	 */
	EReference getExecution_Agent();

	/**
	 * Returns the meta object for the containment reference list '{@link org.provlens.model.Execution#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameters</em>'.
	 * @see org.provlens.model.Execution#getParameters()
	 * @see #getExecution()
	 * @generated
	 */
	EReference getExecution_Parameters();

	/**
	 * Returns the meta object for the containment reference list '{@link org.provlens.model.Execution#getMetrics <em>Metrics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Metrics</em>'.
	 * @see org.provlens.model.Execution#getMetrics()
	 * @see #getExecution()
	 * @generated
	 */
	EReference getExecution_Metrics();

	/**
	 * Returns the meta object for the containment reference list '{@link org.provlens.model.Execution#getSeries <em>Series</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Series</em>'.
	 * @see org.provlens.model.Execution#getSeries()
	 * @see #getExecution()
	 * @generated
	 */
	EReference getExecution_Series();

	/**
	 * Returns the meta object for the containment reference '{@link org.provlens.model.Execution#getTelemetry <em>Telemetry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Telemetry</em>'.
	 * @see org.provlens.model.Execution#getTelemetry()
	 * @see #getExecution()
	 * @generated
	 */
	EReference getExecution_Telemetry();

	/**
	 * Returns the meta object for the containment reference list '{@link org.provlens.model.Execution#getUsed <em>Used</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Used</em>'.
	 * @see org.provlens.model.Execution#getUsed()
	 * @see #getExecution()
	 * @generated
	 */
	EReference getExecution_Used();

	/**
	 * Returns the meta object for the containment reference list '{@link org.provlens.model.Execution#getGenerated <em>Generated</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Generated</em>'.
	 * @see org.provlens.model.Execution#getGenerated()
	 * @see #getExecution()
	 * @generated
	 */
	EReference getExecution_Generated();

	/**
	 * Returns the meta object for the containment reference list '{@link org.provlens.model.Execution#getEnergy <em>Energy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Energy</em>'.
	 * @see org.provlens.model.Execution#getEnergy()
	 * @see #getExecution()
	 * @generated
	 */
	EReference getExecution_Energy();

	/**
	 * Returns the meta object for the containment reference list '{@link org.provlens.model.Execution#getProperties <em>Properties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Properties</em>'.
	 * @see org.provlens.model.Execution#getProperties()
	 * @see #getExecution()
	 * @generated
	 */
	EReference getExecution_Properties();

	/**
	 * Returns the meta object for class '{@link org.provlens.model.Workflow <em>Workflow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Workflow</em>'.
	 * @see org.provlens.model.Workflow
	 * @generated
	 */
	EClass getWorkflow();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Workflow#getSubtype <em>Subtype</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subtype</em>'.
	 * @see org.provlens.model.Workflow#getSubtype()
	 * @see #getWorkflow()
	 * @generated
	 */
	EAttribute getWorkflow_Subtype();

	/**
	 * Returns the meta object for the container reference '{@link org.provlens.model.Workflow#getCampaign <em>Campaign</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Campaign</em>'.
	 * @see org.provlens.model.Workflow#getCampaign()
	 * @see #getWorkflow()
	 * @generated
	 */
	EReference getWorkflow_Campaign();

	/**
	 * Returns the meta object for the reference '{@link org.provlens.model.Workflow#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Parent</em>'.
	 * @see org.provlens.model.Workflow#getParent()
	 * @see #getWorkflow()
	 * @generated
	 */
	EReference getWorkflow_Parent();

	/**
	 * Returns the meta object for the reference list '{@link org.provlens.model.Workflow#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Children</em>'.
	 * @see org.provlens.model.Workflow#getChildren()
	 * @see #getWorkflow()
	 * @generated
	 */
	EReference getWorkflow_Children();

	/**
	 * Returns the meta object for the containment reference list '{@link org.provlens.model.Workflow#getTasks <em>Tasks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tasks</em>'.
	 * @see org.provlens.model.Workflow#getTasks()
	 * @see #getWorkflow()
	 * @generated
	 */
	EReference getWorkflow_Tasks();

	/**
	 * Returns the meta object for the containment reference '{@link org.provlens.model.Workflow#getValuePool <em>Value Pool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Value Pool</em>'.
	 * @see org.provlens.model.Workflow#getValuePool()
	 * @see #getWorkflow()
	 * @generated
	 */
	EReference getWorkflow_ValuePool();

	/**
	 * Returns the meta object for class '{@link org.provlens.model.Task <em>Task</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Task</em>'.
	 * @see org.provlens.model.Task
	 * @generated
	 */
	EClass getTask();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Task#getActivity <em>Activity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Activity</em>'.
	 * @see org.provlens.model.Task#getActivity()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_Activity();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Task#getSubtype <em>Subtype</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subtype</em>'.
	 * @see org.provlens.model.Task#getSubtype()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_Subtype();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Task#getGroupId <em>Group Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group Id</em>'.
	 * @see org.provlens.model.Task#getGroupId()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_GroupId();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Task#getStdout <em>Stdout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stdout</em>'.
	 * @see org.provlens.model.Task#getStdout()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_Stdout();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Task#getStderr <em>Stderr</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Stderr</em>'.
	 * @see org.provlens.model.Task#getStderr()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_Stderr();

	/**
	 * Returns the meta object for the attribute list '{@link org.provlens.model.Task#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tags</em>'.
	 * @see org.provlens.model.Task#getTags()
	 * @see #getTask()
	 * @generated
	 */
	EAttribute getTask_Tags();

	/**
	 * Returns the meta object for the container reference '{@link org.provlens.model.Task#getWorkflow <em>Workflow</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Workflow</em>'.
	 * @see org.provlens.model.Task#getWorkflow()
	 * @see #getTask()
	 * @generated
	 */
	EReference getTask_Workflow();

	/**
	 * Returns the meta object for the container reference '{@link org.provlens.model.Task#getParent <em>Parent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Parent</em>'.
	 * @see org.provlens.model.Task#getParent()
	 * @see #getTask()
	 * @generated
	 */
	EReference getTask_Parent();

	/**
	 * Returns the meta object for the containment reference list '{@link org.provlens.model.Task#getChildren <em>Children</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Children</em>'.
	 * @see org.provlens.model.Task#getChildren()
	 * @see #getTask()
	 * @generated
	 */
	EReference getTask_Children();

	/**
	 * Returns the meta object for the reference list '{@link org.provlens.model.Task#getDependencies <em>Dependencies</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Dependencies</em>'.
	 * @see org.provlens.model.Task#getDependencies()
	 * @see #getTask()
	 * @generated
	 */
	EReference getTask_Dependencies();

	/**
	 * Returns the meta object for the reference list '{@link org.provlens.model.Task#getPooledParameters <em>Pooled Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Pooled Parameters</em>'.
	 * @see org.provlens.model.Task#getPooledParameters()
	 * @see #getTask()
	 * @generated
	 */
	EReference getTask_PooledParameters();

	/**
	 * Returns the meta object for the reference list '{@link org.provlens.model.Task#getPooledMetrics <em>Pooled Metrics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Pooled Metrics</em>'.
	 * @see org.provlens.model.Task#getPooledMetrics()
	 * @see #getTask()
	 * @generated
	 */
	EReference getTask_PooledMetrics();

	/**
	 * Returns the meta object for the reference list '{@link org.provlens.model.Task#getPooledProperties <em>Pooled Properties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Pooled Properties</em>'.
	 * @see org.provlens.model.Task#getPooledProperties()
	 * @see #getTask()
	 * @generated
	 */
	EReference getTask_PooledProperties();

	/**
	 * Returns the meta object for class '{@link org.provlens.model.Artifact <em>Artifact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Artifact</em>'.
	 * @see org.provlens.model.Artifact
	 * @generated
	 */
	EClass getArtifact();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Artifact#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.provlens.model.Artifact#getKind()
	 * @see #getArtifact()
	 * @generated
	 */
	EAttribute getArtifact_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Artifact#getUri <em>Uri</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uri</em>'.
	 * @see org.provlens.model.Artifact#getUri()
	 * @see #getArtifact()
	 * @generated
	 */
	EAttribute getArtifact_Uri();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Artifact#getContentHash <em>Content Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content Hash</em>'.
	 * @see org.provlens.model.Artifact#getContentHash()
	 * @see #getArtifact()
	 * @generated
	 */
	EAttribute getArtifact_ContentHash();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Artifact#getSize <em>Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size</em>'.
	 * @see org.provlens.model.Artifact#getSize()
	 * @see #getArtifact()
	 * @generated
	 */
	EAttribute getArtifact_Size();

	/**
	 * Returns the meta object for the containment reference list '{@link org.provlens.model.Artifact#getProperties <em>Properties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Properties</em>'.
	 * @see org.provlens.model.Artifact#getProperties()
	 * @see #getArtifact()
	 * @generated
	 */
	EReference getArtifact_Properties();

	/**
	 * Returns the meta object for class '{@link org.provlens.model.ArtifactLink <em>Artifact Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Artifact Link</em>'.
	 * @see org.provlens.model.ArtifactLink
	 * @generated
	 */
	EClass getArtifactLink();

	/**
	 * Returns the meta object for the reference '{@link org.provlens.model.ArtifactLink#getArtifact <em>Artifact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Artifact</em>'.
	 * @see org.provlens.model.ArtifactLink#getArtifact()
	 * @see #getArtifactLink()
	 * @generated
	 */
	EReference getArtifactLink_Artifact();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.ArtifactLink#getRole <em>Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Role</em>'.
	 * @see org.provlens.model.ArtifactLink#getRole()
	 * @see #getArtifactLink()
	 * @generated
	 */
	EAttribute getArtifactLink_Role();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.ArtifactLink#getTime <em>Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time</em>'.
	 * @see org.provlens.model.ArtifactLink#getTime()
	 * @see #getArtifactLink()
	 * @generated
	 */
	EAttribute getArtifactLink_Time();

	/**
	 * Returns the meta object for class '{@link org.provlens.model.Parameter <em>Parameter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Parameter</em>'.
	 * @see org.provlens.model.Parameter
	 * @generated
	 */
	EClass getParameter();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Parameter#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.provlens.model.Parameter#getKey()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Parameter#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.provlens.model.Parameter#getValue()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Parameter#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see org.provlens.model.Parameter#getType()
	 * @see #getParameter()
	 * @generated
	 */
	EAttribute getParameter_Type();

	/**
	 * Returns the meta object for class '{@link org.provlens.model.Metric <em>Metric</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Metric</em>'.
	 * @see org.provlens.model.Metric
	 * @generated
	 */
	EClass getMetric();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Metric#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.provlens.model.Metric#getKey()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Metric#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.provlens.model.Metric#getValue()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Value();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Metric#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.provlens.model.Metric#getUnit()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Metric#getStep <em>Step</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Step</em>'.
	 * @see org.provlens.model.Metric#getStep()
	 * @see #getMetric()
	 * @generated
	 */
	EAttribute getMetric_Step();

	/**
	 * Returns the meta object for class '{@link org.provlens.model.ValuePool <em>Value Pool</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Value Pool</em>'.
	 * @see org.provlens.model.ValuePool
	 * @generated
	 */
	EClass getValuePool();

	/**
	 * Returns the meta object for the containment reference list '{@link org.provlens.model.ValuePool#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameters</em>'.
	 * @see org.provlens.model.ValuePool#getParameters()
	 * @see #getValuePool()
	 * @generated
	 */
	EReference getValuePool_Parameters();

	/**
	 * Returns the meta object for the containment reference list '{@link org.provlens.model.ValuePool#getMetrics <em>Metrics</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Metrics</em>'.
	 * @see org.provlens.model.ValuePool#getMetrics()
	 * @see #getValuePool()
	 * @generated
	 */
	EReference getValuePool_Metrics();

	/**
	 * Returns the meta object for the containment reference list '{@link org.provlens.model.ValuePool#getProperties <em>Properties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Properties</em>'.
	 * @see org.provlens.model.ValuePool#getProperties()
	 * @see #getValuePool()
	 * @generated
	 */
	EReference getValuePool_Properties();

	/**
	 * Returns the meta object for class '{@link org.provlens.model.Series <em>Series</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Series</em>'.
	 * @see org.provlens.model.Series
	 * @generated
	 */
	EClass getSeries();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Series#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.provlens.model.Series#getKey()
	 * @see #getSeries()
	 * @generated
	 */
	EAttribute getSeries_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Series#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.provlens.model.Series#getKind()
	 * @see #getSeries()
	 * @generated
	 */
	EAttribute getSeries_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Series#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see org.provlens.model.Series#getUnit()
	 * @see #getSeries()
	 * @generated
	 */
	EAttribute getSeries_Unit();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Series#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.provlens.model.Series#getSource()
	 * @see #getSeries()
	 * @generated
	 */
	EAttribute getSeries_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Series#getDevice <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Device</em>'.
	 * @see org.provlens.model.Series#getDevice()
	 * @see #getSeries()
	 * @generated
	 */
	EAttribute getSeries_Device();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Series#getAxis <em>Axis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Axis</em>'.
	 * @see org.provlens.model.Series#getAxis()
	 * @see #getSeries()
	 * @generated
	 */
	EAttribute getSeries_Axis();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Series#getXs <em>Xs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Xs</em>'.
	 * @see org.provlens.model.Series#getXs()
	 * @see #getSeries()
	 * @generated
	 */
	EAttribute getSeries_Xs();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Series#getYs <em>Ys</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ys</em>'.
	 * @see org.provlens.model.Series#getYs()
	 * @see #getSeries()
	 * @generated
	 */
	EAttribute getSeries_Ys();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Series#getRow <em>Row</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Row</em>'.
	 * @see org.provlens.model.Series#getRow()
	 * @see #getSeries()
	 * @generated
	 */
	EAttribute getSeries_Row();

	/**
	 * Returns the meta object for class '{@link org.provlens.model.TelemetrySchema <em>Telemetry Schema</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Telemetry Schema</em>'.
	 * @see org.provlens.model.TelemetrySchema
	 * @generated
	 */
	EClass getTelemetrySchema();

	/**
	 * Returns the meta object for the attribute list '{@link org.provlens.model.TelemetrySchema#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Channels</em>'.
	 * @see org.provlens.model.TelemetrySchema#getChannels()
	 * @see #getTelemetrySchema()
	 * @generated
	 */
	EAttribute getTelemetrySchema_Channels();

	/**
	 * Returns the meta object for the attribute list '{@link org.provlens.model.TelemetrySchema#getUnits <em>Units</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Units</em>'.
	 * @see org.provlens.model.TelemetrySchema#getUnits()
	 * @see #getTelemetrySchema()
	 * @generated
	 */
	EAttribute getTelemetrySchema_Units();

	/**
	 * Returns the meta object for class '{@link org.provlens.model.Telemetry <em>Telemetry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Telemetry</em>'.
	 * @see org.provlens.model.Telemetry
	 * @generated
	 */
	EClass getTelemetry();

	/**
	 * Returns the meta object for the reference '{@link org.provlens.model.Telemetry#getSchema <em>Schema</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Schema</em>'.
	 * @see org.provlens.model.Telemetry#getSchema()
	 * @see #getTelemetry()
	 * @generated
	 */
	EReference getTelemetry_Schema();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Telemetry#getAtStart <em>At Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At Start</em>'.
	 * @see org.provlens.model.Telemetry#getAtStart()
	 * @see #getTelemetry()
	 * @generated
	 */
	EAttribute getTelemetry_AtStart();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Telemetry#getAtEnd <em>At End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>At End</em>'.
	 * @see org.provlens.model.Telemetry#getAtEnd()
	 * @see #getTelemetry()
	 * @generated
	 */
	EAttribute getTelemetry_AtEnd();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Telemetry#getRow <em>Row</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Row</em>'.
	 * @see org.provlens.model.Telemetry#getRow()
	 * @see #getTelemetry()
	 * @generated
	 */
	EAttribute getTelemetry_Row();

	/**
	 * Returns the meta object for class '{@link org.provlens.model.Site <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Site</em>'.
	 * @see org.provlens.model.Site
	 * @generated
	 */
	EClass getSite();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Site#getFacility <em>Facility</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Facility</em>'.
	 * @see org.provlens.model.Site#getFacility()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Facility();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Site#getRegion <em>Region</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Region</em>'.
	 * @see org.provlens.model.Site#getRegion()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Region();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Site#getPue <em>Pue</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pue</em>'.
	 * @see org.provlens.model.Site#getPue()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_Pue();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Site#getCarbonIntensity <em>Carbon Intensity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Carbon Intensity</em>'.
	 * @see org.provlens.model.Site#getCarbonIntensity()
	 * @see #getSite()
	 * @generated
	 */
	EAttribute getSite_CarbonIntensity();

	/**
	 * Returns the meta object for the containment reference list '{@link org.provlens.model.Site#getHosts <em>Hosts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Hosts</em>'.
	 * @see org.provlens.model.Site#getHosts()
	 * @see #getSite()
	 * @generated
	 */
	EReference getSite_Hosts();

	/**
	 * Returns the meta object for class '{@link org.provlens.model.Host <em>Host</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Host</em>'.
	 * @see org.provlens.model.Host
	 * @generated
	 */
	EClass getHost();

	/**
	 * Returns the meta object for the container reference '{@link org.provlens.model.Host#getSite <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the container reference '<em>Site</em>'.
	 * @see org.provlens.model.Host#getSite()
	 * @see #getHost()
	 * @generated
	 */
	EReference getHost_Site();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Host#getCpuModel <em>Cpu Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpu Model</em>'.
	 * @see org.provlens.model.Host#getCpuModel()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_CpuModel();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Host#getCpuCount <em>Cpu Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpu Count</em>'.
	 * @see org.provlens.model.Host#getCpuCount()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_CpuCount();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Host#getMemoryBytes <em>Memory Bytes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memory Bytes</em>'.
	 * @see org.provlens.model.Host#getMemoryBytes()
	 * @see #getHost()
	 * @generated
	 */
	EAttribute getHost_MemoryBytes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.provlens.model.Host#getDevices <em>Devices</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Devices</em>'.
	 * @see org.provlens.model.Host#getDevices()
	 * @see #getHost()
	 * @generated
	 */
	EReference getHost_Devices();

	/**
	 * Returns the meta object for class '{@link org.provlens.model.Device <em>Device</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Device</em>'.
	 * @see org.provlens.model.Device
	 * @generated
	 */
	EClass getDevice();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Device#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.provlens.model.Device#getKind()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Device#getIndex <em>Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Index</em>'.
	 * @see org.provlens.model.Device#getIndex()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_Index();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Device#getVendor <em>Vendor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vendor</em>'.
	 * @see org.provlens.model.Device#getVendor()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_Vendor();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Device#getModel <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model</em>'.
	 * @see org.provlens.model.Device#getModel()
	 * @see #getDevice()
	 * @generated
	 */
	EAttribute getDevice_Model();

	/**
	 * Returns the meta object for class '{@link org.provlens.model.Agent <em>Agent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Agent</em>'.
	 * @see org.provlens.model.Agent
	 * @generated
	 */
	EClass getAgent();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Agent#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.provlens.model.Agent#getKind()
	 * @see #getAgent()
	 * @generated
	 */
	EAttribute getAgent_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Agent#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.provlens.model.Agent#getVersion()
	 * @see #getAgent()
	 * @generated
	 */
	EAttribute getAgent_Version();

	/**
	 * Returns the meta object for class '{@link org.provlens.model.EnergyEstimate <em>Energy Estimate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Energy Estimate</em>'.
	 * @see org.provlens.model.EnergyEstimate
	 * @generated
	 */
	EClass getEnergyEstimate();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.EnergyEstimate#getComponent <em>Component</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Component</em>'.
	 * @see org.provlens.model.EnergyEstimate#getComponent()
	 * @see #getEnergyEstimate()
	 * @generated
	 */
	EAttribute getEnergyEstimate_Component();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.EnergyEstimate#getJoules <em>Joules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Joules</em>'.
	 * @see org.provlens.model.EnergyEstimate#getJoules()
	 * @see #getEnergyEstimate()
	 * @generated
	 */
	EAttribute getEnergyEstimate_Joules();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.EnergyEstimate#getMethod <em>Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Method</em>'.
	 * @see org.provlens.model.EnergyEstimate#getMethod()
	 * @see #getEnergyEstimate()
	 * @generated
	 */
	EAttribute getEnergyEstimate_Method();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.EnergyEstimate#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.provlens.model.EnergyEstimate#getSource()
	 * @see #getEnergyEstimate()
	 * @generated
	 */
	EAttribute getEnergyEstimate_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.EnergyEstimate#getPueApplied <em>Pue Applied</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pue Applied</em>'.
	 * @see org.provlens.model.EnergyEstimate#getPueApplied()
	 * @see #getEnergyEstimate()
	 * @generated
	 */
	EAttribute getEnergyEstimate_PueApplied();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.EnergyEstimate#getCarbonIntensity <em>Carbon Intensity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Carbon Intensity</em>'.
	 * @see org.provlens.model.EnergyEstimate#getCarbonIntensity()
	 * @see #getEnergyEstimate()
	 * @generated
	 */
	EAttribute getEnergyEstimate_CarbonIntensity();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.EnergyEstimate#getCo2eGrams <em>Co2e Grams</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Co2e Grams</em>'.
	 * @see org.provlens.model.EnergyEstimate#getCo2eGrams()
	 * @see #getEnergyEstimate()
	 * @generated
	 */
	EAttribute getEnergyEstimate_Co2eGrams();

	/**
	 * Returns the meta object for class '{@link org.provlens.model.Annotation <em>Annotation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Annotation</em>'.
	 * @see org.provlens.model.Annotation
	 * @generated
	 */
	EClass getAnnotation();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Annotation#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.provlens.model.Annotation#getText()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Annotation#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.provlens.model.Annotation#getAuthor()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Annotation#getTime <em>Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time</em>'.
	 * @see org.provlens.model.Annotation#getTime()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Time();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Annotation#getSeverity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Severity</em>'.
	 * @see org.provlens.model.Annotation#getSeverity()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Severity();

	/**
	 * Returns the meta object for the attribute list '{@link org.provlens.model.Annotation#getTags <em>Tags</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Tags</em>'.
	 * @see org.provlens.model.Annotation#getTags()
	 * @see #getAnnotation()
	 * @generated
	 */
	EAttribute getAnnotation_Tags();

	/**
	 * Returns the meta object for the reference list '{@link org.provlens.model.Annotation#getTargets <em>Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Targets</em>'.
	 * @see org.provlens.model.Annotation#getTargets()
	 * @see #getAnnotation()
	 * @generated
	 */
	EReference getAnnotation_Targets();

	/**
	 * Returns the meta object for the reference '{@link org.provlens.model.Annotation#getRecommendation <em>Recommendation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Recommendation</em>'.
	 * @see org.provlens.model.Annotation#getRecommendation()
	 * @see #getAnnotation()
	 * @generated
	 */
	EReference getAnnotation_Recommendation();

	/**
	 * Returns the meta object for class '{@link org.provlens.model.Recommendation <em>Recommendation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Recommendation</em>'.
	 * @see org.provlens.model.Recommendation
	 * @generated
	 */
	EClass getRecommendation();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Recommendation#getModel <em>Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Model</em>'.
	 * @see org.provlens.model.Recommendation#getModel()
	 * @see #getRecommendation()
	 * @generated
	 */
	EAttribute getRecommendation_Model();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Recommendation#getScore <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Score</em>'.
	 * @see org.provlens.model.Recommendation#getScore()
	 * @see #getRecommendation()
	 * @generated
	 */
	EAttribute getRecommendation_Score();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Recommendation#getRationale <em>Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rationale</em>'.
	 * @see org.provlens.model.Recommendation#getRationale()
	 * @see #getRecommendation()
	 * @generated
	 */
	EAttribute getRecommendation_Rationale();

	/**
	 * Returns the meta object for the containment reference list '{@link org.provlens.model.Recommendation#getParameters <em>Parameters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Parameters</em>'.
	 * @see org.provlens.model.Recommendation#getParameters()
	 * @see #getRecommendation()
	 * @generated
	 */
	EReference getRecommendation_Parameters();

	/**
	 * Returns the meta object for the reference list '{@link org.provlens.model.Recommendation#getEvidence <em>Evidence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Evidence</em>'.
	 * @see org.provlens.model.Recommendation#getEvidence()
	 * @see #getRecommendation()
	 * @generated
	 */
	EReference getRecommendation_Evidence();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Recommendation#getObjective <em>Objective</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Objective</em>'.
	 * @see org.provlens.model.Recommendation#getObjective()
	 * @see #getRecommendation()
	 * @generated
	 */
	EAttribute getRecommendation_Objective();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.Recommendation#getExpectedOutcome <em>Expected Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expected Outcome</em>'.
	 * @see org.provlens.model.Recommendation#getExpectedOutcome()
	 * @see #getRecommendation()
	 * @generated
	 */
	EAttribute getRecommendation_ExpectedOutcome();

	/**
	 * Returns the meta object for the containment reference list '{@link org.provlens.model.Recommendation#getProperties <em>Properties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Properties</em>'.
	 * @see org.provlens.model.Recommendation#getProperties()
	 * @see #getRecommendation()
	 * @generated
	 */
	EReference getRecommendation_Properties();

	/**
	 * Returns the meta object for class '{@link org.provlens.model.ImportRecord <em>Import Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Import Record</em>'.
	 * @see org.provlens.model.ImportRecord
	 * @generated
	 */
	EClass getImportRecord();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.ImportRecord#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see org.provlens.model.ImportRecord#getSource()
	 * @see #getImportRecord()
	 * @generated
	 */
	EAttribute getImportRecord_Source();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.ImportRecord#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see org.provlens.model.ImportRecord#getFormat()
	 * @see #getImportRecord()
	 * @generated
	 */
	EAttribute getImportRecord_Format();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.ImportRecord#getTime <em>Time</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Time</em>'.
	 * @see org.provlens.model.ImportRecord#getTime()
	 * @see #getImportRecord()
	 * @generated
	 */
	EAttribute getImportRecord_Time();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.ImportRecord#getRecords <em>Records</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Records</em>'.
	 * @see org.provlens.model.ImportRecord#getRecords()
	 * @see #getImportRecord()
	 * @generated
	 */
	EAttribute getImportRecord_Records();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.ImportRecord#getSkipped <em>Skipped</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Skipped</em>'.
	 * @see org.provlens.model.ImportRecord#getSkipped()
	 * @see #getImportRecord()
	 * @generated
	 */
	EAttribute getImportRecord_Skipped();

	/**
	 * Returns the meta object for the attribute list '{@link org.provlens.model.ImportRecord#getProblems <em>Problems</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Problems</em>'.
	 * @see org.provlens.model.ImportRecord#getProblems()
	 * @see #getImportRecord()
	 * @generated
	 */
	EAttribute getImportRecord_Problems();

	/**
	 * Returns the meta object for class '{@link org.provlens.model.StringProperty <em>String Property</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>String Property</em>'.
	 * @see org.provlens.model.StringProperty
	 * @generated
	 */
	EClass getStringProperty();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.StringProperty#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.provlens.model.StringProperty#getKey()
	 * @see #getStringProperty()
	 * @generated
	 */
	EAttribute getStringProperty_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.model.StringProperty#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.provlens.model.StringProperty#getValue()
	 * @see #getStringProperty()
	 * @generated
	 */
	EAttribute getStringProperty_Value();

	/**
	 * Returns the meta object for enum '{@link org.provlens.model.Status <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Status</em>'.
	 * @see org.provlens.model.Status
	 * @generated
	 */
	EEnum getStatus();

	/**
	 * Returns the meta object for enum '{@link org.provlens.model.ArtifactKind <em>Artifact Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Artifact Kind</em>'.
	 * @see org.provlens.model.ArtifactKind
	 * @generated
	 */
	EEnum getArtifactKind();

	/**
	 * Returns the meta object for enum '{@link org.provlens.model.ValueType <em>Value Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Value Type</em>'.
	 * @see org.provlens.model.ValueType
	 * @generated
	 */
	EEnum getValueType();

	/**
	 * Returns the meta object for enum '{@link org.provlens.model.SeriesKind <em>Series Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Series Kind</em>'.
	 * @see org.provlens.model.SeriesKind
	 * @generated
	 */
	EEnum getSeriesKind();

	/**
	 * Returns the meta object for enum '{@link org.provlens.model.SeriesAxis <em>Series Axis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Series Axis</em>'.
	 * @see org.provlens.model.SeriesAxis
	 * @generated
	 */
	EEnum getSeriesAxis();

	/**
	 * Returns the meta object for enum '{@link org.provlens.model.DeviceKind <em>Device Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Device Kind</em>'.
	 * @see org.provlens.model.DeviceKind
	 * @generated
	 */
	EEnum getDeviceKind();

	/**
	 * Returns the meta object for enum '{@link org.provlens.model.AgentKind <em>Agent Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Agent Kind</em>'.
	 * @see org.provlens.model.AgentKind
	 * @generated
	 */
	EEnum getAgentKind();

	/**
	 * Returns the meta object for enum '{@link org.provlens.model.EnergyComponent <em>Energy Component</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Energy Component</em>'.
	 * @see org.provlens.model.EnergyComponent
	 * @generated
	 */
	EEnum getEnergyComponent();

	/**
	 * Returns the meta object for enum '{@link org.provlens.model.EnergyMethod <em>Energy Method</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Energy Method</em>'.
	 * @see org.provlens.model.EnergyMethod
	 * @generated
	 */
	EEnum getEnergyMethod();

	/**
	 * Returns the meta object for enum '{@link org.provlens.model.Severity <em>Severity</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Severity</em>'.
	 * @see org.provlens.model.Severity
	 * @generated
	 */
	EEnum getSeverity();

	/**
	 * Returns the meta object for data type '<em>Double Array</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * Primitive samples; serialised as base64 of little-endian IEEE 754 doubles so values round-trip exactly.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Double Array</em>'.
	 * @model instanceClass="double[]"
	 * @generated
	 */
	EDataType getDoubleArray();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ProvlensFactory getProvlensFactory();

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
		 * The meta object literal for the '{@link org.provlens.model.impl.ProvElementImpl <em>Prov Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.model.impl.ProvElementImpl
		 * @see org.provlens.model.impl.ProvlensPackageImpl#getProvElement()
		 * @generated
		 */
		EClass PROV_ELEMENT = eINSTANCE.getProvElement();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROV_ELEMENT__ID = eINSTANCE.getProvElement_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROV_ELEMENT__NAME = eINSTANCE.getProvElement_Name();

		/**
		 * The meta object literal for the '{@link org.provlens.model.impl.WorkspaceImpl <em>Workspace</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.model.impl.WorkspaceImpl
		 * @see org.provlens.model.impl.ProvlensPackageImpl#getWorkspace()
		 * @generated
		 */
		EClass WORKSPACE = eINSTANCE.getWorkspace();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKSPACE__NAME = eINSTANCE.getWorkspace_Name();

		/**
		 * The meta object literal for the '<em><b>Campaigns</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKSPACE__CAMPAIGNS = eINSTANCE.getWorkspace_Campaigns();

		/**
		 * The meta object literal for the '<em><b>Artifacts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKSPACE__ARTIFACTS = eINSTANCE.getWorkspace_Artifacts();

		/**
		 * The meta object literal for the '<em><b>Sites</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKSPACE__SITES = eINSTANCE.getWorkspace_Sites();

		/**
		 * The meta object literal for the '<em><b>Agents</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKSPACE__AGENTS = eINSTANCE.getWorkspace_Agents();

		/**
		 * The meta object literal for the '<em><b>Telemetry Schemas</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKSPACE__TELEMETRY_SCHEMAS = eINSTANCE.getWorkspace_TelemetrySchemas();

		/**
		 * The meta object literal for the '<em><b>Annotations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKSPACE__ANNOTATIONS = eINSTANCE.getWorkspace_Annotations();

		/**
		 * The meta object literal for the '<em><b>Recommendations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKSPACE__RECOMMENDATIONS = eINSTANCE.getWorkspace_Recommendations();

		/**
		 * The meta object literal for the '<em><b>Imports</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKSPACE__IMPORTS = eINSTANCE.getWorkspace_Imports();

		/**
		 * The meta object literal for the '{@link org.provlens.model.impl.CampaignImpl <em>Campaign</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.model.impl.CampaignImpl
		 * @see org.provlens.model.impl.ProvlensPackageImpl#getCampaign()
		 * @generated
		 */
		EClass CAMPAIGN = eINSTANCE.getCampaign();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CAMPAIGN__DESCRIPTION = eINSTANCE.getCampaign_Description();

		/**
		 * The meta object literal for the '<em><b>Workflows</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CAMPAIGN__WORKFLOWS = eINSTANCE.getCampaign_Workflows();

		/**
		 * The meta object literal for the '{@link org.provlens.model.impl.ExecutionImpl <em>Execution</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.model.impl.ExecutionImpl
		 * @see org.provlens.model.impl.ProvlensPackageImpl#getExecution()
		 * @generated
		 */
		EClass EXECUTION = eINSTANCE.getExecution();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXECUTION__STATUS = eINSTANCE.getExecution_Status();

		/**
		 * The meta object literal for the '<em><b>Submitted At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXECUTION__SUBMITTED_AT = eINSTANCE.getExecution_SubmittedAt();

		/**
		 * The meta object literal for the '<em><b>Started At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXECUTION__STARTED_AT = eINSTANCE.getExecution_StartedAt();

		/**
		 * The meta object literal for the '<em><b>Ended At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXECUTION__ENDED_AT = eINSTANCE.getExecution_EndedAt();

		/**
		 * The meta object literal for the '<em><b>Recorded At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXECUTION__RECORDED_AT = eINSTANCE.getExecution_RecordedAt();

		/**
		 * The meta object literal for the '<em><b>Host</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXECUTION__HOST = eINSTANCE.getExecution_Host();

		/**
		 * The meta object literal for the '<em><b>Agent</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXECUTION__AGENT = eINSTANCE.getExecution_Agent();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXECUTION__PARAMETERS = eINSTANCE.getExecution_Parameters();

		/**
		 * The meta object literal for the '<em><b>Metrics</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXECUTION__METRICS = eINSTANCE.getExecution_Metrics();

		/**
		 * The meta object literal for the '<em><b>Series</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXECUTION__SERIES = eINSTANCE.getExecution_Series();

		/**
		 * The meta object literal for the '<em><b>Telemetry</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXECUTION__TELEMETRY = eINSTANCE.getExecution_Telemetry();

		/**
		 * The meta object literal for the '<em><b>Used</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXECUTION__USED = eINSTANCE.getExecution_Used();

		/**
		 * The meta object literal for the '<em><b>Generated</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXECUTION__GENERATED = eINSTANCE.getExecution_Generated();

		/**
		 * The meta object literal for the '<em><b>Energy</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXECUTION__ENERGY = eINSTANCE.getExecution_Energy();

		/**
		 * The meta object literal for the '<em><b>Properties</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXECUTION__PROPERTIES = eINSTANCE.getExecution_Properties();

		/**
		 * The meta object literal for the '{@link org.provlens.model.impl.WorkflowImpl <em>Workflow</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.model.impl.WorkflowImpl
		 * @see org.provlens.model.impl.ProvlensPackageImpl#getWorkflow()
		 * @generated
		 */
		EClass WORKFLOW = eINSTANCE.getWorkflow();

		/**
		 * The meta object literal for the '<em><b>Subtype</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute WORKFLOW__SUBTYPE = eINSTANCE.getWorkflow_Subtype();

		/**
		 * The meta object literal for the '<em><b>Campaign</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKFLOW__CAMPAIGN = eINSTANCE.getWorkflow_Campaign();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKFLOW__PARENT = eINSTANCE.getWorkflow_Parent();

		/**
		 * The meta object literal for the '<em><b>Children</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKFLOW__CHILDREN = eINSTANCE.getWorkflow_Children();

		/**
		 * The meta object literal for the '<em><b>Tasks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKFLOW__TASKS = eINSTANCE.getWorkflow_Tasks();

		/**
		 * The meta object literal for the '<em><b>Value Pool</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference WORKFLOW__VALUE_POOL = eINSTANCE.getWorkflow_ValuePool();

		/**
		 * The meta object literal for the '{@link org.provlens.model.impl.TaskImpl <em>Task</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.model.impl.TaskImpl
		 * @see org.provlens.model.impl.ProvlensPackageImpl#getTask()
		 * @generated
		 */
		EClass TASK = eINSTANCE.getTask();

		/**
		 * The meta object literal for the '<em><b>Activity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__ACTIVITY = eINSTANCE.getTask_Activity();

		/**
		 * The meta object literal for the '<em><b>Subtype</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__SUBTYPE = eINSTANCE.getTask_Subtype();

		/**
		 * The meta object literal for the '<em><b>Group Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__GROUP_ID = eINSTANCE.getTask_GroupId();

		/**
		 * The meta object literal for the '<em><b>Stdout</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__STDOUT = eINSTANCE.getTask_Stdout();

		/**
		 * The meta object literal for the '<em><b>Stderr</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__STDERR = eINSTANCE.getTask_Stderr();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TASK__TAGS = eINSTANCE.getTask_Tags();

		/**
		 * The meta object literal for the '<em><b>Workflow</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TASK__WORKFLOW = eINSTANCE.getTask_Workflow();

		/**
		 * The meta object literal for the '<em><b>Parent</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TASK__PARENT = eINSTANCE.getTask_Parent();

		/**
		 * The meta object literal for the '<em><b>Children</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TASK__CHILDREN = eINSTANCE.getTask_Children();

		/**
		 * The meta object literal for the '<em><b>Dependencies</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TASK__DEPENDENCIES = eINSTANCE.getTask_Dependencies();

		/**
		 * The meta object literal for the '<em><b>Pooled Parameters</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TASK__POOLED_PARAMETERS = eINSTANCE.getTask_PooledParameters();

		/**
		 * The meta object literal for the '<em><b>Pooled Metrics</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TASK__POOLED_METRICS = eINSTANCE.getTask_PooledMetrics();

		/**
		 * The meta object literal for the '<em><b>Pooled Properties</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TASK__POOLED_PROPERTIES = eINSTANCE.getTask_PooledProperties();

		/**
		 * The meta object literal for the '{@link org.provlens.model.impl.ArtifactImpl <em>Artifact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.model.impl.ArtifactImpl
		 * @see org.provlens.model.impl.ProvlensPackageImpl#getArtifact()
		 * @generated
		 */
		EClass ARTIFACT = eINSTANCE.getArtifact();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTIFACT__KIND = eINSTANCE.getArtifact_Kind();

		/**
		 * The meta object literal for the '<em><b>Uri</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTIFACT__URI = eINSTANCE.getArtifact_Uri();

		/**
		 * The meta object literal for the '<em><b>Content Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTIFACT__CONTENT_HASH = eINSTANCE.getArtifact_ContentHash();

		/**
		 * The meta object literal for the '<em><b>Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTIFACT__SIZE = eINSTANCE.getArtifact_Size();

		/**
		 * The meta object literal for the '<em><b>Properties</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARTIFACT__PROPERTIES = eINSTANCE.getArtifact_Properties();

		/**
		 * The meta object literal for the '{@link org.provlens.model.impl.ArtifactLinkImpl <em>Artifact Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.model.impl.ArtifactLinkImpl
		 * @see org.provlens.model.impl.ProvlensPackageImpl#getArtifactLink()
		 * @generated
		 */
		EClass ARTIFACT_LINK = eINSTANCE.getArtifactLink();

		/**
		 * The meta object literal for the '<em><b>Artifact</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ARTIFACT_LINK__ARTIFACT = eINSTANCE.getArtifactLink_Artifact();

		/**
		 * The meta object literal for the '<em><b>Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTIFACT_LINK__ROLE = eINSTANCE.getArtifactLink_Role();

		/**
		 * The meta object literal for the '<em><b>Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ARTIFACT_LINK__TIME = eINSTANCE.getArtifactLink_Time();

		/**
		 * The meta object literal for the '{@link org.provlens.model.impl.ParameterImpl <em>Parameter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.model.impl.ParameterImpl
		 * @see org.provlens.model.impl.ProvlensPackageImpl#getParameter()
		 * @generated
		 */
		EClass PARAMETER = eINSTANCE.getParameter();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__KEY = eINSTANCE.getParameter_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__VALUE = eINSTANCE.getParameter_Value();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PARAMETER__TYPE = eINSTANCE.getParameter_Type();

		/**
		 * The meta object literal for the '{@link org.provlens.model.impl.MetricImpl <em>Metric</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.model.impl.MetricImpl
		 * @see org.provlens.model.impl.ProvlensPackageImpl#getMetric()
		 * @generated
		 */
		EClass METRIC = eINSTANCE.getMetric();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__KEY = eINSTANCE.getMetric_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__VALUE = eINSTANCE.getMetric_Value();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__UNIT = eINSTANCE.getMetric_Unit();

		/**
		 * The meta object literal for the '<em><b>Step</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute METRIC__STEP = eINSTANCE.getMetric_Step();

		/**
		 * The meta object literal for the '{@link org.provlens.model.impl.ValuePoolImpl <em>Value Pool</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.model.impl.ValuePoolImpl
		 * @see org.provlens.model.impl.ProvlensPackageImpl#getValuePool()
		 * @generated
		 */
		EClass VALUE_POOL = eINSTANCE.getValuePool();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALUE_POOL__PARAMETERS = eINSTANCE.getValuePool_Parameters();

		/**
		 * The meta object literal for the '<em><b>Metrics</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALUE_POOL__METRICS = eINSTANCE.getValuePool_Metrics();

		/**
		 * The meta object literal for the '<em><b>Properties</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VALUE_POOL__PROPERTIES = eINSTANCE.getValuePool_Properties();

		/**
		 * The meta object literal for the '{@link org.provlens.model.impl.SeriesImpl <em>Series</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.model.impl.SeriesImpl
		 * @see org.provlens.model.impl.ProvlensPackageImpl#getSeries()
		 * @generated
		 */
		EClass SERIES = eINSTANCE.getSeries();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERIES__KEY = eINSTANCE.getSeries_Key();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERIES__KIND = eINSTANCE.getSeries_Kind();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERIES__UNIT = eINSTANCE.getSeries_Unit();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERIES__SOURCE = eINSTANCE.getSeries_Source();

		/**
		 * The meta object literal for the '<em><b>Device</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERIES__DEVICE = eINSTANCE.getSeries_Device();

		/**
		 * The meta object literal for the '<em><b>Axis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERIES__AXIS = eINSTANCE.getSeries_Axis();

		/**
		 * The meta object literal for the '<em><b>Xs</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERIES__XS = eINSTANCE.getSeries_Xs();

		/**
		 * The meta object literal for the '<em><b>Ys</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERIES__YS = eINSTANCE.getSeries_Ys();

		/**
		 * The meta object literal for the '<em><b>Row</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SERIES__ROW = eINSTANCE.getSeries_Row();

		/**
		 * The meta object literal for the '{@link org.provlens.model.impl.TelemetrySchemaImpl <em>Telemetry Schema</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.model.impl.TelemetrySchemaImpl
		 * @see org.provlens.model.impl.ProvlensPackageImpl#getTelemetrySchema()
		 * @generated
		 */
		EClass TELEMETRY_SCHEMA = eINSTANCE.getTelemetrySchema();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TELEMETRY_SCHEMA__CHANNELS = eINSTANCE.getTelemetrySchema_Channels();

		/**
		 * The meta object literal for the '<em><b>Units</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TELEMETRY_SCHEMA__UNITS = eINSTANCE.getTelemetrySchema_Units();

		/**
		 * The meta object literal for the '{@link org.provlens.model.impl.TelemetryImpl <em>Telemetry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.model.impl.TelemetryImpl
		 * @see org.provlens.model.impl.ProvlensPackageImpl#getTelemetry()
		 * @generated
		 */
		EClass TELEMETRY = eINSTANCE.getTelemetry();

		/**
		 * The meta object literal for the '<em><b>Schema</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference TELEMETRY__SCHEMA = eINSTANCE.getTelemetry_Schema();

		/**
		 * The meta object literal for the '<em><b>At Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TELEMETRY__AT_START = eINSTANCE.getTelemetry_AtStart();

		/**
		 * The meta object literal for the '<em><b>At End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TELEMETRY__AT_END = eINSTANCE.getTelemetry_AtEnd();

		/**
		 * The meta object literal for the '<em><b>Row</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TELEMETRY__ROW = eINSTANCE.getTelemetry_Row();

		/**
		 * The meta object literal for the '{@link org.provlens.model.impl.SiteImpl <em>Site</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.model.impl.SiteImpl
		 * @see org.provlens.model.impl.ProvlensPackageImpl#getSite()
		 * @generated
		 */
		EClass SITE = eINSTANCE.getSite();

		/**
		 * The meta object literal for the '<em><b>Facility</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__FACILITY = eINSTANCE.getSite_Facility();

		/**
		 * The meta object literal for the '<em><b>Region</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__REGION = eINSTANCE.getSite_Region();

		/**
		 * The meta object literal for the '<em><b>Pue</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__PUE = eINSTANCE.getSite_Pue();

		/**
		 * The meta object literal for the '<em><b>Carbon Intensity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SITE__CARBON_INTENSITY = eINSTANCE.getSite_CarbonIntensity();

		/**
		 * The meta object literal for the '<em><b>Hosts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SITE__HOSTS = eINSTANCE.getSite_Hosts();

		/**
		 * The meta object literal for the '{@link org.provlens.model.impl.HostImpl <em>Host</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.model.impl.HostImpl
		 * @see org.provlens.model.impl.ProvlensPackageImpl#getHost()
		 * @generated
		 */
		EClass HOST = eINSTANCE.getHost();

		/**
		 * The meta object literal for the '<em><b>Site</b></em>' container reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOST__SITE = eINSTANCE.getHost_Site();

		/**
		 * The meta object literal for the '<em><b>Cpu Model</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__CPU_MODEL = eINSTANCE.getHost_CpuModel();

		/**
		 * The meta object literal for the '<em><b>Cpu Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__CPU_COUNT = eINSTANCE.getHost_CpuCount();

		/**
		 * The meta object literal for the '<em><b>Memory Bytes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOST__MEMORY_BYTES = eINSTANCE.getHost_MemoryBytes();

		/**
		 * The meta object literal for the '<em><b>Devices</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOST__DEVICES = eINSTANCE.getHost_Devices();

		/**
		 * The meta object literal for the '{@link org.provlens.model.impl.DeviceImpl <em>Device</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.model.impl.DeviceImpl
		 * @see org.provlens.model.impl.ProvlensPackageImpl#getDevice()
		 * @generated
		 */
		EClass DEVICE = eINSTANCE.getDevice();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__KIND = eINSTANCE.getDevice_Kind();

		/**
		 * The meta object literal for the '<em><b>Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__INDEX = eINSTANCE.getDevice_Index();

		/**
		 * The meta object literal for the '<em><b>Vendor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__VENDOR = eINSTANCE.getDevice_Vendor();

		/**
		 * The meta object literal for the '<em><b>Model</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEVICE__MODEL = eINSTANCE.getDevice_Model();

		/**
		 * The meta object literal for the '{@link org.provlens.model.impl.AgentImpl <em>Agent</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.model.impl.AgentImpl
		 * @see org.provlens.model.impl.ProvlensPackageImpl#getAgent()
		 * @generated
		 */
		EClass AGENT = eINSTANCE.getAgent();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENT__KIND = eINSTANCE.getAgent_Kind();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute AGENT__VERSION = eINSTANCE.getAgent_Version();

		/**
		 * The meta object literal for the '{@link org.provlens.model.impl.EnergyEstimateImpl <em>Energy Estimate</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.model.impl.EnergyEstimateImpl
		 * @see org.provlens.model.impl.ProvlensPackageImpl#getEnergyEstimate()
		 * @generated
		 */
		EClass ENERGY_ESTIMATE = eINSTANCE.getEnergyEstimate();

		/**
		 * The meta object literal for the '<em><b>Component</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENERGY_ESTIMATE__COMPONENT = eINSTANCE.getEnergyEstimate_Component();

		/**
		 * The meta object literal for the '<em><b>Joules</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENERGY_ESTIMATE__JOULES = eINSTANCE.getEnergyEstimate_Joules();

		/**
		 * The meta object literal for the '<em><b>Method</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENERGY_ESTIMATE__METHOD = eINSTANCE.getEnergyEstimate_Method();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENERGY_ESTIMATE__SOURCE = eINSTANCE.getEnergyEstimate_Source();

		/**
		 * The meta object literal for the '<em><b>Pue Applied</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENERGY_ESTIMATE__PUE_APPLIED = eINSTANCE.getEnergyEstimate_PueApplied();

		/**
		 * The meta object literal for the '<em><b>Carbon Intensity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENERGY_ESTIMATE__CARBON_INTENSITY = eINSTANCE.getEnergyEstimate_CarbonIntensity();

		/**
		 * The meta object literal for the '<em><b>Co2e Grams</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ENERGY_ESTIMATE__CO2E_GRAMS = eINSTANCE.getEnergyEstimate_Co2eGrams();

		/**
		 * The meta object literal for the '{@link org.provlens.model.impl.AnnotationImpl <em>Annotation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.model.impl.AnnotationImpl
		 * @see org.provlens.model.impl.ProvlensPackageImpl#getAnnotation()
		 * @generated
		 */
		EClass ANNOTATION = eINSTANCE.getAnnotation();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__TEXT = eINSTANCE.getAnnotation_Text();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__AUTHOR = eINSTANCE.getAnnotation_Author();

		/**
		 * The meta object literal for the '<em><b>Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__TIME = eINSTANCE.getAnnotation_Time();

		/**
		 * The meta object literal for the '<em><b>Severity</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__SEVERITY = eINSTANCE.getAnnotation_Severity();

		/**
		 * The meta object literal for the '<em><b>Tags</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ANNOTATION__TAGS = eINSTANCE.getAnnotation_Tags();

		/**
		 * The meta object literal for the '<em><b>Targets</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATION__TARGETS = eINSTANCE.getAnnotation_Targets();

		/**
		 * The meta object literal for the '<em><b>Recommendation</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANNOTATION__RECOMMENDATION = eINSTANCE.getAnnotation_Recommendation();

		/**
		 * The meta object literal for the '{@link org.provlens.model.impl.RecommendationImpl <em>Recommendation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.model.impl.RecommendationImpl
		 * @see org.provlens.model.impl.ProvlensPackageImpl#getRecommendation()
		 * @generated
		 */
		EClass RECOMMENDATION = eINSTANCE.getRecommendation();

		/**
		 * The meta object literal for the '<em><b>Model</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOMMENDATION__MODEL = eINSTANCE.getRecommendation_Model();

		/**
		 * The meta object literal for the '<em><b>Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOMMENDATION__SCORE = eINSTANCE.getRecommendation_Score();

		/**
		 * The meta object literal for the '<em><b>Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOMMENDATION__RATIONALE = eINSTANCE.getRecommendation_Rationale();

		/**
		 * The meta object literal for the '<em><b>Parameters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECOMMENDATION__PARAMETERS = eINSTANCE.getRecommendation_Parameters();

		/**
		 * The meta object literal for the '<em><b>Evidence</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECOMMENDATION__EVIDENCE = eINSTANCE.getRecommendation_Evidence();

		/**
		 * The meta object literal for the '<em><b>Objective</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOMMENDATION__OBJECTIVE = eINSTANCE.getRecommendation_Objective();

		/**
		 * The meta object literal for the '<em><b>Expected Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECOMMENDATION__EXPECTED_OUTCOME = eINSTANCE.getRecommendation_ExpectedOutcome();

		/**
		 * The meta object literal for the '<em><b>Properties</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECOMMENDATION__PROPERTIES = eINSTANCE.getRecommendation_Properties();

		/**
		 * The meta object literal for the '{@link org.provlens.model.impl.ImportRecordImpl <em>Import Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.model.impl.ImportRecordImpl
		 * @see org.provlens.model.impl.ProvlensPackageImpl#getImportRecord()
		 * @generated
		 */
		EClass IMPORT_RECORD = eINSTANCE.getImportRecord();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_RECORD__SOURCE = eINSTANCE.getImportRecord_Source();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_RECORD__FORMAT = eINSTANCE.getImportRecord_Format();

		/**
		 * The meta object literal for the '<em><b>Time</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_RECORD__TIME = eINSTANCE.getImportRecord_Time();

		/**
		 * The meta object literal for the '<em><b>Records</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_RECORD__RECORDS = eINSTANCE.getImportRecord_Records();

		/**
		 * The meta object literal for the '<em><b>Skipped</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_RECORD__SKIPPED = eINSTANCE.getImportRecord_Skipped();

		/**
		 * The meta object literal for the '<em><b>Problems</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IMPORT_RECORD__PROBLEMS = eINSTANCE.getImportRecord_Problems();

		/**
		 * The meta object literal for the '{@link org.provlens.model.impl.StringPropertyImpl <em>String Property</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.model.impl.StringPropertyImpl
		 * @see org.provlens.model.impl.ProvlensPackageImpl#getStringProperty()
		 * @generated
		 */
		EClass STRING_PROPERTY = eINSTANCE.getStringProperty();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRING_PROPERTY__KEY = eINSTANCE.getStringProperty_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STRING_PROPERTY__VALUE = eINSTANCE.getStringProperty_Value();

		/**
		 * The meta object literal for the '{@link org.provlens.model.Status <em>Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.model.Status
		 * @see org.provlens.model.impl.ProvlensPackageImpl#getStatus()
		 * @generated
		 */
		EEnum STATUS = eINSTANCE.getStatus();

		/**
		 * The meta object literal for the '{@link org.provlens.model.ArtifactKind <em>Artifact Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.model.ArtifactKind
		 * @see org.provlens.model.impl.ProvlensPackageImpl#getArtifactKind()
		 * @generated
		 */
		EEnum ARTIFACT_KIND = eINSTANCE.getArtifactKind();

		/**
		 * The meta object literal for the '{@link org.provlens.model.ValueType <em>Value Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.model.ValueType
		 * @see org.provlens.model.impl.ProvlensPackageImpl#getValueType()
		 * @generated
		 */
		EEnum VALUE_TYPE = eINSTANCE.getValueType();

		/**
		 * The meta object literal for the '{@link org.provlens.model.SeriesKind <em>Series Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.model.SeriesKind
		 * @see org.provlens.model.impl.ProvlensPackageImpl#getSeriesKind()
		 * @generated
		 */
		EEnum SERIES_KIND = eINSTANCE.getSeriesKind();

		/**
		 * The meta object literal for the '{@link org.provlens.model.SeriesAxis <em>Series Axis</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.model.SeriesAxis
		 * @see org.provlens.model.impl.ProvlensPackageImpl#getSeriesAxis()
		 * @generated
		 */
		EEnum SERIES_AXIS = eINSTANCE.getSeriesAxis();

		/**
		 * The meta object literal for the '{@link org.provlens.model.DeviceKind <em>Device Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.model.DeviceKind
		 * @see org.provlens.model.impl.ProvlensPackageImpl#getDeviceKind()
		 * @generated
		 */
		EEnum DEVICE_KIND = eINSTANCE.getDeviceKind();

		/**
		 * The meta object literal for the '{@link org.provlens.model.AgentKind <em>Agent Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.model.AgentKind
		 * @see org.provlens.model.impl.ProvlensPackageImpl#getAgentKind()
		 * @generated
		 */
		EEnum AGENT_KIND = eINSTANCE.getAgentKind();

		/**
		 * The meta object literal for the '{@link org.provlens.model.EnergyComponent <em>Energy Component</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.model.EnergyComponent
		 * @see org.provlens.model.impl.ProvlensPackageImpl#getEnergyComponent()
		 * @generated
		 */
		EEnum ENERGY_COMPONENT = eINSTANCE.getEnergyComponent();

		/**
		 * The meta object literal for the '{@link org.provlens.model.EnergyMethod <em>Energy Method</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.model.EnergyMethod
		 * @see org.provlens.model.impl.ProvlensPackageImpl#getEnergyMethod()
		 * @generated
		 */
		EEnum ENERGY_METHOD = eINSTANCE.getEnergyMethod();

		/**
		 * The meta object literal for the '{@link org.provlens.model.Severity <em>Severity</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.model.Severity
		 * @see org.provlens.model.impl.ProvlensPackageImpl#getSeverity()
		 * @generated
		 */
		EEnum SEVERITY = eINSTANCE.getSeverity();

		/**
		 * The meta object literal for the '<em>Double Array</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.model.impl.ProvlensPackageImpl#getDoubleArray()
		 * @generated
		 */
		EDataType DOUBLE_ARRAY = eINSTANCE.getDoubleArray();

	}

} //ProvlensPackage
