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
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.provlens.model.Agent;
import org.provlens.model.Annotation;
import org.provlens.model.Artifact;
import org.provlens.model.Campaign;
import org.provlens.model.ImportRecord;
import org.provlens.model.ProvlensPackage;
import org.provlens.model.Recommendation;
import org.provlens.model.Site;
import org.provlens.model.TelemetrySchema;
import org.provlens.model.Workspace;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Workspace</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.model.impl.WorkspaceImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.provlens.model.impl.WorkspaceImpl#getCampaigns <em>Campaigns</em>}</li>
 *   <li>{@link org.provlens.model.impl.WorkspaceImpl#getArtifacts <em>Artifacts</em>}</li>
 *   <li>{@link org.provlens.model.impl.WorkspaceImpl#getSites <em>Sites</em>}</li>
 *   <li>{@link org.provlens.model.impl.WorkspaceImpl#getAgents <em>Agents</em>}</li>
 *   <li>{@link org.provlens.model.impl.WorkspaceImpl#getTelemetrySchemas <em>Telemetry Schemas</em>}</li>
 *   <li>{@link org.provlens.model.impl.WorkspaceImpl#getAnnotations <em>Annotations</em>}</li>
 *   <li>{@link org.provlens.model.impl.WorkspaceImpl#getRecommendations <em>Recommendations</em>}</li>
 *   <li>{@link org.provlens.model.impl.WorkspaceImpl#getImports <em>Imports</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WorkspaceImpl extends MinimalEObjectImpl.Container implements Workspace {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCampaigns() <em>Campaigns</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCampaigns()
	 * @generated
	 * @ordered
	 */
	protected EList<Campaign> campaigns;

	/**
	 * The cached value of the '{@link #getArtifacts() <em>Artifacts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArtifacts()
	 * @generated
	 * @ordered
	 */
	protected EList<Artifact> artifacts;

	/**
	 * The cached value of the '{@link #getSites() <em>Sites</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSites()
	 * @generated
	 * @ordered
	 */
	protected EList<Site> sites;

	/**
	 * The cached value of the '{@link #getAgents() <em>Agents</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgents()
	 * @generated
	 * @ordered
	 */
	protected EList<Agent> agents;

	/**
	 * The cached value of the '{@link #getTelemetrySchemas() <em>Telemetry Schemas</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTelemetrySchemas()
	 * @generated
	 * @ordered
	 */
	protected EList<TelemetrySchema> telemetrySchemas;

	/**
	 * The cached value of the '{@link #getAnnotations() <em>Annotations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnnotations()
	 * @generated
	 * @ordered
	 */
	protected EList<Annotation> annotations;

	/**
	 * The cached value of the '{@link #getRecommendations() <em>Recommendations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecommendations()
	 * @generated
	 * @ordered
	 */
	protected EList<Recommendation> recommendations;

	/**
	 * The cached value of the '{@link #getImports() <em>Imports</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImports()
	 * @generated
	 * @ordered
	 */
	protected EList<ImportRecord> imports;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WorkspaceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProvlensPackage.Literals.WORKSPACE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProvlensPackage.WORKSPACE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Campaign> getCampaigns() {
		if (campaigns == null) {
			campaigns = new EObjectContainmentEList<Campaign>(Campaign.class, this, ProvlensPackage.WORKSPACE__CAMPAIGNS);
		}
		return campaigns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Artifact> getArtifacts() {
		if (artifacts == null) {
			artifacts = new EObjectContainmentEList<Artifact>(Artifact.class, this, ProvlensPackage.WORKSPACE__ARTIFACTS);
		}
		return artifacts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Site> getSites() {
		if (sites == null) {
			sites = new EObjectContainmentEList<Site>(Site.class, this, ProvlensPackage.WORKSPACE__SITES);
		}
		return sites;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Agent> getAgents() {
		if (agents == null) {
			agents = new EObjectContainmentEList<Agent>(Agent.class, this, ProvlensPackage.WORKSPACE__AGENTS);
		}
		return agents;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<TelemetrySchema> getTelemetrySchemas() {
		if (telemetrySchemas == null) {
			telemetrySchemas = new EObjectContainmentEList<TelemetrySchema>(TelemetrySchema.class, this, ProvlensPackage.WORKSPACE__TELEMETRY_SCHEMAS);
		}
		return telemetrySchemas;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Annotation> getAnnotations() {
		if (annotations == null) {
			annotations = new EObjectContainmentEList<Annotation>(Annotation.class, this, ProvlensPackage.WORKSPACE__ANNOTATIONS);
		}
		return annotations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Recommendation> getRecommendations() {
		if (recommendations == null) {
			recommendations = new EObjectContainmentEList<Recommendation>(Recommendation.class, this, ProvlensPackage.WORKSPACE__RECOMMENDATIONS);
		}
		return recommendations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ImportRecord> getImports() {
		if (imports == null) {
			imports = new EObjectContainmentEList<ImportRecord>(ImportRecord.class, this, ProvlensPackage.WORKSPACE__IMPORTS);
		}
		return imports;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ProvlensPackage.WORKSPACE__CAMPAIGNS:
				return ((InternalEList<?>)getCampaigns()).basicRemove(otherEnd, msgs);
			case ProvlensPackage.WORKSPACE__ARTIFACTS:
				return ((InternalEList<?>)getArtifacts()).basicRemove(otherEnd, msgs);
			case ProvlensPackage.WORKSPACE__SITES:
				return ((InternalEList<?>)getSites()).basicRemove(otherEnd, msgs);
			case ProvlensPackage.WORKSPACE__AGENTS:
				return ((InternalEList<?>)getAgents()).basicRemove(otherEnd, msgs);
			case ProvlensPackage.WORKSPACE__TELEMETRY_SCHEMAS:
				return ((InternalEList<?>)getTelemetrySchemas()).basicRemove(otherEnd, msgs);
			case ProvlensPackage.WORKSPACE__ANNOTATIONS:
				return ((InternalEList<?>)getAnnotations()).basicRemove(otherEnd, msgs);
			case ProvlensPackage.WORKSPACE__RECOMMENDATIONS:
				return ((InternalEList<?>)getRecommendations()).basicRemove(otherEnd, msgs);
			case ProvlensPackage.WORKSPACE__IMPORTS:
				return ((InternalEList<?>)getImports()).basicRemove(otherEnd, msgs);
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
			case ProvlensPackage.WORKSPACE__NAME:
				return getName();
			case ProvlensPackage.WORKSPACE__CAMPAIGNS:
				return getCampaigns();
			case ProvlensPackage.WORKSPACE__ARTIFACTS:
				return getArtifacts();
			case ProvlensPackage.WORKSPACE__SITES:
				return getSites();
			case ProvlensPackage.WORKSPACE__AGENTS:
				return getAgents();
			case ProvlensPackage.WORKSPACE__TELEMETRY_SCHEMAS:
				return getTelemetrySchemas();
			case ProvlensPackage.WORKSPACE__ANNOTATIONS:
				return getAnnotations();
			case ProvlensPackage.WORKSPACE__RECOMMENDATIONS:
				return getRecommendations();
			case ProvlensPackage.WORKSPACE__IMPORTS:
				return getImports();
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
			case ProvlensPackage.WORKSPACE__NAME:
				setName((String)newValue);
				return;
			case ProvlensPackage.WORKSPACE__CAMPAIGNS:
				getCampaigns().clear();
				getCampaigns().addAll((Collection<? extends Campaign>)newValue);
				return;
			case ProvlensPackage.WORKSPACE__ARTIFACTS:
				getArtifacts().clear();
				getArtifacts().addAll((Collection<? extends Artifact>)newValue);
				return;
			case ProvlensPackage.WORKSPACE__SITES:
				getSites().clear();
				getSites().addAll((Collection<? extends Site>)newValue);
				return;
			case ProvlensPackage.WORKSPACE__AGENTS:
				getAgents().clear();
				getAgents().addAll((Collection<? extends Agent>)newValue);
				return;
			case ProvlensPackage.WORKSPACE__TELEMETRY_SCHEMAS:
				getTelemetrySchemas().clear();
				getTelemetrySchemas().addAll((Collection<? extends TelemetrySchema>)newValue);
				return;
			case ProvlensPackage.WORKSPACE__ANNOTATIONS:
				getAnnotations().clear();
				getAnnotations().addAll((Collection<? extends Annotation>)newValue);
				return;
			case ProvlensPackage.WORKSPACE__RECOMMENDATIONS:
				getRecommendations().clear();
				getRecommendations().addAll((Collection<? extends Recommendation>)newValue);
				return;
			case ProvlensPackage.WORKSPACE__IMPORTS:
				getImports().clear();
				getImports().addAll((Collection<? extends ImportRecord>)newValue);
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
			case ProvlensPackage.WORKSPACE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ProvlensPackage.WORKSPACE__CAMPAIGNS:
				getCampaigns().clear();
				return;
			case ProvlensPackage.WORKSPACE__ARTIFACTS:
				getArtifacts().clear();
				return;
			case ProvlensPackage.WORKSPACE__SITES:
				getSites().clear();
				return;
			case ProvlensPackage.WORKSPACE__AGENTS:
				getAgents().clear();
				return;
			case ProvlensPackage.WORKSPACE__TELEMETRY_SCHEMAS:
				getTelemetrySchemas().clear();
				return;
			case ProvlensPackage.WORKSPACE__ANNOTATIONS:
				getAnnotations().clear();
				return;
			case ProvlensPackage.WORKSPACE__RECOMMENDATIONS:
				getRecommendations().clear();
				return;
			case ProvlensPackage.WORKSPACE__IMPORTS:
				getImports().clear();
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
			case ProvlensPackage.WORKSPACE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ProvlensPackage.WORKSPACE__CAMPAIGNS:
				return campaigns != null && !campaigns.isEmpty();
			case ProvlensPackage.WORKSPACE__ARTIFACTS:
				return artifacts != null && !artifacts.isEmpty();
			case ProvlensPackage.WORKSPACE__SITES:
				return sites != null && !sites.isEmpty();
			case ProvlensPackage.WORKSPACE__AGENTS:
				return agents != null && !agents.isEmpty();
			case ProvlensPackage.WORKSPACE__TELEMETRY_SCHEMAS:
				return telemetrySchemas != null && !telemetrySchemas.isEmpty();
			case ProvlensPackage.WORKSPACE__ANNOTATIONS:
				return annotations != null && !annotations.isEmpty();
			case ProvlensPackage.WORKSPACE__RECOMMENDATIONS:
				return recommendations != null && !recommendations.isEmpty();
			case ProvlensPackage.WORKSPACE__IMPORTS:
				return imports != null && !imports.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(')');
		return result.toString();
	}

} //WorkspaceImpl
