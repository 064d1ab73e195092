/**
 */
package org.provlens.diagram.core.description;

import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Feature Condition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Compares a feature's value with a literal: enum literal names and text compare as text, numbers as numbers; IS_SET tests a non-empty value or list. Elements without the feature fail.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.diagram.core.description.FeatureCondition#getFeature <em>Feature</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.FeatureCondition#getOperator <em>Operator</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.FeatureCondition#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @see org.provlens.diagram.core.description.DescriptionPackage#getFeatureCondition()
 * @model
 * @generated
 */
public interface FeatureCondition extends Condition {
	/**
	 * Returns the value of the '<em><b>Feature</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Feature</em>' reference.
	 * @see #setFeature(EStructuralFeature)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getFeatureCondition_Feature()
	 * @model required="true"
	 * @generated
	 */
	EStructuralFeature getFeature();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.FeatureCondition#getFeature <em>Feature</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Feature</em>' reference.
	 * @see #getFeature()
	 * @generated
	 */
	void setFeature(EStructuralFeature value);

	/**
	 * Returns the value of the '<em><b>Operator</b></em>' attribute.
	 * The literals are from the enumeration {@link org.provlens.diagram.core.description.ConditionOperator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operator</em>' attribute.
	 * @see org.provlens.diagram.core.description.ConditionOperator
	 * @see #setOperator(ConditionOperator)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getFeatureCondition_Operator()
	 * @model
	 * @generated
	 */
	ConditionOperator getOperator();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.FeatureCondition#getOperator <em>Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operator</em>' attribute.
	 * @see org.provlens.diagram.core.description.ConditionOperator
	 * @see #getOperator()
	 * @generated
	 */
	void setOperator(ConditionOperator value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(String)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getFeatureCondition_Value()
	 * @model
	 * @generated
	 */
	String getValue();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.FeatureCondition#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(String value);

} // FeatureCondition
