/**
 */
package org.provlens.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.provlens.model.EnergyComponent;
import org.provlens.model.EnergyEstimate;
import org.provlens.model.EnergyMethod;
import org.provlens.model.ProvlensPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Energy Estimate</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.model.impl.EnergyEstimateImpl#getComponent <em>Component</em>}</li>
 *   <li>{@link org.provlens.model.impl.EnergyEstimateImpl#getJoules <em>Joules</em>}</li>
 *   <li>{@link org.provlens.model.impl.EnergyEstimateImpl#getMethod <em>Method</em>}</li>
 *   <li>{@link org.provlens.model.impl.EnergyEstimateImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.provlens.model.impl.EnergyEstimateImpl#getPueApplied <em>Pue Applied</em>}</li>
 *   <li>{@link org.provlens.model.impl.EnergyEstimateImpl#getCarbonIntensity <em>Carbon Intensity</em>}</li>
 *   <li>{@link org.provlens.model.impl.EnergyEstimateImpl#getCo2eGrams <em>Co2e Grams</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EnergyEstimateImpl extends MinimalEObjectImpl.Container implements EnergyEstimate {
	/**
	 * The default value of the '{@link #getComponent() <em>Component</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComponent()
	 * @generated
	 * @ordered
	 */
	protected static final EnergyComponent COMPONENT_EDEFAULT = EnergyComponent.TOTAL;

	/**
	 * The cached value of the '{@link #getComponent() <em>Component</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getComponent()
	 * @generated
	 * @ordered
	 */
	protected EnergyComponent component = COMPONENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getJoules() <em>Joules</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJoules()
	 * @generated
	 * @ordered
	 */
	protected static final double JOULES_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getJoules() <em>Joules</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getJoules()
	 * @generated
	 * @ordered
	 */
	protected double joules = JOULES_EDEFAULT;

	/**
	 * The default value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected static final EnergyMethod METHOD_EDEFAULT = EnergyMethod.MEASURED;

	/**
	 * The cached value of the '{@link #getMethod() <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethod()
	 * @generated
	 * @ordered
	 */
	protected EnergyMethod method = METHOD_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPueApplied() <em>Pue Applied</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPueApplied()
	 * @generated
	 * @ordered
	 */
	protected static final double PUE_APPLIED_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getPueApplied() <em>Pue Applied</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPueApplied()
	 * @generated
	 * @ordered
	 */
	protected double pueApplied = PUE_APPLIED_EDEFAULT;

	/**
	 * The default value of the '{@link #getCarbonIntensity() <em>Carbon Intensity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCarbonIntensity()
	 * @generated
	 * @ordered
	 */
	protected static final double CARBON_INTENSITY_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getCarbonIntensity() <em>Carbon Intensity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCarbonIntensity()
	 * @generated
	 * @ordered
	 */
	protected double carbonIntensity = CARBON_INTENSITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getCo2eGrams() <em>Co2e Grams</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCo2eGrams()
	 * @generated
	 * @ordered
	 */
	protected static final double CO2E_GRAMS_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getCo2eGrams() <em>Co2e Grams</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCo2eGrams()
	 * @generated
	 * @ordered
	 */
	protected double co2eGrams = CO2E_GRAMS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EnergyEstimateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProvlensPackage.Literals.ENERGY_ESTIMATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EnergyComponent getComponent() {
		return component;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setComponent(EnergyComponent newComponent) {
		EnergyComponent oldComponent = component;
		component = newComponent == null ? COMPONENT_EDEFAULT : newComponent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProvlensPackage.ENERGY_ESTIMATE__COMPONENT, oldComponent, component));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getJoules() {
		return joules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setJoules(double newJoules) {
		double oldJoules = joules;
		joules = newJoules;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProvlensPackage.ENERGY_ESTIMATE__JOULES, oldJoules, joules));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EnergyMethod getMethod() {
		return method;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMethod(EnergyMethod newMethod) {
		EnergyMethod oldMethod = method;
		method = newMethod == null ? METHOD_EDEFAULT : newMethod;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProvlensPackage.ENERGY_ESTIMATE__METHOD, oldMethod, method));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProvlensPackage.ENERGY_ESTIMATE__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPueApplied() {
		return pueApplied;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPueApplied(double newPueApplied) {
		double oldPueApplied = pueApplied;
		pueApplied = newPueApplied;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProvlensPackage.ENERGY_ESTIMATE__PUE_APPLIED, oldPueApplied, pueApplied));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCarbonIntensity() {
		return carbonIntensity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCarbonIntensity(double newCarbonIntensity) {
		double oldCarbonIntensity = carbonIntensity;
		carbonIntensity = newCarbonIntensity;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProvlensPackage.ENERGY_ESTIMATE__CARBON_INTENSITY, oldCarbonIntensity, carbonIntensity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCo2eGrams() {
		return co2eGrams;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCo2eGrams(double newCo2eGrams) {
		double oldCo2eGrams = co2eGrams;
		co2eGrams = newCo2eGrams;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProvlensPackage.ENERGY_ESTIMATE__CO2E_GRAMS, oldCo2eGrams, co2eGrams));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProvlensPackage.ENERGY_ESTIMATE__COMPONENT:
				return getComponent();
			case ProvlensPackage.ENERGY_ESTIMATE__JOULES:
				return getJoules();
			case ProvlensPackage.ENERGY_ESTIMATE__METHOD:
				return getMethod();
			case ProvlensPackage.ENERGY_ESTIMATE__SOURCE:
				return getSource();
			case ProvlensPackage.ENERGY_ESTIMATE__PUE_APPLIED:
				return getPueApplied();
			case ProvlensPackage.ENERGY_ESTIMATE__CARBON_INTENSITY:
				return getCarbonIntensity();
			case ProvlensPackage.ENERGY_ESTIMATE__CO2E_GRAMS:
				return getCo2eGrams();
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
			case ProvlensPackage.ENERGY_ESTIMATE__COMPONENT:
				setComponent((EnergyComponent)newValue);
				return;
			case ProvlensPackage.ENERGY_ESTIMATE__JOULES:
				setJoules((Double)newValue);
				return;
			case ProvlensPackage.ENERGY_ESTIMATE__METHOD:
				setMethod((EnergyMethod)newValue);
				return;
			case ProvlensPackage.ENERGY_ESTIMATE__SOURCE:
				setSource((String)newValue);
				return;
			case ProvlensPackage.ENERGY_ESTIMATE__PUE_APPLIED:
				setPueApplied((Double)newValue);
				return;
			case ProvlensPackage.ENERGY_ESTIMATE__CARBON_INTENSITY:
				setCarbonIntensity((Double)newValue);
				return;
			case ProvlensPackage.ENERGY_ESTIMATE__CO2E_GRAMS:
				setCo2eGrams((Double)newValue);
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
			case ProvlensPackage.ENERGY_ESTIMATE__COMPONENT:
				setComponent(COMPONENT_EDEFAULT);
				return;
			case ProvlensPackage.ENERGY_ESTIMATE__JOULES:
				setJoules(JOULES_EDEFAULT);
				return;
			case ProvlensPackage.ENERGY_ESTIMATE__METHOD:
				setMethod(METHOD_EDEFAULT);
				return;
			case ProvlensPackage.ENERGY_ESTIMATE__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case ProvlensPackage.ENERGY_ESTIMATE__PUE_APPLIED:
				setPueApplied(PUE_APPLIED_EDEFAULT);
				return;
			case ProvlensPackage.ENERGY_ESTIMATE__CARBON_INTENSITY:
				setCarbonIntensity(CARBON_INTENSITY_EDEFAULT);
				return;
			case ProvlensPackage.ENERGY_ESTIMATE__CO2E_GRAMS:
				setCo2eGrams(CO2E_GRAMS_EDEFAULT);
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
			case ProvlensPackage.ENERGY_ESTIMATE__COMPONENT:
				return component != COMPONENT_EDEFAULT;
			case ProvlensPackage.ENERGY_ESTIMATE__JOULES:
				return joules != JOULES_EDEFAULT;
			case ProvlensPackage.ENERGY_ESTIMATE__METHOD:
				return method != METHOD_EDEFAULT;
			case ProvlensPackage.ENERGY_ESTIMATE__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case ProvlensPackage.ENERGY_ESTIMATE__PUE_APPLIED:
				return pueApplied != PUE_APPLIED_EDEFAULT;
			case ProvlensPackage.ENERGY_ESTIMATE__CARBON_INTENSITY:
				return carbonIntensity != CARBON_INTENSITY_EDEFAULT;
			case ProvlensPackage.ENERGY_ESTIMATE__CO2E_GRAMS:
				return co2eGrams != CO2E_GRAMS_EDEFAULT;
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
		result.append(" (component: ");
		result.append(component);
		result.append(", joules: ");
		result.append(joules);
		result.append(", method: ");
		result.append(method);
		result.append(", source: ");
		result.append(source);
		result.append(", pueApplied: ");
		result.append(pueApplied);
		result.append(", carbonIntensity: ");
		result.append(carbonIntensity);
		result.append(", co2eGrams: ");
		result.append(co2eGrams);
		result.append(')');
		return result.toString();
	}

} //EnergyEstimateImpl
