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
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.provlens.model.Execution;
import org.provlens.model.Parameter;
import org.provlens.model.ProvlensPackage;
import org.provlens.model.Recommendation;
import org.provlens.model.StringProperty;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Recommendation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.model.impl.RecommendationImpl#getModel <em>Model</em>}</li>
 *   <li>{@link org.provlens.model.impl.RecommendationImpl#getScore <em>Score</em>}</li>
 *   <li>{@link org.provlens.model.impl.RecommendationImpl#getRationale <em>Rationale</em>}</li>
 *   <li>{@link org.provlens.model.impl.RecommendationImpl#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.provlens.model.impl.RecommendationImpl#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.provlens.model.impl.RecommendationImpl#getObjective <em>Objective</em>}</li>
 *   <li>{@link org.provlens.model.impl.RecommendationImpl#getExpectedOutcome <em>Expected Outcome</em>}</li>
 *   <li>{@link org.provlens.model.impl.RecommendationImpl#getProperties <em>Properties</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RecommendationImpl extends ProvElementImpl implements Recommendation {
	/**
	 * The default value of the '{@link #getModel() <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModel()
	 * @generated
	 * @ordered
	 */
	protected static final String MODEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModel() <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModel()
	 * @generated
	 * @ordered
	 */
	protected String model = MODEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getScore() <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScore()
	 * @generated
	 * @ordered
	 */
	protected static final double SCORE_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getScore() <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScore()
	 * @generated
	 * @ordered
	 */
	protected double score = SCORE_EDEFAULT;

	/**
	 * The default value of the '{@link #getRationale() <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected static final String RATIONALE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRationale() <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected String rationale = RATIONALE_EDEFAULT;

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
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected EList<Execution> evidence;

	/**
	 * The default value of the '{@link #getObjective() <em>Objective</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjective()
	 * @generated
	 * @ordered
	 */
	protected static final String OBJECTIVE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getObjective() <em>Objective</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjective()
	 * @generated
	 * @ordered
	 */
	protected String objective = OBJECTIVE_EDEFAULT;

	/**
	 * The default value of the '{@link #getExpectedOutcome() <em>Expected Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectedOutcome()
	 * @generated
	 * @ordered
	 */
	protected static final double EXPECTED_OUTCOME_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getExpectedOutcome() <em>Expected Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectedOutcome()
	 * @generated
	 * @ordered
	 */
	protected double expectedOutcome = EXPECTED_OUTCOME_EDEFAULT;

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
	protected RecommendationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProvlensPackage.Literals.RECOMMENDATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModel() {
		return model;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModel(String newModel) {
		String oldModel = model;
		model = newModel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProvlensPackage.RECOMMENDATION__MODEL, oldModel, model));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getScore() {
		return score;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScore(double newScore) {
		double oldScore = score;
		score = newScore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProvlensPackage.RECOMMENDATION__SCORE, oldScore, score));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRationale() {
		return rationale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRationale(String newRationale) {
		String oldRationale = rationale;
		rationale = newRationale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProvlensPackage.RECOMMENDATION__RATIONALE, oldRationale, rationale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Parameter> getParameters() {
		if (parameters == null) {
			parameters = new EObjectContainmentEList<Parameter>(Parameter.class, this, ProvlensPackage.RECOMMENDATION__PARAMETERS);
		}
		return parameters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Execution> getEvidence() {
		if (evidence == null) {
			evidence = new EObjectResolvingEList<Execution>(Execution.class, this, ProvlensPackage.RECOMMENDATION__EVIDENCE);
		}
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getObjective() {
		return objective;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObjective(String newObjective) {
		String oldObjective = objective;
		objective = newObjective;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProvlensPackage.RECOMMENDATION__OBJECTIVE, oldObjective, objective));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getExpectedOutcome() {
		return expectedOutcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpectedOutcome(double newExpectedOutcome) {
		double oldExpectedOutcome = expectedOutcome;
		expectedOutcome = newExpectedOutcome;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProvlensPackage.RECOMMENDATION__EXPECTED_OUTCOME, oldExpectedOutcome, expectedOutcome));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StringProperty> getProperties() {
		if (properties == null) {
			properties = new EObjectContainmentEList<StringProperty>(StringProperty.class, this, ProvlensPackage.RECOMMENDATION__PROPERTIES);
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
			case ProvlensPackage.RECOMMENDATION__PARAMETERS:
				return ((InternalEList<?>)getParameters()).basicRemove(otherEnd, msgs);
			case ProvlensPackage.RECOMMENDATION__PROPERTIES:
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
			case ProvlensPackage.RECOMMENDATION__MODEL:
				return getModel();
			case ProvlensPackage.RECOMMENDATION__SCORE:
				return getScore();
			case ProvlensPackage.RECOMMENDATION__RATIONALE:
				return getRationale();
			case ProvlensPackage.RECOMMENDATION__PARAMETERS:
				return getParameters();
			case ProvlensPackage.RECOMMENDATION__EVIDENCE:
				return getEvidence();
			case ProvlensPackage.RECOMMENDATION__OBJECTIVE:
				return getObjective();
			case ProvlensPackage.RECOMMENDATION__EXPECTED_OUTCOME:
				return getExpectedOutcome();
			case ProvlensPackage.RECOMMENDATION__PROPERTIES:
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
			case ProvlensPackage.RECOMMENDATION__MODEL:
				setModel((String)newValue);
				return;
			case ProvlensPackage.RECOMMENDATION__SCORE:
				setScore((Double)newValue);
				return;
			case ProvlensPackage.RECOMMENDATION__RATIONALE:
				setRationale((String)newValue);
				return;
			case ProvlensPackage.RECOMMENDATION__PARAMETERS:
				getParameters().clear();
				getParameters().addAll((Collection<? extends Parameter>)newValue);
				return;
			case ProvlensPackage.RECOMMENDATION__EVIDENCE:
				getEvidence().clear();
				getEvidence().addAll((Collection<? extends Execution>)newValue);
				return;
			case ProvlensPackage.RECOMMENDATION__OBJECTIVE:
				setObjective((String)newValue);
				return;
			case ProvlensPackage.RECOMMENDATION__EXPECTED_OUTCOME:
				setExpectedOutcome((Double)newValue);
				return;
			case ProvlensPackage.RECOMMENDATION__PROPERTIES:
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
			case ProvlensPackage.RECOMMENDATION__MODEL:
				setModel(MODEL_EDEFAULT);
				return;
			case ProvlensPackage.RECOMMENDATION__SCORE:
				setScore(SCORE_EDEFAULT);
				return;
			case ProvlensPackage.RECOMMENDATION__RATIONALE:
				setRationale(RATIONALE_EDEFAULT);
				return;
			case ProvlensPackage.RECOMMENDATION__PARAMETERS:
				getParameters().clear();
				return;
			case ProvlensPackage.RECOMMENDATION__EVIDENCE:
				getEvidence().clear();
				return;
			case ProvlensPackage.RECOMMENDATION__OBJECTIVE:
				setObjective(OBJECTIVE_EDEFAULT);
				return;
			case ProvlensPackage.RECOMMENDATION__EXPECTED_OUTCOME:
				setExpectedOutcome(EXPECTED_OUTCOME_EDEFAULT);
				return;
			case ProvlensPackage.RECOMMENDATION__PROPERTIES:
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
			case ProvlensPackage.RECOMMENDATION__MODEL:
				return MODEL_EDEFAULT == null ? model != null : !MODEL_EDEFAULT.equals(model);
			case ProvlensPackage.RECOMMENDATION__SCORE:
				return score != SCORE_EDEFAULT;
			case ProvlensPackage.RECOMMENDATION__RATIONALE:
				return RATIONALE_EDEFAULT == null ? rationale != null : !RATIONALE_EDEFAULT.equals(rationale);
			case ProvlensPackage.RECOMMENDATION__PARAMETERS:
				return parameters != null && !parameters.isEmpty();
			case ProvlensPackage.RECOMMENDATION__EVIDENCE:
				return evidence != null && !evidence.isEmpty();
			case ProvlensPackage.RECOMMENDATION__OBJECTIVE:
				return OBJECTIVE_EDEFAULT == null ? objective != null : !OBJECTIVE_EDEFAULT.equals(objective);
			case ProvlensPackage.RECOMMENDATION__EXPECTED_OUTCOME:
				return expectedOutcome != EXPECTED_OUTCOME_EDEFAULT;
			case ProvlensPackage.RECOMMENDATION__PROPERTIES:
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
		result.append(" (model: ");
		result.append(model);
		result.append(", score: ");
		result.append(score);
		result.append(", rationale: ");
		result.append(rationale);
		result.append(", objective: ");
		result.append(objective);
		result.append(", expectedOutcome: ");
		result.append(expectedOutcome);
		result.append(')');
		return result.toString();
	}

} //RecommendationImpl
