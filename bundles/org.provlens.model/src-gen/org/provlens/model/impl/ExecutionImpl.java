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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.provlens.model.Agent;
import org.provlens.model.ArtifactLink;
import org.provlens.model.EnergyEstimate;
import org.provlens.model.Execution;
import org.provlens.model.Host;
import org.provlens.model.Metric;
import org.provlens.model.Parameter;
import org.provlens.model.ProvlensPackage;
import org.provlens.model.Series;
import org.provlens.model.Status;
import org.provlens.model.StringProperty;
import org.provlens.model.Telemetry;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Execution</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.model.impl.ExecutionImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.provlens.model.impl.ExecutionImpl#getSubmittedAt <em>Submitted At</em>}</li>
 *   <li>{@link org.provlens.model.impl.ExecutionImpl#getStartedAt <em>Started At</em>}</li>
 *   <li>{@link org.provlens.model.impl.ExecutionImpl#getEndedAt <em>Ended At</em>}</li>
 *   <li>{@link org.provlens.model.impl.ExecutionImpl#getRecordedAt <em>Recorded At</em>}</li>
 *   <li>{@link org.provlens.model.impl.ExecutionImpl#getHost <em>Host</em>}</li>
 *   <li>{@link org.provlens.model.impl.ExecutionImpl#getAgent <em>Agent</em>}</li>
 *   <li>{@link org.provlens.model.impl.ExecutionImpl#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.provlens.model.impl.ExecutionImpl#getMetrics <em>Metrics</em>}</li>
 *   <li>{@link org.provlens.model.impl.ExecutionImpl#getSeries <em>Series</em>}</li>
 *   <li>{@link org.provlens.model.impl.ExecutionImpl#getTelemetry <em>Telemetry</em>}</li>
 *   <li>{@link org.provlens.model.impl.ExecutionImpl#getUsed <em>Used</em>}</li>
 *   <li>{@link org.provlens.model.impl.ExecutionImpl#getGenerated <em>Generated</em>}</li>
 *   <li>{@link org.provlens.model.impl.ExecutionImpl#getEnergy <em>Energy</em>}</li>
 *   <li>{@link org.provlens.model.impl.ExecutionImpl#getProperties <em>Properties</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class ExecutionImpl extends ProvElementImpl implements Execution {
	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final Status STATUS_EDEFAULT = Status.UNKNOWN;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected Status status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSubmittedAt() <em>Submitted At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubmittedAt()
	 * @generated
	 * @ordered
	 */
	protected static final double SUBMITTED_AT_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getSubmittedAt() <em>Submitted At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubmittedAt()
	 * @generated
	 * @ordered
	 */
	protected double submittedAt = SUBMITTED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getStartedAt() <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartedAt()
	 * @generated
	 * @ordered
	 */
	protected static final double STARTED_AT_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getStartedAt() <em>Started At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStartedAt()
	 * @generated
	 * @ordered
	 */
	protected double startedAt = STARTED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getEndedAt() <em>Ended At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndedAt()
	 * @generated
	 * @ordered
	 */
	protected static final double ENDED_AT_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getEndedAt() <em>Ended At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEndedAt()
	 * @generated
	 * @ordered
	 */
	protected double endedAt = ENDED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecordedAt() <em>Recorded At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordedAt()
	 * @generated
	 * @ordered
	 */
	protected static final double RECORDED_AT_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getRecordedAt() <em>Recorded At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecordedAt()
	 * @generated
	 * @ordered
	 */
	protected double recordedAt = RECORDED_AT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getHost() <em>Host</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHost()
	 * @generated
	 * @ordered
	 */
	protected Host host;

	/**
	 * The cached value of the '{@link #getAgent() <em>Agent</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAgent()
	 * @generated
	 * @ordered
	 */
	protected Agent agent;

	/**
	 * The cached value of the '{@link #getParameters() <em>Parameters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getParameters()
	 * @generated
	 * @ordered
	 */
	protected EList<Parameter> parameters;

	/**
	 * The cached value of the '{@link #getMetrics() <em>Metrics</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetrics()
	 * @generated
	 * @ordered
	 */
	protected EList<Metric> metrics;

	/**
	 * The cached value of the '{@link #getSeries() <em>Series</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeries()
	 * @generated
	 * @ordered
	 */
	protected EList<Series> series;

	/**
	 * The cached value of the '{@link #getTelemetry() <em>Telemetry</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTelemetry()
	 * @generated
	 * @ordered
	 */
	protected Telemetry telemetry;

	/**
	 * The cached value of the '{@link #getUsed() <em>Used</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUsed()
	 * @generated
	 * @ordered
	 */
	protected EList<ArtifactLink> used;

	/**
	 * The cached value of the '{@link #getGenerated() <em>Generated</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGenerated()
	 * @generated
	 * @ordered
	 */
	protected EList<ArtifactLink> generated;

	/**
	 * The cached value of the '{@link #getEnergy() <em>Energy</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnergy()
	 * @generated
	 * @ordered
	 */
	protected EList<EnergyEstimate> energy;

	/**
	 * The cached value of the '{@link #getProperties() <em>Properties</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProperties()
	 * @generated
	 * @ordered
	 */
	protected EList<StringProperty> properties;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ExecutionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProvlensPackage.Literals.EXECUTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Status getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(Status newStatus) {
		Status oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProvlensPackage.EXECUTION__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getSubmittedAt() {
		return submittedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubmittedAt(double newSubmittedAt) {
		double oldSubmittedAt = submittedAt;
		submittedAt = newSubmittedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProvlensPackage.EXECUTION__SUBMITTED_AT, oldSubmittedAt, submittedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getStartedAt() {
		return startedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStartedAt(double newStartedAt) {
		double oldStartedAt = startedAt;
		startedAt = newStartedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProvlensPackage.EXECUTION__STARTED_AT, oldStartedAt, startedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getEndedAt() {
		return endedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEndedAt(double newEndedAt) {
		double oldEndedAt = endedAt;
		endedAt = newEndedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProvlensPackage.EXECUTION__ENDED_AT, oldEndedAt, endedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getRecordedAt() {
		return recordedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecordedAt(double newRecordedAt) {
		double oldRecordedAt = recordedAt;
		recordedAt = newRecordedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProvlensPackage.EXECUTION__RECORDED_AT, oldRecordedAt, recordedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Host getHost() {
		if (host != null && host.eIsProxy()) {
			InternalEObject oldHost = (InternalEObject)host;
			host = (Host)eResolveProxy(oldHost);
			if (host != oldHost) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProvlensPackage.EXECUTION__HOST, oldHost, host));
			}
		}
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Host basicGetHost() {
		return host;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHost(Host newHost) {
		Host oldHost = host;
		host = newHost;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProvlensPackage.EXECUTION__HOST, oldHost, host));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Agent getAgent() {
		if (agent != null && agent.eIsProxy()) {
			InternalEObject oldAgent = (InternalEObject)agent;
			agent = (Agent)eResolveProxy(oldAgent);
			if (agent != oldAgent) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProvlensPackage.EXECUTION__AGENT, oldAgent, agent));
			}
		}
		return agent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Agent basicGetAgent() {
		return agent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAgent(Agent newAgent) {
		Agent oldAgent = agent;
		agent = newAgent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProvlensPackage.EXECUTION__AGENT, oldAgent, agent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Parameter> getParameters() {
		if (parameters == null) {
			parameters = new EObjectContainmentEList<Parameter>(Parameter.class, this, ProvlensPackage.EXECUTION__PARAMETERS);
		}
		return parameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Metric> getMetrics() {
		if (metrics == null) {
			metrics = new EObjectContainmentEList<Metric>(Metric.class, this, ProvlensPackage.EXECUTION__METRICS);
		}
		return metrics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Series> getSeries() {
		if (series == null) {
			series = new EObjectContainmentEList<Series>(Series.class, this, ProvlensPackage.EXECUTION__SERIES);
		}
		return series;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Telemetry getTelemetry() {
		return telemetry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTelemetry(Telemetry newTelemetry, NotificationChain msgs) {
		Telemetry oldTelemetry = telemetry;
		telemetry = newTelemetry;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ProvlensPackage.EXECUTION__TELEMETRY, oldTelemetry, newTelemetry);
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
	public void setTelemetry(Telemetry newTelemetry) {
		if (newTelemetry != telemetry) {
			NotificationChain msgs = null;
			if (telemetry != null)
				msgs = ((InternalEObject)telemetry).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ProvlensPackage.EXECUTION__TELEMETRY, null, msgs);
			if (newTelemetry != null)
				msgs = ((InternalEObject)newTelemetry).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ProvlensPackage.EXECUTION__TELEMETRY, null, msgs);
			msgs = basicSetTelemetry(newTelemetry, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProvlensPackage.EXECUTION__TELEMETRY, newTelemetry, newTelemetry));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ArtifactLink> getUsed() {
		if (used == null) {
			used = new EObjectContainmentEList<ArtifactLink>(ArtifactLink.class, this, ProvlensPackage.EXECUTION__USED);
		}
		return used;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ArtifactLink> getGenerated() {
		if (generated == null) {
			generated = new EObjectContainmentEList<ArtifactLink>(ArtifactLink.class, this, ProvlensPackage.EXECUTION__GENERATED);
		}
		return generated;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EnergyEstimate> getEnergy() {
		if (energy == null) {
			energy = new EObjectContainmentEList<EnergyEstimate>(EnergyEstimate.class, this, ProvlensPackage.EXECUTION__ENERGY);
		}
		return energy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StringProperty> getProperties() {
		if (properties == null) {
			properties = new EObjectContainmentEList<StringProperty>(StringProperty.class, this, ProvlensPackage.EXECUTION__PROPERTIES);
		}
		return properties;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ProvlensPackage.EXECUTION__PARAMETERS:
				return ((InternalEList<?>)getParameters()).basicRemove(otherEnd, msgs);
			case ProvlensPackage.EXECUTION__METRICS:
				return ((InternalEList<?>)getMetrics()).basicRemove(otherEnd, msgs);
			case ProvlensPackage.EXECUTION__SERIES:
				return ((InternalEList<?>)getSeries()).basicRemove(otherEnd, msgs);
			case ProvlensPackage.EXECUTION__TELEMETRY:
				return basicSetTelemetry(null, msgs);
			case ProvlensPackage.EXECUTION__USED:
				return ((InternalEList<?>)getUsed()).basicRemove(otherEnd, msgs);
			case ProvlensPackage.EXECUTION__GENERATED:
				return ((InternalEList<?>)getGenerated()).basicRemove(otherEnd, msgs);
			case ProvlensPackage.EXECUTION__ENERGY:
				return ((InternalEList<?>)getEnergy()).basicRemove(otherEnd, msgs);
			case ProvlensPackage.EXECUTION__PROPERTIES:
				return ((InternalEList<?>)getProperties()).basicRemove(otherEnd, msgs);
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
			case ProvlensPackage.EXECUTION__STATUS:
				return getStatus();
			case ProvlensPackage.EXECUTION__SUBMITTED_AT:
				return getSubmittedAt();
			case ProvlensPackage.EXECUTION__STARTED_AT:
				return getStartedAt();
			case ProvlensPackage.EXECUTION__ENDED_AT:
				return getEndedAt();
			case ProvlensPackage.EXECUTION__RECORDED_AT:
				return getRecordedAt();
			case ProvlensPackage.EXECUTION__HOST:
				if (resolve) return getHost();
				return basicGetHost();
			case ProvlensPackage.EXECUTION__AGENT:
				if (resolve) return getAgent();
				return basicGetAgent();
			case ProvlensPackage.EXECUTION__PARAMETERS:
				return getParameters();
			case ProvlensPackage.EXECUTION__METRICS:
				return getMetrics();
			case ProvlensPackage.EXECUTION__SERIES:
				return getSeries();
			case ProvlensPackage.EXECUTION__TELEMETRY:
				return getTelemetry();
			case ProvlensPackage.EXECUTION__USED:
				return getUsed();
			case ProvlensPackage.EXECUTION__GENERATED:
				return getGenerated();
			case ProvlensPackage.EXECUTION__ENERGY:
				return getEnergy();
			case ProvlensPackage.EXECUTION__PROPERTIES:
				return getProperties();
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
			case ProvlensPackage.EXECUTION__STATUS:
				setStatus((Status)newValue);
				return;
			case ProvlensPackage.EXECUTION__SUBMITTED_AT:
				setSubmittedAt((Double)newValue);
				return;
			case ProvlensPackage.EXECUTION__STARTED_AT:
				setStartedAt((Double)newValue);
				return;
			case ProvlensPackage.EXECUTION__ENDED_AT:
				setEndedAt((Double)newValue);
				return;
			case ProvlensPackage.EXECUTION__RECORDED_AT:
				setRecordedAt((Double)newValue);
				return;
			case ProvlensPackage.EXECUTION__HOST:
				setHost((Host)newValue);
				return;
			case ProvlensPackage.EXECUTION__AGENT:
				setAgent((Agent)newValue);
				return;
			case ProvlensPackage.EXECUTION__PARAMETERS:
				getParameters().clear();
				getParameters().addAll((Collection<? extends Parameter>)newValue);
				return;
			case ProvlensPackage.EXECUTION__METRICS:
				getMetrics().clear();
				getMetrics().addAll((Collection<? extends Metric>)newValue);
				return;
			case ProvlensPackage.EXECUTION__SERIES:
				getSeries().clear();
				getSeries().addAll((Collection<? extends Series>)newValue);
				return;
			case ProvlensPackage.EXECUTION__TELEMETRY:
				setTelemetry((Telemetry)newValue);
				return;
			case ProvlensPackage.EXECUTION__USED:
				getUsed().clear();
				getUsed().addAll((Collection<? extends ArtifactLink>)newValue);
				return;
			case ProvlensPackage.EXECUTION__GENERATED:
				getGenerated().clear();
				getGenerated().addAll((Collection<? extends ArtifactLink>)newValue);
				return;
			case ProvlensPackage.EXECUTION__ENERGY:
				getEnergy().clear();
				getEnergy().addAll((Collection<? extends EnergyEstimate>)newValue);
				return;
			case ProvlensPackage.EXECUTION__PROPERTIES:
				getProperties().clear();
				getProperties().addAll((Collection<? extends StringProperty>)newValue);
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
			case ProvlensPackage.EXECUTION__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case ProvlensPackage.EXECUTION__SUBMITTED_AT:
				setSubmittedAt(SUBMITTED_AT_EDEFAULT);
				return;
			case ProvlensPackage.EXECUTION__STARTED_AT:
				setStartedAt(STARTED_AT_EDEFAULT);
				return;
			case ProvlensPackage.EXECUTION__ENDED_AT:
				setEndedAt(ENDED_AT_EDEFAULT);
				return;
			case ProvlensPackage.EXECUTION__RECORDED_AT:
				setRecordedAt(RECORDED_AT_EDEFAULT);
				return;
			case ProvlensPackage.EXECUTION__HOST:
				setHost((Host)null);
				return;
			case ProvlensPackage.EXECUTION__AGENT:
				setAgent((Agent)null);
				return;
			case ProvlensPackage.EXECUTION__PARAMETERS:
				getParameters().clear();
				return;
			case ProvlensPackage.EXECUTION__METRICS:
				getMetrics().clear();
				return;
			case ProvlensPackage.EXECUTION__SERIES:
				getSeries().clear();
				return;
			case ProvlensPackage.EXECUTION__TELEMETRY:
				setTelemetry((Telemetry)null);
				return;
			case ProvlensPackage.EXECUTION__USED:
				getUsed().clear();
				return;
			case ProvlensPackage.EXECUTION__GENERATED:
				getGenerated().clear();
				return;
			case ProvlensPackage.EXECUTION__ENERGY:
				getEnergy().clear();
				return;
			case ProvlensPackage.EXECUTION__PROPERTIES:
				getProperties().clear();
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
			case ProvlensPackage.EXECUTION__STATUS:
				return status != STATUS_EDEFAULT;
			case ProvlensPackage.EXECUTION__SUBMITTED_AT:
				return submittedAt != SUBMITTED_AT_EDEFAULT;
			case ProvlensPackage.EXECUTION__STARTED_AT:
				return startedAt != STARTED_AT_EDEFAULT;
			case ProvlensPackage.EXECUTION__ENDED_AT:
				return endedAt != ENDED_AT_EDEFAULT;
			case ProvlensPackage.EXECUTION__RECORDED_AT:
				return recordedAt != RECORDED_AT_EDEFAULT;
			case ProvlensPackage.EXECUTION__HOST:
				return host != null;
			case ProvlensPackage.EXECUTION__AGENT:
				return agent != null;
			case ProvlensPackage.EXECUTION__PARAMETERS:
				return parameters != null && !parameters.isEmpty();
			case ProvlensPackage.EXECUTION__METRICS:
				return metrics != null && !metrics.isEmpty();
			case ProvlensPackage.EXECUTION__SERIES:
				return series != null && !series.isEmpty();
			case ProvlensPackage.EXECUTION__TELEMETRY:
				return telemetry != null;
			case ProvlensPackage.EXECUTION__USED:
				return used != null && !used.isEmpty();
			case ProvlensPackage.EXECUTION__GENERATED:
				return generated != null && !generated.isEmpty();
			case ProvlensPackage.EXECUTION__ENERGY:
				return energy != null && !energy.isEmpty();
			case ProvlensPackage.EXECUTION__PROPERTIES:
				return properties != null && !properties.isEmpty();
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
		result.append(" (status: ");
		result.append(status);
		result.append(", submittedAt: ");
		result.append(submittedAt);
		result.append(", startedAt: ");
		result.append(startedAt);
		result.append(", endedAt: ");
		result.append(endedAt);
		result.append(", recordedAt: ");
		result.append(recordedAt);
		result.append(')');
		return result.toString();
	}

} //ExecutionImpl
