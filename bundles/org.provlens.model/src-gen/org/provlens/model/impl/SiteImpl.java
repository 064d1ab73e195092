/**
 */
package org.provlens.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentWithInverseEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.provlens.model.Host;
import org.provlens.model.ProvlensPackage;
import org.provlens.model.Site;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Site</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.model.impl.SiteImpl#getFacility <em>Facility</em>}</li>
 *   <li>{@link org.provlens.model.impl.SiteImpl#getRegion <em>Region</em>}</li>
 *   <li>{@link org.provlens.model.impl.SiteImpl#getPue <em>Pue</em>}</li>
 *   <li>{@link org.provlens.model.impl.SiteImpl#getCarbonIntensity <em>Carbon Intensity</em>}</li>
 *   <li>{@link org.provlens.model.impl.SiteImpl#getHosts <em>Hosts</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SiteImpl extends ProvElementImpl implements Site {
	/**
	 * The default value of the '{@link #getFacility() <em>Facility</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFacility()
	 * @generated
	 * @ordered
	 */
	protected static final String FACILITY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFacility() <em>Facility</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFacility()
	 * @generated
	 * @ordered
	 */
	protected String facility = FACILITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getRegion() <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected static final String REGION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRegion() <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegion()
	 * @generated
	 * @ordered
	 */
	protected String region = REGION_EDEFAULT;

	/**
	 * The default value of the '{@link #getPue() <em>Pue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPue()
	 * @generated
	 * @ordered
	 */
	protected static final double PUE_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getPue() <em>Pue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPue()
	 * @generated
	 * @ordered
	 */
	protected double pue = PUE_EDEFAULT;

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
	 * The cached value of the '{@link #getHosts() <em>Hosts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHosts()
	 * @generated
	 * @ordered
	 */
	protected EList<Host> hosts;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SiteImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProvlensPackage.Literals.SITE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFacility() {
		return facility;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFacility(String newFacility) {
		String oldFacility = facility;
		facility = newFacility;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProvlensPackage.SITE__FACILITY, oldFacility, facility));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRegion() {
		return region;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegion(String newRegion) {
		String oldRegion = region;
		region = newRegion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProvlensPackage.SITE__REGION, oldRegion, region));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getPue() {
		return pue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPue(double newPue) {
		double oldPue = pue;
		pue = newPue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProvlensPackage.SITE__PUE, oldPue, pue));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProvlensPackage.SITE__CARBON_INTENSITY, oldCarbonIntensity, carbonIntensity));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Host> getHosts() {
		if (hosts == null) {
			hosts = new EObjectContainmentWithInverseEList<Host>(Host.class, this, ProvlensPackage.SITE__HOSTS, ProvlensPackage.HOST__SITE);
		}
		return hosts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ProvlensPackage.SITE__HOSTS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getHosts()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ProvlensPackage.SITE__HOSTS:
				return ((InternalEList<?>)getHosts()).basicRemove(otherEnd, msgs);
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
			case ProvlensPackage.SITE__FACILITY:
				return getFacility();
			case ProvlensPackage.SITE__REGION:
				return getRegion();
			case ProvlensPackage.SITE__PUE:
				return getPue();
			case ProvlensPackage.SITE__CARBON_INTENSITY:
				return getCarbonIntensity();
			case ProvlensPackage.SITE__HOSTS:
				return getHosts();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ProvlensPackage.SITE__FACILITY:
				setFacility((String)newValue);
				return;
			case ProvlensPackage.SITE__REGION:
				setRegion((String)newValue);
				return;
			case ProvlensPackage.SITE__PUE:
				setPue((Double)newValue);
				return;
			case ProvlensPackage.SITE__CARBON_INTENSITY:
				setCarbonIntensity((Double)newValue);
				return;
			case ProvlensPackage.SITE__HOSTS:
				getHosts().clear();
				getHosts().addAll((Collection<? extends Host>)newValue);
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
			case ProvlensPackage.SITE__FACILITY:
				setFacility(FACILITY_EDEFAULT);
				return;
			case ProvlensPackage.SITE__REGION:
				setRegion(REGION_EDEFAULT);
				return;
			case ProvlensPackage.SITE__PUE:
				setPue(PUE_EDEFAULT);
				return;
			case ProvlensPackage.SITE__CARBON_INTENSITY:
				setCarbonIntensity(CARBON_INTENSITY_EDEFAULT);
				return;
			case ProvlensPackage.SITE__HOSTS:
				getHosts().clear();
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
			case ProvlensPackage.SITE__FACILITY:
				return FACILITY_EDEFAULT == null ? facility != null : !FACILITY_EDEFAULT.equals(facility);
			case ProvlensPackage.SITE__REGION:
				return REGION_EDEFAULT == null ? region != null : !REGION_EDEFAULT.equals(region);
			case ProvlensPackage.SITE__PUE:
				return pue != PUE_EDEFAULT;
			case ProvlensPackage.SITE__CARBON_INTENSITY:
				return carbonIntensity != CARBON_INTENSITY_EDEFAULT;
			case ProvlensPackage.SITE__HOSTS:
				return hosts != null && !hosts.isEmpty();
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
		result.append(" (facility: ");
		result.append(facility);
		result.append(", region: ");
		result.append(region);
		result.append(", pue: ");
		result.append(pue);
		result.append(", carbonIntensity: ");
		result.append(carbonIntensity);
		result.append(')');
		return result.toString();
	}

} //SiteImpl
