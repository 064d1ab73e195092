/**
 */
package org.provlens.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.provlens.model.ProvlensPackage;
import org.provlens.model.Telemetry;
import org.provlens.model.TelemetrySchema;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Telemetry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.model.impl.TelemetryImpl#getSchema <em>Schema</em>}</li>
 *   <li>{@link org.provlens.model.impl.TelemetryImpl#getAtStart <em>At Start</em>}</li>
 *   <li>{@link org.provlens.model.impl.TelemetryImpl#getAtEnd <em>At End</em>}</li>
 *   <li>{@link org.provlens.model.impl.TelemetryImpl#getRow <em>Row</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TelemetryImpl extends MinimalEObjectImpl.Container implements Telemetry {
	/**
	 * The cached value of the '{@link #getSchema() <em>Schema</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchema()
	 * @generated
	 * @ordered
	 */
	protected TelemetrySchema schema;

	/**
	 * The default value of the '{@link #getAtStart() <em>At Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAtStart()
	 * @generated
	 * @ordered
	 */
	protected static final double[] AT_START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAtStart() <em>At Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAtStart()
	 * @generated
	 * @ordered
	 */
	protected double[] atStart = AT_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getAtEnd() <em>At End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAtEnd()
	 * @generated
	 * @ordered
	 */
	protected static final double[] AT_END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAtEnd() <em>At End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAtEnd()
	 * @generated
	 * @ordered
	 */
	protected double[] atEnd = AT_END_EDEFAULT;

	/**
	 * The default value of the '{@link #getRow() <em>Row</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRow()
	 * @generated
	 * @ordered
	 */
	protected static final long ROW_EDEFAULT = -1L;

	/**
	 * The cached value of the '{@link #getRow() <em>Row</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRow()
	 * @generated
	 * @ordered
	 */
	protected long row = ROW_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TelemetryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProvlensPackage.Literals.TELEMETRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TelemetrySchema getSchema() {
		if (schema != null && schema.eIsProxy()) {
			InternalEObject oldSchema = (InternalEObject)schema;
			schema = (TelemetrySchema)eResolveProxy(oldSchema);
			if (schema != oldSchema) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ProvlensPackage.TELEMETRY__SCHEMA, oldSchema, schema));
			}
		}
		return schema;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TelemetrySchema basicGetSchema() {
		return schema;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSchema(TelemetrySchema newSchema) {
		TelemetrySchema oldSchema = schema;
		schema = newSchema;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProvlensPackage.TELEMETRY__SCHEMA, oldSchema, schema));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double[] getAtStart() {
		return atStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAtStart(double[] newAtStart) {
		double[] oldAtStart = atStart;
		atStart = newAtStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProvlensPackage.TELEMETRY__AT_START, oldAtStart, atStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double[] getAtEnd() {
		return atEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAtEnd(double[] newAtEnd) {
		double[] oldAtEnd = atEnd;
		atEnd = newAtEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProvlensPackage.TELEMETRY__AT_END, oldAtEnd, atEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRow() {
		return row;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRow(long newRow) {
		long oldRow = row;
		row = newRow;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProvlensPackage.TELEMETRY__ROW, oldRow, row));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProvlensPackage.TELEMETRY__SCHEMA:
				if (resolve) return getSchema();
				return basicGetSchema();
			case ProvlensPackage.TELEMETRY__AT_START:
				return getAtStart();
			case ProvlensPackage.TELEMETRY__AT_END:
				return getAtEnd();
			case ProvlensPackage.TELEMETRY__ROW:
				return getRow();
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
			case ProvlensPackage.TELEMETRY__SCHEMA:
				setSchema((TelemetrySchema)newValue);
				return;
			case ProvlensPackage.TELEMETRY__AT_START:
				setAtStart((double[])newValue);
				return;
			case ProvlensPackage.TELEMETRY__AT_END:
				setAtEnd((double[])newValue);
				return;
			case ProvlensPackage.TELEMETRY__ROW:
				setRow((Long)newValue);
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
			case ProvlensPackage.TELEMETRY__SCHEMA:
				setSchema((TelemetrySchema)null);
				return;
			case ProvlensPackage.TELEMETRY__AT_START:
				setAtStart(AT_START_EDEFAULT);
				return;
			case ProvlensPackage.TELEMETRY__AT_END:
				setAtEnd(AT_END_EDEFAULT);
				return;
			case ProvlensPackage.TELEMETRY__ROW:
				setRow(ROW_EDEFAULT);
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
			case ProvlensPackage.TELEMETRY__SCHEMA:
				return schema != null;
			case ProvlensPackage.TELEMETRY__AT_START:
				return AT_START_EDEFAULT == null ? atStart != null : !AT_START_EDEFAULT.equals(atStart);
			case ProvlensPackage.TELEMETRY__AT_END:
				return AT_END_EDEFAULT == null ? atEnd != null : !AT_END_EDEFAULT.equals(atEnd);
			case ProvlensPackage.TELEMETRY__ROW:
				return row != ROW_EDEFAULT;
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
		result.append(" (atStart: ");
		result.append(atStart);
		result.append(", atEnd: ");
		result.append(atEnd);
		result.append(", row: ");
		result.append(row);
		result.append(')');
		return result.toString();
	}

} //TelemetryImpl
