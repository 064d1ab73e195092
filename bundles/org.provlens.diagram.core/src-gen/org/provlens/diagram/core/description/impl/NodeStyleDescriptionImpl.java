/**
 */
package org.provlens.diagram.core.description.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.provlens.diagram.core.description.DescriptionPackage;
import org.provlens.diagram.core.description.GradientDescription;
import org.provlens.diagram.core.description.NodeShape;
import org.provlens.diagram.core.description.NodeStyleDescription;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Node Style Description</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.diagram.core.description.impl.NodeStyleDescriptionImpl#getShape <em>Shape</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.impl.NodeStyleDescriptionImpl#getBackgroundColor <em>Background Color</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.impl.NodeStyleDescriptionImpl#getBorderColor <em>Border Color</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.impl.NodeStyleDescriptionImpl#getLabelColor <em>Label Color</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.impl.NodeStyleDescriptionImpl#getBorderWidth <em>Border Width</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.impl.NodeStyleDescriptionImpl#getMinWidth <em>Min Width</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.impl.NodeStyleDescriptionImpl#getHeight <em>Height</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.impl.NodeStyleDescriptionImpl#getGradient <em>Gradient</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NodeStyleDescriptionImpl extends MinimalEObjectImpl.Container implements NodeStyleDescription {
	/**
	 * The default value of the '{@link #getShape() <em>Shape</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShape()
	 * @generated
	 * @ordered
	 */
	protected static final NodeShape SHAPE_EDEFAULT = NodeShape.ROUNDED_RECTANGLE;

	/**
	 * The cached value of the '{@link #getShape() <em>Shape</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShape()
	 * @generated
	 * @ordered
	 */
	protected NodeShape shape = SHAPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBackgroundColor() <em>Background Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackgroundColor()
	 * @generated
	 * @ordered
	 */
	protected static final String BACKGROUND_COLOR_EDEFAULT = "#ffffff";

	/**
	 * The cached value of the '{@link #getBackgroundColor() <em>Background Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackgroundColor()
	 * @generated
	 * @ordered
	 */
	protected String backgroundColor = BACKGROUND_COLOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getBorderColor() <em>Border Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBorderColor()
	 * @generated
	 * @ordered
	 */
	protected static final String BORDER_COLOR_EDEFAULT = "#5a6470";

	/**
	 * The cached value of the '{@link #getBorderColor() <em>Border Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBorderColor()
	 * @generated
	 * @ordered
	 */
	protected String borderColor = BORDER_COLOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabelColor() <em>Label Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelColor()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_COLOR_EDEFAULT = "#1e2328";

	/**
	 * The cached value of the '{@link #getLabelColor() <em>Label Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelColor()
	 * @generated
	 * @ordered
	 */
	protected String labelColor = LABEL_COLOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getBorderWidth() <em>Border Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBorderWidth()
	 * @generated
	 * @ordered
	 */
	protected static final int BORDER_WIDTH_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getBorderWidth() <em>Border Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBorderWidth()
	 * @generated
	 * @ordered
	 */
	protected int borderWidth = BORDER_WIDTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinWidth() <em>Min Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinWidth()
	 * @generated
	 * @ordered
	 */
	protected static final int MIN_WIDTH_EDEFAULT = 60;

	/**
	 * The cached value of the '{@link #getMinWidth() <em>Min Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinWidth()
	 * @generated
	 * @ordered
	 */
	protected int minWidth = MIN_WIDTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getHeight() <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeight()
	 * @generated
	 * @ordered
	 */
	protected static final int HEIGHT_EDEFAULT = 28;

	/**
	 * The cached value of the '{@link #getHeight() <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeight()
	 * @generated
	 * @ordered
	 */
	protected int height = HEIGHT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGradient() <em>Gradient</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGradient()
	 * @generated
	 * @ordered
	 */
	protected GradientDescription gradient;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NodeStyleDescriptionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.NODE_STYLE_DESCRIPTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeShape getShape() {
		return shape;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShape(NodeShape newShape) {
		NodeShape oldShape = shape;
		shape = newShape == null ? SHAPE_EDEFAULT : newShape;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.NODE_STYLE_DESCRIPTION__SHAPE, oldShape, shape));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBackgroundColor() {
		return backgroundColor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBackgroundColor(String newBackgroundColor) {
		String oldBackgroundColor = backgroundColor;
		backgroundColor = newBackgroundColor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.NODE_STYLE_DESCRIPTION__BACKGROUND_COLOR, oldBackgroundColor, backgroundColor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBorderColor() {
		return borderColor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBorderColor(String newBorderColor) {
		String oldBorderColor = borderColor;
		borderColor = newBorderColor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.NODE_STYLE_DESCRIPTION__BORDER_COLOR, oldBorderColor, borderColor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabelColor() {
		return labelColor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelColor(String newLabelColor) {
		String oldLabelColor = labelColor;
		labelColor = newLabelColor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.NODE_STYLE_DESCRIPTION__LABEL_COLOR, oldLabelColor, labelColor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getBorderWidth() {
		return borderWidth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBorderWidth(int newBorderWidth) {
		int oldBorderWidth = borderWidth;
		borderWidth = newBorderWidth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.NODE_STYLE_DESCRIPTION__BORDER_WIDTH, oldBorderWidth, borderWidth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinWidth() {
		return minWidth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinWidth(int newMinWidth) {
		int oldMinWidth = minWidth;
		minWidth = newMinWidth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.NODE_STYLE_DESCRIPTION__MIN_WIDTH, oldMinWidth, minWidth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHeight() {
		return height;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeight(int newHeight) {
		int oldHeight = height;
		height = newHeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.NODE_STYLE_DESCRIPTION__HEIGHT, oldHeight, height));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GradientDescription getGradient() {
		return gradient;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetGradient(GradientDescription newGradient, NotificationChain msgs) {
		GradientDescription oldGradient = gradient;
		gradient = newGradient;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, DescriptionPackage.NODE_STYLE_DESCRIPTION__GRADIENT, oldGradient, newGradient);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGradient(GradientDescription newGradient) {
		if (newGradient != gradient) {
			NotificationChain msgs = null;
			if (gradient != null)
				msgs = ((InternalEObject)gradient).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - DescriptionPackage.NODE_STYLE_DESCRIPTION__GRADIENT, null, msgs);
			if (newGradient != null)
				msgs = ((InternalEObject)newGradient).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - DescriptionPackage.NODE_STYLE_DESCRIPTION__GRADIENT, null, msgs);
			msgs = basicSetGradient(newGradient, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.NODE_STYLE_DESCRIPTION__GRADIENT, newGradient, newGradient));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DescriptionPackage.NODE_STYLE_DESCRIPTION__GRADIENT:
				return basicSetGradient(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DescriptionPackage.NODE_STYLE_DESCRIPTION__SHAPE:
				return getShape();
			case DescriptionPackage.NODE_STYLE_DESCRIPTION__BACKGROUND_COLOR:
				return getBackgroundColor();
			case DescriptionPackage.NODE_STYLE_DESCRIPTION__BORDER_COLOR:
				return getBorderColor();
			case DescriptionPackage.NODE_STYLE_DESCRIPTION__LABEL_COLOR:
				return getLabelColor();
			case DescriptionPackage.NODE_STYLE_DESCRIPTION__BORDER_WIDTH:
				return getBorderWidth();
			case DescriptionPackage.NODE_STYLE_DESCRIPTION__MIN_WIDTH:
				return getMinWidth();
			case DescriptionPackage.NODE_STYLE_DESCRIPTION__HEIGHT:
				return getHeight();
			case DescriptionPackage.NODE_STYLE_DESCRIPTION__GRADIENT:
				return getGradient();
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
			case DescriptionPackage.NODE_STYLE_DESCRIPTION__SHAPE:
				setShape((NodeShape)newValue);
				return;
			case DescriptionPackage.NODE_STYLE_DESCRIPTION__BACKGROUND_COLOR:
				setBackgroundColor((String)newValue);
				return;
			case DescriptionPackage.NODE_STYLE_DESCRIPTION__BORDER_COLOR:
				setBorderColor((String)newValue);
				return;
			case DescriptionPackage.NODE_STYLE_DESCRIPTION__LABEL_COLOR:
				setLabelColor((String)newValue);
				return;
			case DescriptionPackage.NODE_STYLE_DESCRIPTION__BORDER_WIDTH:
				setBorderWidth((Integer)newValue);
				return;
			case DescriptionPackage.NODE_STYLE_DESCRIPTION__MIN_WIDTH:
				setMinWidth((Integer)newValue);
				return;
			case DescriptionPackage.NODE_STYLE_DESCRIPTION__HEIGHT:
				setHeight((Integer)newValue);
				return;
			case DescriptionPackage.NODE_STYLE_DESCRIPTION__GRADIENT:
				setGradient((GradientDescription)newValue);
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
			case DescriptionPackage.NODE_STYLE_DESCRIPTION__SHAPE:
				setShape(SHAPE_EDEFAULT);
				return;
			case DescriptionPackage.NODE_STYLE_DESCRIPTION__BACKGROUND_COLOR:
				setBackgroundColor(BACKGROUND_COLOR_EDEFAULT);
				return;
			case DescriptionPackage.NODE_STYLE_DESCRIPTION__BORDER_COLOR:
				setBorderColor(BORDER_COLOR_EDEFAULT);
				return;
			case DescriptionPackage.NODE_STYLE_DESCRIPTION__LABEL_COLOR:
				setLabelColor(LABEL_COLOR_EDEFAULT);
				return;
			case DescriptionPackage.NODE_STYLE_DESCRIPTION__BORDER_WIDTH:
				setBorderWidth(BORDER_WIDTH_EDEFAULT);
				return;
			case DescriptionPackage.NODE_STYLE_DESCRIPTION__MIN_WIDTH:
				setMinWidth(MIN_WIDTH_EDEFAULT);
				return;
			case DescriptionPackage.NODE_STYLE_DESCRIPTION__HEIGHT:
				setHeight(HEIGHT_EDEFAULT);
				return;
			case DescriptionPackage.NODE_STYLE_DESCRIPTION__GRADIENT:
				setGradient((GradientDescription)null);
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
			case DescriptionPackage.NODE_STYLE_DESCRIPTION__SHAPE:
				return shape != SHAPE_EDEFAULT;
			case DescriptionPackage.NODE_STYLE_DESCRIPTION__BACKGROUND_COLOR:
				return BACKGROUND_COLOR_EDEFAULT == null ? backgroundColor != null : !BACKGROUND_COLOR_EDEFAULT.equals(backgroundColor);
			case DescriptionPackage.NODE_STYLE_DESCRIPTION__BORDER_COLOR:
				return BORDER_COLOR_EDEFAULT == null ? borderColor != null : !BORDER_COLOR_EDEFAULT.equals(borderColor);
			case DescriptionPackage.NODE_STYLE_DESCRIPTION__LABEL_COLOR:
				return LABEL_COLOR_EDEFAULT == null ? labelColor != null : !LABEL_COLOR_EDEFAULT.equals(labelColor);
			case DescriptionPackage.NODE_STYLE_DESCRIPTION__BORDER_WIDTH:
				return borderWidth != BORDER_WIDTH_EDEFAULT;
			case DescriptionPackage.NODE_STYLE_DESCRIPTION__MIN_WIDTH:
				return minWidth != MIN_WIDTH_EDEFAULT;
			case DescriptionPackage.NODE_STYLE_DESCRIPTION__HEIGHT:
				return height != HEIGHT_EDEFAULT;
			case DescriptionPackage.NODE_STYLE_DESCRIPTION__GRADIENT:
				return gradient != null;
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
		result.append(" (shape: ");
		result.append(shape);
		result.append(", backgroundColor: ");
		result.append(backgroundColor);
		result.append(", borderColor: ");
		result.append(borderColor);
		result.append(", labelColor: ");
		result.append(labelColor);
		result.append(", borderWidth: ");
		result.append(borderWidth);
		result.append(", minWidth: ");
		result.append(minWidth);
		result.append(", height: ");
		result.append(height);
		result.append(')');
		return result.toString();
	}

} //NodeStyleDescriptionImpl
