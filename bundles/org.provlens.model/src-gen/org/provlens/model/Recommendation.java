/**
 */
package org.provlens.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Recommendation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A seed configuration (model and parameters) suggested from past runs, with the evidence behind it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.model.Recommendation#getModel <em>Model</em>}</li>
 *   <li>{@link org.provlens.model.Recommendation#getScore <em>Score</em>}</li>
 *   <li>{@link org.provlens.model.Recommendation#getRationale <em>Rationale</em>}</li>
 *   <li>{@link org.provlens.model.Recommendation#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.provlens.model.Recommendation#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link org.provlens.model.Recommendation#getObjective <em>Objective</em>}</li>
 *   <li>{@link org.provlens.model.Recommendation#getExpectedOutcome <em>Expected Outcome</em>}</li>
 *   <li>{@link org.provlens.model.Recommendation#getProperties <em>Properties</em>}</li>
 * </ul>
 *
 * @see org.provlens.model.ProvlensPackage#getRecommendation()
 * @model
 * @generated
 */
public interface Recommendation extends ProvElement {
	/**
	 * Returns the value of the '<em><b>Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Model</em>' attribute.
	 * @see #setModel(String)
	 * @see org.provlens.model.ProvlensPackage#getRecommendation_Model()
	 * @model
	 * @generated
	 */
	String getModel();

	/**
	 * Sets the value of the '{@link org.provlens.model.Recommendation#getModel <em>Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Model</em>' attribute.
	 * @see #getModel()
	 * @generated
	 */
	void setModel(String value);

	/**
	 * Returns the value of the '<em><b>Score</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Score</em>' attribute.
	 * @see #setScore(double)
	 * @see org.provlens.model.ProvlensPackage#getRecommendation_Score()
	 * @model default="NaN"
	 * @generated
	 */
	double getScore();

	/**
	 * Sets the value of the '{@link org.provlens.model.Recommendation#getScore <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Score</em>' attribute.
	 * @see #getScore()
	 * @generated
	 */
	void setScore(double value);

	/**
	 * Returns the value of the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rationale</em>' attribute.
	 * @see #setRationale(String)
	 * @see org.provlens.model.ProvlensPackage#getRecommendation_Rationale()
	 * @model
	 * @generated
	 */
	String getRationale();

	/**
	 * Sets the value of the '{@link org.provlens.model.Recommendation#getRationale <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rationale</em>' attribute.
	 * @see #getRationale()
	 * @generated
	 */
	void setRationale(String value);

	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link org.provlens.model.Parameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference list.
	 * @see org.provlens.model.ProvlensPackage#getRecommendation_Parameters()
	 * @model containment="true"
	 * @generated
	 */
	EList<Parameter> getParameters();

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' reference list.
	 * The list contents are of type {@link org.provlens.model.Execution}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The past executions the recommendation is drawn from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Evidence</em>' reference list.
	 * @see org.provlens.model.ProvlensPackage#getRecommendation_Evidence()
	 * @model
	 * @generated
	 */
	EList<Execution> getEvidence();

	/**
	 * Returns the value of the '<em><b>Objective</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The metric the seed was ranked by and its direction, as key:max or key:min (e.g. val_auc:max).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Objective</em>' attribute.
	 * @see #setObjective(String)
	 * @see org.provlens.model.ProvlensPackage#getRecommendation_Objective()
	 * @model
	 * @generated
	 */
	String getObjective();

	/**
	 * Sets the value of the '{@link org.provlens.model.Recommendation#getObjective <em>Objective</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Objective</em>' attribute.
	 * @see #getObjective()
	 * @generated
	 */
	void setObjective(String value);

	/**
	 * Returns the value of the '<em><b>Expected Outcome</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The similarity-weighted mean outcome of the evidence in the objective's unit: what a run started from the seed is compared with. NaN when unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Expected Outcome</em>' attribute.
	 * @see #setExpectedOutcome(double)
	 * @see org.provlens.model.ProvlensPackage#getRecommendation_ExpectedOutcome()
	 * @model default="NaN"
	 * @generated
	 */
	double getExpectedOutcome();

	/**
	 * Sets the value of the '{@link org.provlens.model.Recommendation#getExpectedOutcome <em>Expected Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expected Outcome</em>' attribute.
	 * @see #getExpectedOutcome()
	 * @generated
	 */
	void setExpectedOutcome(double value);

	/**
	 * Returns the value of the '<em><b>Properties</b></em>' containment reference list.
	 * The list contents are of type {@link org.provlens.model.StringProperty}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Metadata of the recommendation: the characteristics of the task it was made for (task.<trait>), the similarity threshold and energy weight used.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Properties</em>' containment reference list.
	 * @see org.provlens.model.ProvlensPackage#getRecommendation_Properties()
	 * @model containment="true"
	 * @generated
	 */
	EList<StringProperty> getProperties();

} // Recommendation
