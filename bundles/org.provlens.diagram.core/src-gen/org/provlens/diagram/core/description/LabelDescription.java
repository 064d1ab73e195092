/**
 */
package org.provlens.diagram.core.description;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Label Description</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A node's label: the first non-empty of some attributes, or a registered label provider.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.diagram.core.description.LabelDescription#getFeatures <em>Features</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.LabelDescription#getProvider <em>Provider</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.LabelDescription#getMaxLength <em>Max Length</em>}</li>
 * </ul>
 *
 * @see org.provlens.diagram.core.description.DescriptionPackage#getLabelDescription()
 * @model
 * @generated
 */
public interface LabelDescription extends EObject {
	/**
	 * Returns the value of the '<em><b>Features</b></em>' reference list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.EAttribute}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Features</em>' reference list.
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getLabelDescription_Features()
	 * @model
	 * @generated
	 */
	EList<EAttribute> getFeatures();

	/**
	 * Returns the value of the '<em><b>Provider</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of a registered label provider, tried before the features.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provider</em>' attribute.
	 * @see #setProvider(String)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getLabelDescription_Provider()
	 * @model
	 * @generated
	 */
	String getProvider();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.LabelDescription#getProvider <em>Provider</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Provider</em>' attribute.
	 * @see #getProvider()
	 * @generated
	 */
	void setProvider(String value);

	/**
	 * Returns the value of the '<em><b>Max Length</b></em>' attribute.
	 * The default value is <code>"32"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Longer labels are shortened in the middle with an ellipsis; the tooltip has the whole label.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Length</em>' attribute.
	 * @see #setMaxLength(int)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getLabelDescription_MaxLength()
	 * @model default="32"
	 * @generated
	 */
	int getMaxLength();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.LabelDescription#getMaxLength <em>Max Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Length</em>' attribute.
	 * @see #getMaxLength()
	 * @generated
	 */
	void setMaxLength(int value);

} // LabelDescription
