/**
 */
package org.provlens.diagram.core.description;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Layout Description</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Settings of the ELK layered layout.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.diagram.core.description.LayoutDescription#getAlgorithm <em>Algorithm</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.LayoutDescription#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.LayoutDescription#getNodeSpacing <em>Node Spacing</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.LayoutDescription#getLayerSpacing <em>Layer Spacing</em>}</li>
 * </ul>
 *
 * @see org.provlens.diagram.core.description.DescriptionPackage#getLayoutDescription()
 * @model
 * @generated
 */
public interface LayoutDescription extends EObject {
	/**
	 * Returns the value of the '<em><b>Algorithm</b></em>' attribute.
	 * The literals are from the enumeration {@link org.provlens.diagram.core.description.LayoutAlgorithm}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Layered for graphs (edges flow in one direction, containers laid out with their content); box for nested containers without many edges (each container's content packed in rows, in model order).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Algorithm</em>' attribute.
	 * @see org.provlens.diagram.core.description.LayoutAlgorithm
	 * @see #setAlgorithm(LayoutAlgorithm)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getLayoutDescription_Algorithm()
	 * @model
	 * @generated
	 */
	LayoutAlgorithm getAlgorithm();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.LayoutDescription#getAlgorithm <em>Algorithm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Algorithm</em>' attribute.
	 * @see org.provlens.diagram.core.description.LayoutAlgorithm
	 * @see #getAlgorithm()
	 * @generated
	 */
	void setAlgorithm(LayoutAlgorithm value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The literals are from the enumeration {@link org.provlens.diagram.core.description.LayoutDirection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see org.provlens.diagram.core.description.LayoutDirection
	 * @see #setDirection(LayoutDirection)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getLayoutDescription_Direction()
	 * @model
	 * @generated
	 */
	LayoutDirection getDirection();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.LayoutDescription#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see org.provlens.diagram.core.description.LayoutDirection
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(LayoutDirection value);

	/**
	 * Returns the value of the '<em><b>Node Spacing</b></em>' attribute.
	 * The default value is <code>"16"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Node Spacing</em>' attribute.
	 * @see #setNodeSpacing(double)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getLayoutDescription_NodeSpacing()
	 * @model default="16"
	 * @generated
	 */
	double getNodeSpacing();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.LayoutDescription#getNodeSpacing <em>Node Spacing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Node Spacing</em>' attribute.
	 * @see #getNodeSpacing()
	 * @generated
	 */
	void setNodeSpacing(double value);

	/**
	 * Returns the value of the '<em><b>Layer Spacing</b></em>' attribute.
	 * The default value is <code>"48"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Layer Spacing</em>' attribute.
	 * @see #setLayerSpacing(double)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getLayoutDescription_LayerSpacing()
	 * @model default="48"
	 * @generated
	 */
	double getLayerSpacing();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.LayoutDescription#getLayerSpacing <em>Layer Spacing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Layer Spacing</em>' attribute.
	 * @see #getLayerSpacing()
	 * @generated
	 */
	void setLayerSpacing(double value);

} // LayoutDescription
