/**
 */
package org.provlens.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Host</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A node of a site.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.model.Host#getSite <em>Site</em>}</li>
 *   <li>{@link org.provlens.model.Host#getCpuModel <em>Cpu Model</em>}</li>
 *   <li>{@link org.provlens.model.Host#getCpuCount <em>Cpu Count</em>}</li>
 *   <li>{@link org.provlens.model.Host#getMemoryBytes <em>Memory Bytes</em>}</li>
 *   <li>{@link org.provlens.model.Host#getDevices <em>Devices</em>}</li>
 * </ul>
 *
 * @see org.provlens.model.ProvlensPackage#getHost()
 * @model
 * @generated
 */
public interface Host extends ProvElement {
	/**
	 * Returns the value of the '<em><b>Site</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link org.provlens.model.Site#getHosts <em>Hosts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Site</em>' container reference.
	 * @see #setSite(Site)
	 * @see org.provlens.model.ProvlensPackage#getHost_Site()
	 * @see org.provlens.model.Site#getHosts
	 * @model opposite="hosts"
	 * @generated
	 */
	Site getSite();

	/**
	 * Sets the value of the '{@link org.provlens.model.Host#getSite <em>Site</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Site</em>' container reference.
	 * @see #getSite()
	 * @generated
	 */
	void setSite(Site value);

	/**
	 * Returns the value of the '<em><b>Cpu Model</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cpu Model</em>' attribute.
	 * @see #setCpuModel(String)
	 * @see org.provlens.model.ProvlensPackage#getHost_CpuModel()
	 * @model
	 * @generated
	 */
	String getCpuModel();

	/**
	 * Sets the value of the '{@link org.provlens.model.Host#getCpuModel <em>Cpu Model</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpu Model</em>' attribute.
	 * @see #getCpuModel()
	 * @generated
	 */
	void setCpuModel(String value);

	/**
	 * Returns the value of the '<em><b>Cpu Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cpu Count</em>' attribute.
	 * @see #setCpuCount(int)
	 * @see org.provlens.model.ProvlensPackage#getHost_CpuCount()
	 * @model
	 * @generated
	 */
	int getCpuCount();

	/**
	 * Sets the value of the '{@link org.provlens.model.Host#getCpuCount <em>Cpu Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpu Count</em>' attribute.
	 * @see #getCpuCount()
	 * @generated
	 */
	void setCpuCount(int value);

	/**
	 * Returns the value of the '<em><b>Memory Bytes</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Memory Bytes</em>' attribute.
	 * @see #setMemoryBytes(long)
	 * @see org.provlens.model.ProvlensPackage#getHost_MemoryBytes()
	 * @model default="-1"
	 * @generated
	 */
	long getMemoryBytes();

	/**
	 * Sets the value of the '{@link org.provlens.model.Host#getMemoryBytes <em>Memory Bytes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory Bytes</em>' attribute.
	 * @see #getMemoryBytes()
	 * @generated
	 */
	void setMemoryBytes(long value);

	/**
	 * Returns the value of the '<em><b>Devices</b></em>' containment reference list.
	 * The list contents are of type {@link org.provlens.model.Device}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Devices</em>' containment reference list.
	 * @see org.provlens.model.ProvlensPackage#getHost_Devices()
	 * @model containment="true"
	 * @generated
	 */
	EList<Device> getDevices();

} // Host
