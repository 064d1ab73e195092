/**
 */
package org.provlens.diagram.core.description.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.provlens.diagram.core.description.DescriptionPackage;
import org.provlens.diagram.core.description.LayoutAlgorithm;
import org.provlens.diagram.core.description.LayoutDescription;
import org.provlens.diagram.core.description.LayoutDirection;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Layout Description</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.diagram.core.description.impl.LayoutDescriptionImpl#getAlgorithm <em>Algorithm</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.impl.LayoutDescriptionImpl#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.impl.LayoutDescriptionImpl#getNodeSpacing <em>Node Spacing</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.impl.LayoutDescriptionImpl#getLayerSpacing <em>Layer Spacing</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LayoutDescriptionImpl extends MinimalEObjectImpl.Container implements LayoutDescription {
	/**
	 * The default value of the '{@link #getAlgorithm() <em>Algorithm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlgorithm()
	 * @generated
	 * @ordered
	 */
	protected static final LayoutAlgorithm ALGORITHM_EDEFAULT = LayoutAlgorithm.LAYERED;

	/**
	 * The cached value of the '{@link #getAlgorithm() <em>Algorithm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlgorithm()
	 * @generated
	 * @ordered
	 */
	protected LayoutAlgorithm algorithm = ALGORITHM_EDEFAULT;

	/**
	 * The default value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected static final LayoutDirection DIRECTION_EDEFAULT = LayoutDirection.RIGHT;

	/**
	 * The cached value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected LayoutDirection direction = DIRECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getNodeSpacing() <em>Node Spacing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeSpacing()
	 * @generated
	 * @ordered
	 */
	protected static final double NODE_SPACING_EDEFAULT = 16.0;

	/**
	 * The cached value of the '{@link #getNodeSpacing() <em>Node Spacing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeSpacing()
	 * @generated
	 * @ordered
	 */
	protected double nodeSpacing = NODE_SPACING_EDEFAULT;

	/**
	 * The default value of the '{@link #getLayerSpacing() <em>Layer Spacing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayerSpacing()
	 * @generated
	 * @ordered
	 */
	protected static final double LAYER_SPACING_EDEFAULT = 48.0;

	/**
	 * The cached value of the '{@link #getLayerSpacing() <em>Layer Spacing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayerSpacing()
	 * @generated
	 * @ordered
	 */
	protected double layerSpacing = LAYER_SPACING_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LayoutDescriptionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.LAYOUT_DESCRIPTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LayoutAlgorithm getAlgorithm() {
		return algorithm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAlgorithm(LayoutAlgorithm newAlgorithm) {
		LayoutAlgorithm oldAlgorithm = algorithm;
		algorithm = newAlgorithm == null ? ALGORITHM_EDEFAULT : newAlgorithm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.LAYOUT_DESCRIPTION__ALGORITHM, oldAlgorithm, algorithm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LayoutDirection getDirection() {
		return direction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirection(LayoutDirection newDirection) {
		LayoutDirection oldDirection = direction;
		direction = newDirection == null ? DIRECTION_EDEFAULT : newDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.LAYOUT_DESCRIPTION__DIRECTION, oldDirection, direction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getNodeSpacing() {
		return nodeSpacing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNodeSpacing(double newNodeSpacing) {
		double oldNodeSpacing = nodeSpacing;
		nodeSpacing = newNodeSpacing;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.LAYOUT_DESCRIPTION__NODE_SPACING, oldNodeSpacing, nodeSpacing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getLayerSpacing() {
		return layerSpacing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLayerSpacing(double newLayerSpacing) {
		double oldLayerSpacing = layerSpacing;
		layerSpacing = newLayerSpacing;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.LAYOUT_DESCRIPTION__LAYER_SPACING, oldLayerSpacing, layerSpacing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DescriptionPackage.LAYOUT_DESCRIPTION__ALGORITHM:
				return getAlgorithm();
			case DescriptionPackage.LAYOUT_DESCRIPTION__DIRECTION:
				return getDirection();
			case DescriptionPackage.LAYOUT_DESCRIPTION__NODE_SPACING:
				return getNodeSpacing();
			case DescriptionPackage.LAYOUT_DESCRIPTION__LAYER_SPACING:
				return getLayerSpacing();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case DescriptionPackage.LAYOUT_DESCRIPTION__ALGORITHM:
				setAlgorithm((LayoutAlgorithm)newValue);
				return;
			case DescriptionPackage.LAYOUT_DESCRIPTION__DIRECTION:
				setDirection((LayoutDirection)newValue);
				return;
			case DescriptionPackage.LAYOUT_DESCRIPTION__NODE_SPACING:
				setNodeSpacing((Double)newValue);
				return;
			case DescriptionPackage.LAYOUT_DESCRIPTION__LAYER_SPACING:
				setLayerSpacing((Double)newValue);
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
			case DescriptionPackage.LAYOUT_DESCRIPTION__ALGORITHM:
				setAlgorithm(ALGORITHM_EDEFAULT);
				return;
			case DescriptionPackage.LAYOUT_DESCRIPTION__DIRECTION:
				setDirection(DIRECTION_EDEFAULT);
				return;
			case DescriptionPackage.LAYOUT_DESCRIPTION__NODE_SPACING:
				setNodeSpacing(NODE_SPACING_EDEFAULT);
				return;
			case DescriptionPackage.LAYOUT_DESCRIPTION__LAYER_SPACING:
				setLayerSpacing(LAYER_SPACING_EDEFAULT);
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
			case DescriptionPackage.LAYOUT_DESCRIPTION__ALGORITHM:
				return algorithm != ALGORITHM_EDEFAULT;
			case DescriptionPackage.LAYOUT_DESCRIPTION__DIRECTION:
				return direction != DIRECTION_EDEFAULT;
			case DescriptionPackage.LAYOUT_DESCRIPTION__NODE_SPACING:
				return nodeSpacing != NODE_SPACING_EDEFAULT;
			case DescriptionPackage.LAYOUT_DESCRIPTION__LAYER_SPACING:
				return layerSpacing != LAYER_SPACING_EDEFAULT;
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
		result.append(" (algorithm: ");
		result.append(algorithm);
		result.append(", direction: ");
		result.append(direction);
		result.append(", nodeSpacing: ");
		result.append(nodeSpacing);
		result.append(", layerSpacing: ");
		result.append(layerSpacing);
		result.append(')');
		return result.toString();
	}

} //LayoutDescriptionImpl
