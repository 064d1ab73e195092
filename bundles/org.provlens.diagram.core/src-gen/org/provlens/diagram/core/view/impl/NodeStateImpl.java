/**
 */
package org.provlens.diagram.core.view.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.provlens.diagram.core.view.Expansion;
import org.provlens.diagram.core.view.NodeState;
import org.provlens.diagram.core.view.ViewPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Node State</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.diagram.core.view.impl.NodeStateImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.provlens.diagram.core.view.impl.NodeStateImpl#getX <em>X</em>}</li>
 *   <li>{@link org.provlens.diagram.core.view.impl.NodeStateImpl#getY <em>Y</em>}</li>
 *   <li>{@link org.provlens.diagram.core.view.impl.NodeStateImpl#isPinned <em>Pinned</em>}</li>
 *   <li>{@link org.provlens.diagram.core.view.impl.NodeStateImpl#getExpansion <em>Expansion</em>}</li>
 *   <li>{@link org.provlens.diagram.core.view.impl.NodeStateImpl#isHidden <em>Hidden</em>}</li>
 *   <li>{@link org.provlens.diagram.core.view.impl.NodeStateImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.provlens.diagram.core.view.impl.NodeStateImpl#getShown <em>Shown</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NodeStateImpl extends MinimalEObjectImpl.Container implements NodeState {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getX() <em>X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getX()
	 * @generated
	 * @ordered
	 */
	protected static final double X_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getX() <em>X</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getX()
	 * @generated
	 * @ordered
	 */
	protected double x = X_EDEFAULT;

	/**
	 * The default value of the '{@link #getY() <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getY()
	 * @generated
	 * @ordered
	 */
	protected static final double Y_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getY() <em>Y</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getY()
	 * @generated
	 * @ordered
	 */
	protected double y = Y_EDEFAULT;

	/**
	 * The default value of the '{@link #isPinned() <em>Pinned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPinned()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PINNED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isPinned() <em>Pinned</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPinned()
	 * @generated
	 * @ordered
	 */
	protected boolean pinned = PINNED_EDEFAULT;

	/**
	 * The default value of the '{@link #getExpansion() <em>Expansion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpansion()
	 * @generated
	 * @ordered
	 */
	protected static final Expansion EXPANSION_EDEFAULT = Expansion.DEFAULT;

	/**
	 * The cached value of the '{@link #getExpansion() <em>Expansion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpansion()
	 * @generated
	 * @ordered
	 */
	protected Expansion expansion = EXPANSION_EDEFAULT;

	/**
	 * The default value of the '{@link #isHidden() <em>Hidden</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHidden()
	 * @generated
	 * @ordered
	 */
	protected static final boolean HIDDEN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isHidden() <em>Hidden</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHidden()
	 * @generated
	 * @ordered
	 */
	protected boolean hidden = HIDDEN_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getShown() <em>Shown</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShown()
	 * @generated
	 * @ordered
	 */
	protected static final int SHOWN_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getShown() <em>Shown</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShown()
	 * @generated
	 * @ordered
	 */
	protected int shown = SHOWN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NodeStateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ViewPackage.Literals.NODE_STATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewPackage.NODE_STATE__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getX() {
		return x;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setX(double newX) {
		double oldX = x;
		x = newX;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewPackage.NODE_STATE__X, oldX, x));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getY() {
		return y;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setY(double newY) {
		double oldY = y;
		y = newY;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewPackage.NODE_STATE__Y, oldY, y));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPinned() {
		return pinned;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPinned(boolean newPinned) {
		boolean oldPinned = pinned;
		pinned = newPinned;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewPackage.NODE_STATE__PINNED, oldPinned, pinned));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Expansion getExpansion() {
		return expansion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpansion(Expansion newExpansion) {
		Expansion oldExpansion = expansion;
		expansion = newExpansion == null ? EXPANSION_EDEFAULT : newExpansion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewPackage.NODE_STATE__EXPANSION, oldExpansion, expansion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isHidden() {
		return hidden;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHidden(boolean newHidden) {
		boolean oldHidden = hidden;
		hidden = newHidden;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewPackage.NODE_STATE__HIDDEN, oldHidden, hidden));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewPackage.NODE_STATE__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getShown() {
		return shown;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setShown(int newShown) {
		int oldShown = shown;
		shown = newShown;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ViewPackage.NODE_STATE__SHOWN, oldShown, shown));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ViewPackage.NODE_STATE__ID:
				return getId();
			case ViewPackage.NODE_STATE__X:
				return getX();
			case ViewPackage.NODE_STATE__Y:
				return getY();
			case ViewPackage.NODE_STATE__PINNED:
				return isPinned();
			case ViewPackage.NODE_STATE__EXPANSION:
				return getExpansion();
			case ViewPackage.NODE_STATE__HIDDEN:
				return isHidden();
			case ViewPackage.NODE_STATE__LABEL:
				return getLabel();
			case ViewPackage.NODE_STATE__SHOWN:
				return getShown();
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
			case ViewPackage.NODE_STATE__ID:
				setId((String)newValue);
				return;
			case ViewPackage.NODE_STATE__X:
				setX((Double)newValue);
				return;
			case ViewPackage.NODE_STATE__Y:
				setY((Double)newValue);
				return;
			case ViewPackage.NODE_STATE__PINNED:
				setPinned((Boolean)newValue);
				return;
			case ViewPackage.NODE_STATE__EXPANSION:
				setExpansion((Expansion)newValue);
				return;
			case ViewPackage.NODE_STATE__HIDDEN:
				setHidden((Boolean)newValue);
				return;
			case ViewPackage.NODE_STATE__LABEL:
				setLabel((String)newValue);
				return;
			case ViewPackage.NODE_STATE__SHOWN:
				setShown((Integer)newValue);
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
			case ViewPackage.NODE_STATE__ID:
				setId(ID_EDEFAULT);
				return;
			case ViewPackage.NODE_STATE__X:
				setX(X_EDEFAULT);
				return;
			case ViewPackage.NODE_STATE__Y:
				setY(Y_EDEFAULT);
				return;
			case ViewPackage.NODE_STATE__PINNED:
				setPinned(PINNED_EDEFAULT);
				return;
			case ViewPackage.NODE_STATE__EXPANSION:
				setExpansion(EXPANSION_EDEFAULT);
				return;
			case ViewPackage.NODE_STATE__HIDDEN:
				setHidden(HIDDEN_EDEFAULT);
				return;
			case ViewPackage.NODE_STATE__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case ViewPackage.NODE_STATE__SHOWN:
				setShown(SHOWN_EDEFAULT);
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
			case ViewPackage.NODE_STATE__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ViewPackage.NODE_STATE__X:
				return x != X_EDEFAULT;
			case ViewPackage.NODE_STATE__Y:
				return y != Y_EDEFAULT;
			case ViewPackage.NODE_STATE__PINNED:
				return pinned != PINNED_EDEFAULT;
			case ViewPackage.NODE_STATE__EXPANSION:
				return expansion != EXPANSION_EDEFAULT;
			case ViewPackage.NODE_STATE__HIDDEN:
				return hidden != HIDDEN_EDEFAULT;
			case ViewPackage.NODE_STATE__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case ViewPackage.NODE_STATE__SHOWN:
				return shown != SHOWN_EDEFAULT;
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
		result.append(" (id: ");
		result.append(id);
		result.append(", x: ");
		result.append(x);
		result.append(", y: ");
		result.append(y);
		result.append(", pinned: ");
		result.append(pinned);
		result.append(", expansion: ");
		result.append(expansion);
		result.append(", hidden: ");
		result.append(hidden);
		result.append(", label: ");
		result.append(label);
		result.append(", shown: ");
		result.append(shown);
		result.append(')');
		return result.toString();
	}

} //NodeStateImpl
