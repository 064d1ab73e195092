/**
 */
package org.provlens.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;
import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.provlens.model.ImportRecord;
import org.provlens.model.ProvlensPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Import Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.model.impl.ImportRecordImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.provlens.model.impl.ImportRecordImpl#getFormat <em>Format</em>}</li>
 *   <li>{@link org.provlens.model.impl.ImportRecordImpl#getTime <em>Time</em>}</li>
 *   <li>{@link org.provlens.model.impl.ImportRecordImpl#getRecords <em>Records</em>}</li>
 *   <li>{@link org.provlens.model.impl.ImportRecordImpl#getSkipped <em>Skipped</em>}</li>
 *   <li>{@link org.provlens.model.impl.ImportRecordImpl#getProblems <em>Problems</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ImportRecordImpl extends MinimalEObjectImpl.Container implements ImportRecord {
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
	 * The default value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected static final String FORMAT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected String format = FORMAT_EDEFAULT;

	/**
	 * The default value of the '{@link #getTime() <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTime()
	 * @generated
	 * @ordered
	 */
	protected static final double TIME_EDEFAULT = Double.NaN;

	/**
	 * The cached value of the '{@link #getTime() <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTime()
	 * @generated
	 * @ordered
	 */
	protected double time = TIME_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecords() <em>Records</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecords()
	 * @generated
	 * @ordered
	 */
	protected static final int RECORDS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRecords() <em>Records</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecords()
	 * @generated
	 * @ordered
	 */
	protected int records = RECORDS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSkipped() <em>Skipped</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSkipped()
	 * @generated
	 * @ordered
	 */
	protected static final int SKIPPED_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSkipped() <em>Skipped</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSkipped()
	 * @generated
	 * @ordered
	 */
	protected int skipped = SKIPPED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getProblems() <em>Problems</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProblems()
	 * @generated
	 * @ordered
	 */
	protected EList<String> problems;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ImportRecordImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ProvlensPackage.Literals.IMPORT_RECORD;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ProvlensPackage.IMPORT_RECORD__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFormat() {
		return format;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormat(String newFormat) {
		String oldFormat = format;
		format = newFormat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProvlensPackage.IMPORT_RECORD__FORMAT, oldFormat, format));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTime() {
		return time;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTime(double newTime) {
		double oldTime = time;
		time = newTime;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProvlensPackage.IMPORT_RECORD__TIME, oldTime, time));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRecords() {
		return records;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecords(int newRecords) {
		int oldRecords = records;
		records = newRecords;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProvlensPackage.IMPORT_RECORD__RECORDS, oldRecords, records));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSkipped() {
		return skipped;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSkipped(int newSkipped) {
		int oldSkipped = skipped;
		skipped = newSkipped;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ProvlensPackage.IMPORT_RECORD__SKIPPED, oldSkipped, skipped));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getProblems() {
		if (problems == null) {
			problems = new EDataTypeEList<String>(String.class, this, ProvlensPackage.IMPORT_RECORD__PROBLEMS);
		}
		return problems;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ProvlensPackage.IMPORT_RECORD__SOURCE:
				return getSource();
			case ProvlensPackage.IMPORT_RECORD__FORMAT:
				return getFormat();
			case ProvlensPackage.IMPORT_RECORD__TIME:
				return getTime();
			case ProvlensPackage.IMPORT_RECORD__RECORDS:
				return getRecords();
			case ProvlensPackage.IMPORT_RECORD__SKIPPED:
				return getSkipped();
			case ProvlensPackage.IMPORT_RECORD__PROBLEMS:
				return getProblems();
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
			case ProvlensPackage.IMPORT_RECORD__SOURCE:
				setSource((String)newValue);
				return;
			case ProvlensPackage.IMPORT_RECORD__FORMAT:
				setFormat((String)newValue);
				return;
			case ProvlensPackage.IMPORT_RECORD__TIME:
				setTime((Double)newValue);
				return;
			case ProvlensPackage.IMPORT_RECORD__RECORDS:
				setRecords((Integer)newValue);
				return;
			case ProvlensPackage.IMPORT_RECORD__SKIPPED:
				setSkipped((Integer)newValue);
				return;
			case ProvlensPackage.IMPORT_RECORD__PROBLEMS:
				getProblems().clear();
				getProblems().addAll((Collection<? extends String>)newValue);
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
			case ProvlensPackage.IMPORT_RECORD__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case ProvlensPackage.IMPORT_RECORD__FORMAT:
				setFormat(FORMAT_EDEFAULT);
				return;
			case ProvlensPackage.IMPORT_RECORD__TIME:
				setTime(TIME_EDEFAULT);
				return;
			case ProvlensPackage.IMPORT_RECORD__RECORDS:
				setRecords(RECORDS_EDEFAULT);
				return;
			case ProvlensPackage.IMPORT_RECORD__SKIPPED:
				setSkipped(SKIPPED_EDEFAULT);
				return;
			case ProvlensPackage.IMPORT_RECORD__PROBLEMS:
				getProblems().clear();
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
			case ProvlensPackage.IMPORT_RECORD__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case ProvlensPackage.IMPORT_RECORD__FORMAT:
				return FORMAT_EDEFAULT == null ? format != null : !FORMAT_EDEFAULT.equals(format);
			case ProvlensPackage.IMPORT_RECORD__TIME:
				return time != TIME_EDEFAULT;
			case ProvlensPackage.IMPORT_RECORD__RECORDS:
				return records != RECORDS_EDEFAULT;
			case ProvlensPackage.IMPORT_RECORD__SKIPPED:
				return skipped != SKIPPED_EDEFAULT;
			case ProvlensPackage.IMPORT_RECORD__PROBLEMS:
				return problems != null && !problems.isEmpty();
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
		result.append(" (source: ");
		result.append(source);
		result.append(", format: ");
		result.append(format);
		result.append(", time: ");
		result.append(time);
		result.append(", records: ");
		result.append(records);
		result.append(", skipped: ");
		result.append(skipped);
		result.append(", problems: ");
		result.append(problems);
		result.append(')');
		return result.toString();
	}

} //ImportRecordImpl
