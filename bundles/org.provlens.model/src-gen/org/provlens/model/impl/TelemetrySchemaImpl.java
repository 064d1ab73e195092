/**
 */
package org.provlens.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.provlens.model.ProvlensPackage;
import org.provlens.model.TelemetrySchema;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Telemetry Schema</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.model.impl.TelemetrySchemaImpl#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.provlens.model.impl.TelemetrySchemaImpl#getUnits <em>Units</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TelemetrySchemaImpl extends ProvElementImpl implements TelemetrySchema {
	/**
	 * The cached value of the '{@link #getChannels() <em>Channels</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected EList<String> channels;

	/**
	 * The cached value of the '{@link #getUnits() <em>Units</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnits()
	 * @generated
	 * @ordered
	 */
	protected EList<String> units;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TelemetrySchemaImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProvlensPackage.Literals.TELEMETRY_SCHEMA;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getChannels() {
		if (channels == null) {
			channels = new EDataTypeUniqueEList<String>(String.class, this, ProvlensPackage.TELEMETRY_SCHEMA__CHANNELS);
		}
		return channels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getUnits() {
		if (units == null) {
			units = new EDataTypeEList<String>(String.class, this, ProvlensPackage.TELEMETRY_SCHEMA__UNITS);
		}
		return units;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProvlensPackage.TELEMETRY_SCHEMA__CHANNELS:
				return getChannels();
			case ProvlensPackage.TELEMETRY_SCHEMA__UNITS:
				return getUnits();
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
			case ProvlensPackage.TELEMETRY_SCHEMA__CHANNELS:
				getChannels().clear();
				getChannels().addAll((Collection<? extends String>)newValue);
				return;
			case ProvlensPackage.TELEMETRY_SCHEMA__UNITS:
				getUnits().clear();
				getUnits().addAll((Collection<? extends String>)newValue);
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
			case ProvlensPackage.TELEMETRY_SCHEMA__CHANNELS:
				getChannels().clear();
				return;
			case ProvlensPackage.TELEMETRY_SCHEMA__UNITS:
				getUnits().clear();
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
			case ProvlensPackage.TELEMETRY_SCHEMA__CHANNELS:
				return channels != null && !channels.isEmpty();
			case ProvlensPackage.TELEMETRY_SCHEMA__UNITS:
				return units != null && !units.isEmpty();
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
		result.append(" (channels: ");
		result.append(channels);
		result.append(", units: ");
		result.append(units);
		result.append(')');
		return result.toString();
	}

} //TelemetrySchemaImpl
