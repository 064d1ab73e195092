/**
 */
package org.provlens.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Annotation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A finding recorded by a user on model elements, optionally against a recommendation.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.model.Annotation#getText <em>Text</em>}</li>
 *   <li>{@link org.provlens.model.Annotation#getAuthor <em>Author</em>}</li>
 *   <li>{@link org.provlens.model.Annotation#getTime <em>Time</em>}</li>
 *   <li>{@link org.provlens.model.Annotation#getSeverity <em>Severity</em>}</li>
 *   <li>{@link org.provlens.model.Annotation#getTags <em>Tags</em>}</li>
 *   <li>{@link org.provlens.model.Annotation#getTargets <em>Targets</em>}</li>
 *   <li>{@link org.provlens.model.Annotation#getRecommendation <em>Recommendation</em>}</li>
 * </ul>
 *
 * @see org.provlens.model.ProvlensPackage#getAnnotation()
 * @model
 * @generated
 */
public interface Annotation extends ProvElement {
	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see org.provlens.model.ProvlensPackage#getAnnotation_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link org.provlens.model.Annotation#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Author</em>' attribute.
	 * @see #setAuthor(String)
	 * @see org.provlens.model.ProvlensPackage#getAnnotation_Author()
	 * @model
	 * @generated
	 */
	String getAuthor();

	/**
	 * Sets the value of the '{@link org.provlens.model.Annotation#getAuthor <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Author</em>' attribute.
	 * @see #getAuthor()
	 * @generated
	 */
	void setAuthor(String value);

	/**
	 * Returns the value of the '<em><b>Time</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Time</em>' attribute.
	 * @see #setTime(double)
	 * @see org.provlens.model.ProvlensPackage#getAnnotation_Time()
	 * @model default="NaN"
	 * @generated
	 */
	double getTime();

	/**
	 * Sets the value of the '{@link org.provlens.model.Annotation#getTime <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time</em>' attribute.
	 * @see #getTime()
	 * @generated
	 */
	void setTime(double value);

	/**
	 * Returns the value of the '<em><b>Severity</b></em>' attribute.
	 * The default value is <code>"INFO"</code>.
	 * The literals are from the enumeration {@link org.provlens.model.Severity}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Severity</em>' attribute.
	 * @see org.provlens.model.Severity
	 * @see #setSeverity(Severity)
	 * @see org.provlens.model.ProvlensPackage#getAnnotation_Severity()
	 * @model default="INFO"
	 * @generated
	 */
	Severity getSeverity();

	/**
	 * Sets the value of the '{@link org.provlens.model.Annotation#getSeverity <em>Severity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Severity</em>' attribute.
	 * @see org.provlens.model.Severity
	 * @see #getSeverity()
	 * @generated
	 */
	void setSeverity(Severity value);

	/**
	 * Returns the value of the '<em><b>Tags</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tags</em>' attribute list.
	 * @see org.provlens.model.ProvlensPackage#getAnnotation_Tags()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getTags();

	/**
	 * Returns the value of the '<em><b>Targets</b></em>' reference list.
	 * The list contents are of type {@link org.provlens.model.ProvElement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Targets</em>' reference list.
	 * @see org.provlens.model.ProvlensPackage#getAnnotation_Targets()
	 * @model
	 * @generated
	 */
	EList<ProvElement> getTargets();

	/**
	 * Returns the value of the '<em><b>Recommendation</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recommendation</em>' reference.
	 * @see #setRecommendation(Recommendation)
	 * @see org.provlens.model.ProvlensPackage#getAnnotation_Recommendation()
	 * @model
	 * @generated
	 */
	Recommendation getRecommendation();

	/**
	 * Sets the value of the '{@link org.provlens.model.Annotation#getRecommendation <em>Recommendation</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recommendation</em>' reference.
	 * @see #getRecommendation()
	 * @generated
	 */
	void setRecommendation(Recommendation value);

} // Annotation
