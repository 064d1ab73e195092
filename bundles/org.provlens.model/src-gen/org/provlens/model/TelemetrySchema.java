/**
 */
package org.provlens.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Telemetry Schema</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The ordered channel names and units of telemetry snapshots; shared by every snapshot of the same shape to keep memory per task small.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.model.TelemetrySchema#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.provlens.model.TelemetrySchema#getUnits <em>Units</em>}</li>
 * </ul>
 *
 * @see org.provlens.model.ProvlensPackage#getTelemetrySchema()
 * @model
 * @generated
 */
public interface TelemetrySchema extends ProvElement {
	/**
	 * Returns the value of the '<em><b>Channels</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channels</em>' attribute list.
	 * @see org.provlens.model.ProvlensPackage#getTelemetrySchema_Channels()
	 * @model
	 * @generated
	 */
	EList<String> getChannels();

	/**
	 * Returns the value of the '<em><b>Units</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Units</em>' attribute list.
	 * @see org.provlens.model.ProvlensPackage#getTelemetrySchema_Units()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getUnits();

} // TelemetrySchema
