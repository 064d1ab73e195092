/**
 */
package org.provlens.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Execution</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something that ran: a workflow run or one of its tasks. Holds what the run used, generated and measured.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.model.Execution#getStatus <em>Status</em>}</li>
 *   <li>{@link org.provlens.model.Execution#getSubmittedAt <em>Submitted At</em>}</li>
 *   <li>{@link org.provlens.model.Execution#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link org.provlens.model.Execution#getEndedAt <em>Ended At</em>}</li>
 *   <li>{@link org.provlens.model.Execution#getRecordedAt <em>Recorded At</em>}</li>
 *   <li>{@link org.provlens.model.Execution#getHost <em>Host</em>}</li>
 *   <li>{@link org.provlens.model.Execution#getAgent <em>Agent</em>}</li>
 *   <li>{@link org.provlens.model.Execution#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.provlens.model.Execution#getMetrics <em>Metrics</em>}</li>
 *   <li>{@link org.provlens.model.Execution#getSeries <em>Series</em>}</li>
 *   <li>{@link org.provlens.model.Execution#getTelemetry <em>Telemetry</em>}</li>
 *   <li>{@link org.provlens.model.Execution#getUsed <em>Used</em>}</li>
 *   <li>{@link org.provlens.model.Execution#getGenerated <em>Generated</em>}</li>
 *   <li>{@link org.provlens.model.Execution#getEnergy <em>Energy</em>}</li>
 *   <li>{@link org.provlens.model.Execution#getProperties <em>Properties</em>}</li>
 * </ul>
 *
 * @see org.provlens.model.ProvlensPackage#getExecution()
 * @model abstract="true"
 * @generated
 */
public interface Execution extends ProvElement {
	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The default value is <code>"UNKNOWN"</code>.
	 * The literals are from the enumeration {@link org.provlens.model.Status}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.provlens.model.Status
	 * @see #setStatus(Status)
	 * @see org.provlens.model.ProvlensPackage#getExecution_Status()
	 * @model default="UNKNOWN"
	 * @generated
	 */
	Status getStatus();

	/**
	 * Sets the value of the '{@link org.provlens.model.Execution#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.provlens.model.Status
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(Status value);

	/**
	 * Returns the value of the '<em><b>Submitted At</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Epoch seconds (UTC) when submitted; NaN when unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Submitted At</em>' attribute.
	 * @see #setSubmittedAt(double)
	 * @see org.provlens.model.ProvlensPackage#getExecution_SubmittedAt()
	 * @model default="NaN"
	 * @generated
	 */
	double getSubmittedAt();

	/**
	 * Sets the value of the '{@link org.provlens.model.Execution#getSubmittedAt <em>Submitted At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Submitted At</em>' attribute.
	 * @see #getSubmittedAt()
	 * @generated
	 */
	void setSubmittedAt(double value);

	/**
	 * Returns the value of the '<em><b>Started At</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Epoch seconds (UTC) when started; NaN when unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Started At</em>' attribute.
	 * @see #setStartedAt(double)
	 * @see org.provlens.model.ProvlensPackage#getExecution_StartedAt()
	 * @model default="NaN"
	 * @generated
	 */
	double getStartedAt();

	/**
	 * Sets the value of the '{@link org.provlens.model.Execution#getStartedAt <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Started At</em>' attribute.
	 * @see #getStartedAt()
	 * @generated
	 */
	void setStartedAt(double value);

	/**
	 * Returns the value of the '<em><b>Ended At</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Epoch seconds (UTC) when ended; NaN when unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ended At</em>' attribute.
	 * @see #setEndedAt(double)
	 * @see org.provlens.model.ProvlensPackage#getExecution_EndedAt()
	 * @model default="NaN"
	 * @generated
	 */
	double getEndedAt();

	/**
	 * Sets the value of the '{@link org.provlens.model.Execution#getEndedAt <em>Ended At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ended At</em>' attribute.
	 * @see #getEndedAt()
	 * @generated
	 */
	void setEndedAt(double value);

	/**
	 * Returns the value of the '<em><b>Recorded At</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Epoch seconds when the capture tool emitted the record (Flowcept utc_timestamp); its clock may differ from the execution's own times by the capture host's time zone. NaN when unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Recorded At</em>' attribute.
	 * @see #setRecordedAt(double)
	 * @see org.provlens.model.ProvlensPackage#getExecution_RecordedAt()
	 * @model default="NaN"
	 * @generated
	 */
	double getRecordedAt();

	/**
	 * Sets the value of the '{@link org.provlens.model.Execution#getRecordedAt <em>Recorded At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recorded At</em>' attribute.
	 * @see #getRecordedAt()
	 * @generated
	 */
	void setRecordedAt(double value);

	/**
	 * Returns the value of the '<em><b>Host</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The node this ran on.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Host</em>' reference.
	 * @see #setHost(Host)
	 * @see org.provlens.model.ProvlensPackage#getExecution_Host()
	 * @model
	 * @generated
	 */
	Host getHost();

	/**
	 * Sets the value of the '{@link org.provlens.model.Execution#getHost <em>Host</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Host</em>' reference.
	 * @see #getHost()
	 * @generated
	 */
	void setHost(Host value);

	/**
	 * Returns the value of the '<em><b>Agent</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Who or what ran it (user, software agent).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Agent</em>' reference.
	 * @see #setAgent(Agent)
	 * @see org.provlens.model.ProvlensPackage#getExecution_Agent()
	 * @model
	 * @generated
	 */
	Agent getAgent();

	/**
	 * Sets the value of the '{@link org.provlens.model.Execution#getAgent <em>Agent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Agent</em>' reference.
	 * @see #getAgent()
	 * @generated
	 */
	void setAgent(Agent value);

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link org.provlens.model.Parameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Typed inputs: hyperparameters and configuration.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference list.
	 * @see org.provlens.model.ProvlensPackage#getExecution_Parameters()
	 * @model containment="true"
	 * @generated
	 */
	EList<Parameter> getParameters();

	/**
	 * Returns the value of the '<em><b>Metrics</b></em>' containment reference list.
	 * The list contents are of type {@link org.provlens.model.Metric}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Scalar outputs such as final loss or accuracy.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Metrics</em>' containment reference list.
	 * @see org.provlens.model.ProvlensPackage#getExecution_Metrics()
	 * @model containment="true"
	 * @generated
	 */
	EList<Metric> getMetrics();

	/**
	 * Returns the value of the '<em><b>Series</b></em>' containment reference list.
	 * The list contents are of type {@link org.provlens.model.Series}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Metric and telemetry series sampled over steps or time.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Series</em>' containment reference list.
	 * @see org.provlens.model.ProvlensPackage#getExecution_Series()
	 * @model containment="true"
	 * @generated
	 */
	EList<Series> getSeries();

	/**
	 * Returns the value of the '<em><b>Telemetry</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Telemetry snapshots at start and end (Flowcept telemetry_at_start/telemetry_at_end).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Telemetry</em>' containment reference.
	 * @see #setTelemetry(Telemetry)
	 * @see org.provlens.model.ProvlensPackage#getExecution_Telemetry()
	 * @model containment="true"
	 * @generated
	 */
	Telemetry getTelemetry();

	/**
	 * Sets the value of the '{@link org.provlens.model.Execution#getTelemetry <em>Telemetry</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Telemetry</em>' containment reference.
	 * @see #getTelemetry()
	 * @generated
	 */
	void setTelemetry(Telemetry value);

	/**
	 * Returns the value of the '<em><b>Used</b></em>' containment reference list.
	 * The list contents are of type {@link org.provlens.model.ArtifactLink}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * PROV used: artifacts read by this execution.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Used</em>' containment reference list.
	 * @see org.provlens.model.ProvlensPackage#getExecution_Used()
	 * @model containment="true"
	 * @generated
	 */
	EList<ArtifactLink> getUsed();

	/**
	 * Returns the value of the '<em><b>Generated</b></em>' containment reference list.
	 * The list contents are of type {@link org.provlens.model.ArtifactLink}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * PROV wasGeneratedBy: artifacts written by this execution.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Generated</em>' containment reference list.
	 * @see org.provlens.model.ProvlensPackage#getExecution_Generated()
	 * @model containment="true"
	 * @generated
	 */
	EList<ArtifactLink> getGenerated();

	/**
	 * Returns the value of the '<em><b>Energy</b></em>' containment reference list.
	 * The list contents are of type {@link org.provlens.model.EnergyEstimate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Energy</em>' containment reference list.
	 * @see org.provlens.model.ProvlensPackage#getExecution_Energy()
	 * @model containment="true"
	 * @generated
	 */
	EList<EnergyEstimate> getEnergy();

	/**
	 * Returns the value of the '<em><b>Properties</b></em>' containment reference list.
	 * The list contents are of type {@link org.provlens.model.StringProperty}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Source metadata without a dedicated feature (adapter id, IP addresses, custom metadata, ...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Properties</em>' containment reference list.
	 * @see org.provlens.model.ProvlensPackage#getExecution_Properties()
	 * @model containment="true"
	 * @generated
	 */
	EList<StringProperty> getProperties();

} // Execution
