/**
 */
package org.provlens.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Workspace</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a persisted ProvLens workspace: every campaign, shared artifact, site, agent, annotation and recommendation.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.model.Workspace#getName <em>Name</em>}</li>
 *   <li>{@link org.provlens.model.Workspace#getCampaigns <em>Campaigns</em>}</li>
 *   <li>{@link org.provlens.model.Workspace#getArtifacts <em>Artifacts</em>}</li>
 *   <li>{@link org.provlens.model.Workspace#getSites <em>Sites</em>}</li>
 *   <li>{@link org.provlens.model.Workspace#getAgents <em>Agents</em>}</li>
 *   <li>{@link org.provlens.model.Workspace#getTelemetrySchemas <em>Telemetry Schemas</em>}</li>
 *   <li>{@link org.provlens.model.Workspace#getAnnotations <em>Annotations</em>}</li>
 *   <li>{@link org.provlens.model.Workspace#getRecommendations <em>Recommendations</em>}</li>
 *   <li>{@link org.provlens.model.Workspace#getImports <em>Imports</em>}</li>
 * </ul>
 *
 * @see org.provlens.model.ProvlensPackage#getWorkspace()
 * @model
 * @generated
 */
public interface Workspace extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.provlens.model.ProvlensPackage#getWorkspace_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.provlens.model.Workspace#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Campaigns</b></em>' containment reference list.
	 * The list contents are of type {@link org.provlens.model.Campaign}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Campaigns</em>' containment reference list.
	 * @see org.provlens.model.ProvlensPackage#getWorkspace_Campaigns()
	 * @model containment="true"
	 * @generated
	 */
	EList<Campaign> getCampaigns();

	/**
	 * Returns the value of the '<em><b>Artifacts</b></em>' containment reference list.
	 * The list contents are of type {@link org.provlens.model.Artifact}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Artifacts are shared by every workflow so lineage crosses runs; identity is the content hash or URI.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Artifacts</em>' containment reference list.
	 * @see org.provlens.model.ProvlensPackage#getWorkspace_Artifacts()
	 * @model containment="true"
	 * @generated
	 */
	EList<Artifact> getArtifacts();

	/**
	 * Returns the value of the '<em><b>Sites</b></em>' containment reference list.
	 * The list contents are of type {@link org.provlens.model.Site}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sites</em>' containment reference list.
	 * @see org.provlens.model.ProvlensPackage#getWorkspace_Sites()
	 * @model containment="true"
	 * @generated
	 */
	EList<Site> getSites();

	/**
	 * Returns the value of the '<em><b>Agents</b></em>' containment reference list.
	 * The list contents are of type {@link org.provlens.model.Agent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Agents</em>' containment reference list.
	 * @see org.provlens.model.ProvlensPackage#getWorkspace_Agents()
	 * @model containment="true"
	 * @generated
	 */
	EList<Agent> getAgents();

	/**
	 * Returns the value of the '<em><b>Telemetry Schemas</b></em>' containment reference list.
	 * The list contents are of type {@link org.provlens.model.TelemetrySchema}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Channel layouts shared by the telemetry snapshots of many tasks.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Telemetry Schemas</em>' containment reference list.
	 * @see org.provlens.model.ProvlensPackage#getWorkspace_TelemetrySchemas()
	 * @model containment="true"
	 * @generated
	 */
	EList<TelemetrySchema> getTelemetrySchemas();

	/**
	 * Returns the value of the '<em><b>Annotations</b></em>' containment reference list.
	 * The list contents are of type {@link org.provlens.model.Annotation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Annotations</em>' containment reference list.
	 * @see org.provlens.model.ProvlensPackage#getWorkspace_Annotations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Annotation> getAnnotations();

	/**
	 * Returns the value of the '<em><b>Recommendations</b></em>' containment reference list.
	 * The list contents are of type {@link org.provlens.model.Recommendation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recommendations</em>' containment reference list.
	 * @see org.provlens.model.ProvlensPackage#getWorkspace_Recommendations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Recommendation> getRecommendations();

	/**
	 * Returns the value of the '<em><b>Imports</b></em>' containment reference list.
	 * The list contents are of type {@link org.provlens.model.ImportRecord}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What was imported into this workspace, from where and with which problems.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Imports</em>' containment reference list.
	 * @see org.provlens.model.ProvlensPackage#getWorkspace_Imports()
	 * @model containment="true"
	 * @generated
	 */
	EList<ImportRecord> getImports();

} // Workspace
