/**
 */
package org.provlens.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Import Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One import into the workspace: source, format, counts and the problems found.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.model.ImportRecord#getSource <em>Source</em>}</li>
 *   <li>{@link org.provlens.model.ImportRecord#getFormat <em>Format</em>}</li>
 *   <li>{@link org.provlens.model.ImportRecord#getTime <em>Time</em>}</li>
 *   <li>{@link org.provlens.model.ImportRecord#getRecords <em>Records</em>}</li>
 *   <li>{@link org.provlens.model.ImportRecord#getSkipped <em>Skipped</em>}</li>
 *   <li>{@link org.provlens.model.ImportRecord#getProblems <em>Problems</em>}</li>
 * </ul>
 *
 * @see org.provlens.model.ProvlensPackage#getImportRecord()
 * @model
 * @generated
 */
public interface ImportRecord extends EObject {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.provlens.model.ProvlensPackage#getImportRecord_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.provlens.model.ImportRecord#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Format</em>' attribute.
	 * @see #setFormat(String)
	 * @see org.provlens.model.ProvlensPackage#getImportRecord_Format()
	 * @model
	 * @generated
	 */
	String getFormat();

	/**
	 * Sets the value of the '{@link org.provlens.model.ImportRecord#getFormat <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format</em>' attribute.
	 * @see #getFormat()
	 * @generated
	 */
	void setFormat(String value);

	/**
	 * Returns the value of the '<em><b>Time</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Time</em>' attribute.
	 * @see #setTime(double)
	 * @see org.provlens.model.ProvlensPackage#getImportRecord_Time()
	 * @model default="NaN"
	 * @generated
	 */
	double getTime();

	/**
	 * Sets the value of the '{@link org.provlens.model.ImportRecord#getTime <em>Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time</em>' attribute.
	 * @see #getTime()
	 * @generated
	 */
	void setTime(double value);

	/**
	 * Returns the value of the '<em><b>Records</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Records</em>' attribute.
	 * @see #setRecords(int)
	 * @see org.provlens.model.ProvlensPackage#getImportRecord_Records()
	 * @model
	 * @generated
	 */
	int getRecords();

	/**
	 * Sets the value of the '{@link org.provlens.model.ImportRecord#getRecords <em>Records</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Records</em>' attribute.
	 * @see #getRecords()
	 * @generated
	 */
	void setRecords(int value);

	/**
	 * Returns the value of the '<em><b>Skipped</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Skipped</em>' attribute.
	 * @see #setSkipped(int)
	 * @see org.provlens.model.ProvlensPackage#getImportRecord_Skipped()
	 * @model
	 * @generated
	 */
	int getSkipped();

	/**
	 * Sets the value of the '{@link org.provlens.model.ImportRecord#getSkipped <em>Skipped</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Skipped</em>' attribute.
	 * @see #getSkipped()
	 * @generated
	 */
	void setSkipped(int value);

	/**
	 * Returns the value of the '<em><b>Problems</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One line per problem: file, line or record, reason.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Problems</em>' attribute list.
	 * @see org.provlens.model.ProvlensPackage#getImportRecord_Problems()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getProblems();

} // ImportRecord
