/**
 */
package org.provlens.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Telemetry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Telemetry read at the start and at the end of an execution, one value per schema channel. Cumulative counters give usage as end minus start.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.model.Telemetry#getSchema <em>Schema</em>}</li>
 *   <li>{@link org.provlens.model.Telemetry#getAtStart <em>At Start</em>}</li>
 *   <li>{@link org.provlens.model.Telemetry#getAtEnd <em>At End</em>}</li>
 *   <li>{@link org.provlens.model.Telemetry#getRow <em>Row</em>}</li>
 * </ul>
 *
 * @see org.provlens.model.ProvlensPackage#getTelemetry()
 * @model
 * @generated
 */
public interface Telemetry extends EObject {
	/**
	 * Returns the value of the '<em><b>Schema</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Schema</em>' reference.
	 * @see #setSchema(TelemetrySchema)
	 * @see org.provlens.model.ProvlensPackage#getTelemetry_Schema()
	 * @model required="true"
	 * @generated
	 */
	TelemetrySchema getSchema();

	/**
	 * Sets the value of the '{@link org.provlens.model.Telemetry#getSchema <em>Schema</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Schema</em>' reference.
	 * @see #getSchema()
	 * @generated
	 */
	void setSchema(TelemetrySchema value);

	/**
	 * Returns the value of the '<em><b>At Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Values at start, NaN where absent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>At Start</em>' attribute.
	 * @see #setAtStart(double[])
	 * @see org.provlens.model.ProvlensPackage#getTelemetry_AtStart()
	 * @model dataType="org.provlens.model.DoubleArray"
	 * @generated
	 */
	double[] getAtStart();

	/**
	 * Sets the value of the '{@link org.provlens.model.Telemetry#getAtStart <em>At Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At Start</em>' attribute.
	 * @see #getAtStart()
	 * @generated
	 */
	void setAtStart(double[] value);

	/**
	 * Returns the value of the '<em><b>At End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Values at end, NaN where absent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>At End</em>' attribute.
	 * @see #setAtEnd(double[])
	 * @see org.provlens.model.ProvlensPackage#getTelemetry_AtEnd()
	 * @model dataType="org.provlens.model.DoubleArray"
	 * @generated
	 */
	double[] getAtEnd();

	/**
	 * Sets the value of the '{@link org.provlens.model.Telemetry#getAtEnd <em>At End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>At End</em>' attribute.
	 * @see #getAtEnd()
	 * @generated
	 */
	void setAtEnd(double[] value);

	/**
	 * Returns the value of the '<em><b>Row</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The row of this snapshot pair in the workspace's bulk store (the table of its schema), -1 while the values are held in atStart and atEnd. Read the values with org.provlens.model.util.Bulk, which knows both places.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Row</em>' attribute.
	 * @see #setRow(long)
	 * @see org.provlens.model.ProvlensPackage#getTelemetry_Row()
	 * @model default="-1"
	 * @generated
	 */
	long getRow();

	/**
	 * Sets the value of the '{@link org.provlens.model.Telemetry#getRow <em>Row</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Row</em>' attribute.
	 * @see #getRow()
	 * @generated
	 */
	void setRow(long value);

} // Telemetry
