/**
 */
package org.provlens.diagram.core.description.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.provlens.diagram.core.description.Aggregation;
import org.provlens.diagram.core.description.DescriptionPackage;
import org.provlens.diagram.core.description.GradientDescription;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Gradient Description</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.diagram.core.description.impl.GradientDescriptionImpl#getMeasure <em>Measure</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.impl.GradientDescriptionImpl#getFeature <em>Feature</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.impl.GradientDescriptionImpl#getAggregation <em>Aggregation</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.impl.GradientDescriptionImpl#isLogarithmic <em>Logarithmic</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.impl.GradientDescriptionImpl#getLowColor <em>Low Color</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.impl.GradientDescriptionImpl#getHighColor <em>High Color</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.impl.GradientDescriptionImpl#getMissingColor <em>Missing Color</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GradientDescriptionImpl extends MinimalEObjectImpl.Container implements GradientDescription {
	/**
	 * The default value of the '{@link #getMeasure() <em>Measure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasure()
	 * @generated
	 * @ordered
	 */
	protected static final String MEASURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMeasure() <em>Measure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMeasure()
	 * @generated
	 * @ordered
	 */
	protected String measure = MEASURE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFeature() <em>Feature</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeature()
	 * @generated
	 * @ordered
	 */
	protected EAttribute feature;

	/**
	 * The default value of the '{@link #getAggregation() <em>Aggregation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAggregation()
	 * @generated
	 * @ordered
	 */
	protected static final Aggregation AGGREGATION_EDEFAULT = Aggregation.MEAN;

	/**
	 * The cached value of the '{@link #getAggregation() <em>Aggregation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAggregation()
	 * @generated
	 * @ordered
	 */
	protected Aggregation aggregation = AGGREGATION_EDEFAULT;

	/**
	 * The default value of the '{@link #isLogarithmic() <em>Logarithmic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLogarithmic()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LOGARITHMIC_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isLogarithmic() <em>Logarithmic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLogarithmic()
	 * @generated
	 * @ordered
	 */
	protected boolean logarithmic = LOGARITHMIC_EDEFAULT;

	/**
	 * The default value of the '{@link #getLowColor() <em>Low Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLowColor()
	 * @generated
	 * @ordered
	 */
	protected static final String LOW_COLOR_EDEFAULT = "#fff5d6";

	/**
	 * The cached value of the '{@link #getLowColor() <em>Low Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLowColor()
	 * @generated
	 * @ordered
	 */
	protected String lowColor = LOW_COLOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getHighColor() <em>High Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHighColor()
	 * @generated
	 * @ordered
	 */
	protected static final String HIGH_COLOR_EDEFAULT = "#d7301f";

	/**
	 * The cached value of the '{@link #getHighColor() <em>High Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHighColor()
	 * @generated
	 * @ordered
	 */
	protected String highColor = HIGH_COLOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getMissingColor() <em>Missing Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMissingColor()
	 * @generated
	 * @ordered
	 */
	protected static final String MISSING_COLOR_EDEFAULT = "#eeeeee";

	/**
	 * The cached value of the '{@link #getMissingColor() <em>Missing Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMissingColor()
	 * @generated
	 * @ordered
	 */
	protected String missingColor = MISSING_COLOR_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GradientDescriptionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.GRADIENT_DESCRIPTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMeasure() {
		return measure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMeasure(String newMeasure) {
		String oldMeasure = measure;
		measure = newMeasure;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.GRADIENT_DESCRIPTION__MEASURE, oldMeasure, measure));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeature() {
		if (feature != null && feature.eIsProxy()) {
			InternalEObject oldFeature = (InternalEObject)feature;
			feature = (EAttribute)eResolveProxy(oldFeature);
			if (feature != oldFeature) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DescriptionPackage.GRADIENT_DESCRIPTION__FEATURE, oldFeature, feature));
			}
		}
		return feature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EAttribute basicGetFeature() {
		return feature;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFeature(EAttribute newFeature) {
		EAttribute oldFeature = feature;
		feature = newFeature;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.GRADIENT_DESCRIPTION__FEATURE, oldFeature, feature));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Aggregation getAggregation() {
		return aggregation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAggregation(Aggregation newAggregation) {
		Aggregation oldAggregation = aggregation;
		aggregation = newAggregation == null ? AGGREGATION_EDEFAULT : newAggregation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.GRADIENT_DESCRIPTION__AGGREGATION, oldAggregation, aggregation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLogarithmic() {
		return logarithmic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLogarithmic(boolean newLogarithmic) {
		boolean oldLogarithmic = logarithmic;
		logarithmic = newLogarithmic;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.GRADIENT_DESCRIPTION__LOGARITHMIC, oldLogarithmic, logarithmic));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLowColor() {
		return lowColor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLowColor(String newLowColor) {
		String oldLowColor = lowColor;
		lowColor = newLowColor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.GRADIENT_DESCRIPTION__LOW_COLOR, oldLowColor, lowColor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getHighColor() {
		return highColor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHighColor(String newHighColor) {
		String oldHighColor = highColor;
		highColor = newHighColor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.GRADIENT_DESCRIPTION__HIGH_COLOR, oldHighColor, highColor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMissingColor() {
		return missingColor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMissingColor(String newMissingColor) {
		String oldMissingColor = missingColor;
		missingColor = newMissingColor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.GRADIENT_DESCRIPTION__MISSING_COLOR, oldMissingColor, missingColor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DescriptionPackage.GRADIENT_DESCRIPTION__MEASURE:
				return getMeasure();
			case DescriptionPackage.GRADIENT_DESCRIPTION__FEATURE:
				if (resolve) return getFeature();
				return basicGetFeature();
			case DescriptionPackage.GRADIENT_DESCRIPTION__AGGREGATION:
				return getAggregation();
			case DescriptionPackage.GRADIENT_DESCRIPTION__LOGARITHMIC:
				return isLogarithmic();
			case DescriptionPackage.GRADIENT_DESCRIPTION__LOW_COLOR:
				return getLowColor();
			case DescriptionPackage.GRADIENT_DESCRIPTION__HIGH_COLOR:
				return getHighColor();
			case DescriptionPackage.GRADIENT_DESCRIPTION__MISSING_COLOR:
				return getMissingColor();
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
			case DescriptionPackage.GRADIENT_DESCRIPTION__MEASURE:
				setMeasure((String)newValue);
				return;
			case DescriptionPackage.GRADIENT_DESCRIPTION__FEATURE:
				setFeature((EAttribute)newValue);
				return;
			case DescriptionPackage.GRADIENT_DESCRIPTION__AGGREGATION:
				setAggregation((Aggregation)newValue);
				return;
			case DescriptionPackage.GRADIENT_DESCRIPTION__LOGARITHMIC:
				setLogarithmic((Boolean)newValue);
				return;
			case DescriptionPackage.GRADIENT_DESCRIPTION__LOW_COLOR:
				setLowColor((String)newValue);
				return;
			case DescriptionPackage.GRADIENT_DESCRIPTION__HIGH_COLOR:
				setHighColor((String)newValue);
				return;
			case DescriptionPackage.GRADIENT_DESCRIPTION__MISSING_COLOR:
				setMissingColor((String)newValue);
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
			case DescriptionPackage.GRADIENT_DESCRIPTION__MEASURE:
				setMeasure(MEASURE_EDEFAULT);
				return;
			case DescriptionPackage.GRADIENT_DESCRIPTION__FEATURE:
				setFeature((EAttribute)null);
				return;
			case DescriptionPackage.GRADIENT_DESCRIPTION__AGGREGATION:
				setAggregation(AGGREGATION_EDEFAULT);
				return;
			case DescriptionPackage.GRADIENT_DESCRIPTION__LOGARITHMIC:
				setLogarithmic(LOGARITHMIC_EDEFAULT);
				return;
			case DescriptionPackage.GRADIENT_DESCRIPTION__LOW_COLOR:
				setLowColor(LOW_COLOR_EDEFAULT);
				return;
			case DescriptionPackage.GRADIENT_DESCRIPTION__HIGH_COLOR:
				setHighColor(HIGH_COLOR_EDEFAULT);
				return;
			case DescriptionPackage.GRADIENT_DESCRIPTION__MISSING_COLOR:
				setMissingColor(MISSING_COLOR_EDEFAULT);
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
			case DescriptionPackage.GRADIENT_DESCRIPTION__MEASURE:
				return MEASURE_EDEFAULT == null ? measure != null : !MEASURE_EDEFAULT.equals(measure);
			case DescriptionPackage.GRADIENT_DESCRIPTION__FEATURE:
				return feature != null;
			case DescriptionPackage.GRADIENT_DESCRIPTION__AGGREGATION:
				return aggregation != AGGREGATION_EDEFAULT;
			case DescriptionPackage.GRADIENT_DESCRIPTION__LOGARITHMIC:
				return logarithmic != LOGARITHMIC_EDEFAULT;
			case DescriptionPackage.GRADIENT_DESCRIPTION__LOW_COLOR:
				return LOW_COLOR_EDEFAULT == null ? lowColor != null : !LOW_COLOR_EDEFAULT.equals(lowColor);
			case DescriptionPackage.GRADIENT_DESCRIPTION__HIGH_COLOR:
				return HIGH_COLOR_EDEFAULT == null ? highColor != null : !HIGH_COLOR_EDEFAULT.equals(highColor);
			case DescriptionPackage.GRADIENT_DESCRIPTION__MISSING_COLOR:
				return MISSING_COLOR_EDEFAULT == null ? missingColor != null : !MISSING_COLOR_EDEFAULT.equals(missingColor);
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
		result.append(" (measure: ");
		result.append(measure);
		result.append(", aggregation: ");
		result.append(aggregation);
		result.append(", logarithmic: ");
		result.append(logarithmic);
		result.append(", lowColor: ");
		result.append(lowColor);
		result.append(", highColor: ");
		result.append(highColor);
		result.append(", missingColor: ");
		result.append(missingColor);
		result.append(')');
		return result.toString();
	}

} //GradientDescriptionImpl
