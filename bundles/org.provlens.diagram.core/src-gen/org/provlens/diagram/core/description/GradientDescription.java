/**
 */
package org.provlens.diagram.core.description;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Gradient Description</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A background running from a low to a high colour over the range of a measure among the visible nodes; nodes without a value keep the missing colour.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.diagram.core.description.GradientDescription#getMeasure <em>Measure</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.GradientDescription#getFeature <em>Feature</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.GradientDescription#getAggregation <em>Aggregation</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.GradientDescription#isLogarithmic <em>Logarithmic</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.GradientDescription#getLowColor <em>Low Color</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.GradientDescription#getHighColor <em>High Color</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.GradientDescription#getMissingColor <em>Missing Color</em>}</li>
 * </ul>
 *
 * @see org.provlens.diagram.core.description.DescriptionPackage#getGradientDescription()
 * @model
 * @generated
 */
public interface GradientDescription extends EObject {
	/**
	 * Returns the value of the '<em><b>Measure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of a registered measure (duration, energy); the feature is used when empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Measure</em>' attribute.
	 * @see #setMeasure(String)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getGradientDescription_Measure()
	 * @model
	 * @generated
	 */
	String getMeasure();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.GradientDescription#getMeasure <em>Measure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Measure</em>' attribute.
	 * @see #getMeasure()
	 * @generated
	 */
	void setMeasure(String value);

	/**
	 * Returns the value of the '<em><b>Feature</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A numeric attribute measured instead of a registered measure.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Feature</em>' reference.
	 * @see #setFeature(EAttribute)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getGradientDescription_Feature()
	 * @model
	 * @generated
	 */
	EAttribute getFeature();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.GradientDescription#getFeature <em>Feature</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Feature</em>' reference.
	 * @see #getFeature()
	 * @generated
	 */
	void setFeature(EAttribute value);

	/**
	 * Returns the value of the '<em><b>Aggregation</b></em>' attribute.
	 * The literals are from the enumeration {@link org.provlens.diagram.core.description.Aggregation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How a group node's value comes from its members'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Aggregation</em>' attribute.
	 * @see org.provlens.diagram.core.description.Aggregation
	 * @see #setAggregation(Aggregation)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getGradientDescription_Aggregation()
	 * @model
	 * @generated
	 */
	Aggregation getAggregation();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.GradientDescription#getAggregation <em>Aggregation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Aggregation</em>' attribute.
	 * @see org.provlens.diagram.core.description.Aggregation
	 * @see #getAggregation()
	 * @generated
	 */
	void setAggregation(Aggregation value);

	/**
	 * Returns the value of the '<em><b>Logarithmic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Logarithmic</em>' attribute.
	 * @see #setLogarithmic(boolean)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getGradientDescription_Logarithmic()
	 * @model
	 * @generated
	 */
	boolean isLogarithmic();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.GradientDescription#isLogarithmic <em>Logarithmic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Logarithmic</em>' attribute.
	 * @see #isLogarithmic()
	 * @generated
	 */
	void setLogarithmic(boolean value);

	/**
	 * Returns the value of the '<em><b>Low Color</b></em>' attribute.
	 * The default value is <code>"#fff5d6"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Low Color</em>' attribute.
	 * @see #setLowColor(String)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getGradientDescription_LowColor()
	 * @model default="#fff5d6"
	 * @generated
	 */
	String getLowColor();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.GradientDescription#getLowColor <em>Low Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Low Color</em>' attribute.
	 * @see #getLowColor()
	 * @generated
	 */
	void setLowColor(String value);

	/**
	 * Returns the value of the '<em><b>High Color</b></em>' attribute.
	 * The default value is <code>"#d7301f"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>High Color</em>' attribute.
	 * @see #setHighColor(String)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getGradientDescription_HighColor()
	 * @model default="#d7301f"
	 * @generated
	 */
	String getHighColor();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.GradientDescription#getHighColor <em>High Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>High Color</em>' attribute.
	 * @see #getHighColor()
	 * @generated
	 */
	void setHighColor(String value);

	/**
	 * Returns the value of the '<em><b>Missing Color</b></em>' attribute.
	 * The default value is <code>"#eeeeee"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Missing Color</em>' attribute.
	 * @see #setMissingColor(String)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getGradientDescription_MissingColor()
	 * @model default="#eeeeee"
	 * @generated
	 */
	String getMissingColor();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.GradientDescription#getMissingColor <em>Missing Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Missing Color</em>' attribute.
	 * @see #getMissingColor()
	 * @generated
	 */
	void setMissingColor(String value);

} // GradientDescription
