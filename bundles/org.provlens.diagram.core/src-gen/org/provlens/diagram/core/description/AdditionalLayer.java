/**
 */
package org.provlens.diagram.core.description;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Additional Layer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A layer the user switches on and off.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.diagram.core.description.AdditionalLayer#isActiveByDefault <em>Active By Default</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.AdditionalLayer#getExclusiveGroup <em>Exclusive Group</em>}</li>
 * </ul>
 *
 * @see org.provlens.diagram.core.description.DescriptionPackage#getAdditionalLayer()
 * @model
 * @generated
 */
public interface AdditionalLayer extends Layer {
	/**
	 * Returns the value of the '<em><b>Active By Default</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Active By Default</em>' attribute.
	 * @see #setActiveByDefault(boolean)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getAdditionalLayer_ActiveByDefault()
	 * @model
	 * @generated
	 */
	boolean isActiveByDefault();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.AdditionalLayer#isActiveByDefault <em>Active By Default</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Active By Default</em>' attribute.
	 * @see #isActiveByDefault()
	 * @generated
	 */
	void setActiveByDefault(boolean value);

	/**
	 * Returns the value of the '<em><b>Exclusive Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Layers sharing a non-empty group are alternatives: switching one on switches the others of its group off (e.g. the colourings by status, duration and energy).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exclusive Group</em>' attribute.
	 * @see #setExclusiveGroup(String)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getAdditionalLayer_ExclusiveGroup()
	 * @model
	 * @generated
	 */
	String getExclusiveGroup();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.AdditionalLayer#getExclusiveGroup <em>Exclusive Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Exclusive Group</em>' attribute.
	 * @see #getExclusiveGroup()
	 * @generated
	 */
	void setExclusiveGroup(String value);

} // AdditionalLayer
