/**
 */
package org.provlens.diagram.core.description;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Style Customization</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Changes the colours of some mappings' nodes, for the elements whose condition holds (all when absent), while its layer is active.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.diagram.core.description.StyleCustomization#getAppliedOn <em>Applied On</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.StyleCustomization#getCondition <em>Condition</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.StyleCustomization#getBackgroundColor <em>Background Color</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.StyleCustomization#getBorderColor <em>Border Color</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.StyleCustomization#getGradient <em>Gradient</em>}</li>
 * </ul>
 *
 * @see org.provlens.diagram.core.description.DescriptionPackage#getStyleCustomization()
 * @model
 * @generated
 */
public interface StyleCustomization extends EObject {
	/**
	 * Returns the value of the '<em><b>Applied On</b></em>' reference list.
	 * The list contents are of type {@link org.provlens.diagram.core.description.AbstractNodeMapping}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Applied On</em>' reference list.
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getStyleCustomization_AppliedOn()
	 * @model required="true"
	 * @generated
	 */
	EList<AbstractNodeMapping> getAppliedOn();

	/**
	 * Returns the value of the '<em><b>Condition</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Condition</em>' containment reference.
	 * @see #setCondition(Condition)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getStyleCustomization_Condition()
	 * @model containment="true"
	 * @generated
	 */
	Condition getCondition();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.StyleCustomization#getCondition <em>Condition</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Condition</em>' containment reference.
	 * @see #getCondition()
	 * @generated
	 */
	void setCondition(Condition value);

	/**
	 * Returns the value of the '<em><b>Background Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Background Color</em>' attribute.
	 * @see #setBackgroundColor(String)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getStyleCustomization_BackgroundColor()
	 * @model
	 * @generated
	 */
	String getBackgroundColor();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.StyleCustomization#getBackgroundColor <em>Background Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Background Color</em>' attribute.
	 * @see #getBackgroundColor()
	 * @generated
	 */
	void setBackgroundColor(String value);

	/**
	 * Returns the value of the '<em><b>Border Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Border Color</em>' attribute.
	 * @see #setBorderColor(String)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getStyleCustomization_BorderColor()
	 * @model
	 * @generated
	 */
	String getBorderColor();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.StyleCustomization#getBorderColor <em>Border Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Border Color</em>' attribute.
	 * @see #getBorderColor()
	 * @generated
	 */
	void setBorderColor(String value);

	/**
	 * Returns the value of the '<em><b>Gradient</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gradient</em>' containment reference.
	 * @see #setGradient(GradientDescription)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getStyleCustomization_Gradient()
	 * @model containment="true"
	 * @generated
	 */
	GradientDescription getGradient();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.StyleCustomization#getGradient <em>Gradient</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gradient</em>' containment reference.
	 * @see #getGradient()
	 * @generated
	 */
	void setGradient(GradientDescription value);

} // StyleCustomization
