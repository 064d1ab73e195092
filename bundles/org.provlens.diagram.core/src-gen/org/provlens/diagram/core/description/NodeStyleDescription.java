/**
 */
package org.provlens.diagram.core.description;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node Style Description</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How nodes look. Colours are #rrggbb.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.diagram.core.description.NodeStyleDescription#getShape <em>Shape</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.NodeStyleDescription#getBackgroundColor <em>Background Color</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.NodeStyleDescription#getBorderColor <em>Border Color</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.NodeStyleDescription#getLabelColor <em>Label Color</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.NodeStyleDescription#getBorderWidth <em>Border Width</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.NodeStyleDescription#getMinWidth <em>Min Width</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.NodeStyleDescription#getHeight <em>Height</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.NodeStyleDescription#getGradient <em>Gradient</em>}</li>
 * </ul>
 *
 * @see org.provlens.diagram.core.description.DescriptionPackage#getNodeStyleDescription()
 * @model
 * @generated
 */
public interface NodeStyleDescription extends EObject {
	/**
	 * Returns the value of the '<em><b>Shape</b></em>' attribute.
	 * The literals are from the enumeration {@link org.provlens.diagram.core.description.NodeShape}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Shape</em>' attribute.
	 * @see org.provlens.diagram.core.description.NodeShape
	 * @see #setShape(NodeShape)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getNodeStyleDescription_Shape()
	 * @model
	 * @generated
	 */
	NodeShape getShape();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.NodeStyleDescription#getShape <em>Shape</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shape</em>' attribute.
	 * @see org.provlens.diagram.core.description.NodeShape
	 * @see #getShape()
	 * @generated
	 */
	void setShape(NodeShape value);

	/**
	 * Returns the value of the '<em><b>Background Color</b></em>' attribute.
	 * The default value is <code>"#ffffff"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Background Color</em>' attribute.
	 * @see #setBackgroundColor(String)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getNodeStyleDescription_BackgroundColor()
	 * @model default="#ffffff"
	 * @generated
	 */
	String getBackgroundColor();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.NodeStyleDescription#getBackgroundColor <em>Background Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Background Color</em>' attribute.
	 * @see #getBackgroundColor()
	 * @generated
	 */
	void setBackgroundColor(String value);

	/**
	 * Returns the value of the '<em><b>Border Color</b></em>' attribute.
	 * The default value is <code>"#5a6470"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Border Color</em>' attribute.
	 * @see #setBorderColor(String)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getNodeStyleDescription_BorderColor()
	 * @model default="#5a6470"
	 * @generated
	 */
	String getBorderColor();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.NodeStyleDescription#getBorderColor <em>Border Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Border Color</em>' attribute.
	 * @see #getBorderColor()
	 * @generated
	 */
	void setBorderColor(String value);

	/**
	 * Returns the value of the '<em><b>Label Color</b></em>' attribute.
	 * The default value is <code>"#1e2328"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label Color</em>' attribute.
	 * @see #setLabelColor(String)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getNodeStyleDescription_LabelColor()
	 * @model default="#1e2328"
	 * @generated
	 */
	String getLabelColor();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.NodeStyleDescription#getLabelColor <em>Label Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Color</em>' attribute.
	 * @see #getLabelColor()
	 * @generated
	 */
	void setLabelColor(String value);

	/**
	 * Returns the value of the '<em><b>Border Width</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Border Width</em>' attribute.
	 * @see #setBorderWidth(int)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getNodeStyleDescription_BorderWidth()
	 * @model default="1"
	 * @generated
	 */
	int getBorderWidth();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.NodeStyleDescription#getBorderWidth <em>Border Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Border Width</em>' attribute.
	 * @see #getBorderWidth()
	 * @generated
	 */
	void setBorderWidth(int value);

	/**
	 * Returns the value of the '<em><b>Min Width</b></em>' attribute.
	 * The default value is <code>"60"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Width</em>' attribute.
	 * @see #setMinWidth(int)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getNodeStyleDescription_MinWidth()
	 * @model default="60"
	 * @generated
	 */
	int getMinWidth();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.NodeStyleDescription#getMinWidth <em>Min Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Width</em>' attribute.
	 * @see #getMinWidth()
	 * @generated
	 */
	void setMinWidth(int value);

	/**
	 * Returns the value of the '<em><b>Height</b></em>' attribute.
	 * The default value is <code>"28"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Height</em>' attribute.
	 * @see #setHeight(int)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getNodeStyleDescription_Height()
	 * @model default="28"
	 * @generated
	 */
	int getHeight();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.NodeStyleDescription#getHeight <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height</em>' attribute.
	 * @see #getHeight()
	 * @generated
	 */
	void setHeight(int value);

	/**
	 * Returns the value of the '<em><b>Gradient</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Colours the background by a measure instead of the fixed background colour.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gradient</em>' containment reference.
	 * @see #setGradient(GradientDescription)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getNodeStyleDescription_Gradient()
	 * @model containment="true"
	 * @generated
	 */
	GradientDescription getGradient();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.NodeStyleDescription#getGradient <em>Gradient</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gradient</em>' containment reference.
	 * @see #getGradient()
	 * @generated
	 */
	void setGradient(GradientDescription value);

} // NodeStyleDescription
