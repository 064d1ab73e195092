/**
 */
package org.provlens.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Series</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A numeric series sampled over steps or time, stored as two primitive arrays (never one object per sample).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.model.Series#getKey <em>Key</em>}</li>
 *   <li>{@link org.provlens.model.Series#getKind <em>Kind</em>}</li>
 *   <li>{@link org.provlens.model.Series#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.provlens.model.Series#getSource <em>Source</em>}</li>
 *   <li>{@link org.provlens.model.Series#getDevice <em>Device</em>}</li>
 *   <li>{@link org.provlens.model.Series#getAxis <em>Axis</em>}</li>
 *   <li>{@link org.provlens.model.Series#getXs <em>Xs</em>}</li>
 *   <li>{@link org.provlens.model.Series#getYs <em>Ys</em>}</li>
 *   <li>{@link org.provlens.model.Series#getRow <em>Row</em>}</li>
 * </ul>
 *
 * @see org.provlens.model.ProvlensPackage#getSeries()
 * @model
 * @generated
 */
public interface Series extends EObject {
	/**
	 * Returns the value of the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * e.g. loss, gpu_0.power
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Key</em>' attribute.
	 * @see #setKey(String)
	 * @see org.provlens.model.ProvlensPackage#getSeries_Key()
	 * @model
	 * @generated
	 */
	String getKey();

	/**
	 * Sets the value of the '{@link org.provlens.model.Series#getKey <em>Key</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Key</em>' attribute.
	 * @see #getKey()
	 * @generated
	 */
	void setKey(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"METRIC"</code>.
	 * The literals are from the enumeration {@link org.provlens.model.SeriesKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.provlens.model.SeriesKind
	 * @see #setKind(SeriesKind)
	 * @see org.provlens.model.ProvlensPackage#getSeries_Kind()
	 * @model default="METRIC"
	 * @generated
	 */
	SeriesKind getKind();

	/**
	 * Sets the value of the '{@link org.provlens.model.Series#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.provlens.model.SeriesKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SeriesKind value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.provlens.model.ProvlensPackage#getSeries_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.provlens.model.Series#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The tool that recorded it (flowcept, mlflow, codecarbon, ...).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.provlens.model.ProvlensPackage#getSeries_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.provlens.model.Series#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Device</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The device the samples are of (gpu_0, cpu), if any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Device</em>' attribute.
	 * @see #setDevice(String)
	 * @see org.provlens.model.ProvlensPackage#getSeries_Device()
	 * @model
	 * @generated
	 */
	String getDevice();

	/**
	 * Sets the value of the '{@link org.provlens.model.Series#getDevice <em>Device</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Device</em>' attribute.
	 * @see #getDevice()
	 * @generated
	 */
	void setDevice(String value);

	/**
	 * Returns the value of the '<em><b>Axis</b></em>' attribute.
	 * The default value is <code>"STEP"</code>.
	 * The literals are from the enumeration {@link org.provlens.model.SeriesAxis}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Axis</em>' attribute.
	 * @see org.provlens.model.SeriesAxis
	 * @see #setAxis(SeriesAxis)
	 * @see org.provlens.model.ProvlensPackage#getSeries_Axis()
	 * @model default="STEP"
	 * @generated
	 */
	SeriesAxis getAxis();

	/**
	 * Sets the value of the '{@link org.provlens.model.Series#getAxis <em>Axis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Axis</em>' attribute.
	 * @see org.provlens.model.SeriesAxis
	 * @see #getAxis()
	 * @generated
	 */
	void setAxis(SeriesAxis value);

	/**
	 * Returns the value of the '<em><b>Xs</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Step numbers or epoch seconds, ascending.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Xs</em>' attribute.
	 * @see #setXs(double[])
	 * @see org.provlens.model.ProvlensPackage#getSeries_Xs()
	 * @model dataType="org.provlens.model.DoubleArray"
	 * @generated
	 */
	double[] getXs();

	/**
	 * Sets the value of the '{@link org.provlens.model.Series#getXs <em>Xs</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Xs</em>' attribute.
	 * @see #getXs()
	 * @generated
	 */
	void setXs(double[] value);

	/**
	 * Returns the value of the '<em><b>Ys</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Sample values, as many as xs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ys</em>' attribute.
	 * @see #setYs(double[])
	 * @see org.provlens.model.ProvlensPackage#getSeries_Ys()
	 * @model dataType="org.provlens.model.DoubleArray"
	 * @generated
	 */
	double[] getYs();

	/**
	 * Sets the value of the '{@link org.provlens.model.Series#getYs <em>Ys</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ys</em>' attribute.
	 * @see #getYs()
	 * @generated
	 */
	void setYs(double[] value);

	/**
	 * Returns the value of the '<em><b>Row</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The row of this series' samples in the workspace's bulk store, -1 while they are held in xs and ys. Read the samples with org.provlens.model.util.Bulk, which knows both places.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Row</em>' attribute.
	 * @see #setRow(long)
	 * @see org.provlens.model.ProvlensPackage#getSeries_Row()
	 * @model default="-1"
	 * @generated
	 */
	long getRow();

	/**
	 * Sets the value of the '{@link org.provlens.model.Series#getRow <em>Row</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Row</em>' attribute.
	 * @see #getRow()
	 * @generated
	 */
	void setRow(long value);

} // Series
