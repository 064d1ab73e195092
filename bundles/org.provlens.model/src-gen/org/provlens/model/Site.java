/**
 */
package org.provlens.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Site</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A facility where work runs (an HPC centre, a cloud region, an edge site), with what energy accounting needs.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.model.Site#getFacility <em>Facility</em>}</li>
 *   <li>{@link org.provlens.model.Site#getRegion <em>Region</em>}</li>
 *   <li>{@link org.provlens.model.Site#getPue <em>Pue</em>}</li>
 *   <li>{@link org.provlens.model.Site#getCarbonIntensity <em>Carbon Intensity</em>}</li>
 *   <li>{@link org.provlens.model.Site#getHosts <em>Hosts</em>}</li>
 * </ul>
 *
 * @see org.provlens.model.ProvlensPackage#getSite()
 * @model
 * @generated
 */
public interface Site extends ProvElement {
	/**
	 * Returns the value of the '<em><b>Facility</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Facility</em>' attribute.
	 * @see #setFacility(String)
	 * @see org.provlens.model.ProvlensPackage#getSite_Facility()
	 * @model
	 * @generated
	 */
	String getFacility();

	/**
	 * Sets the value of the '{@link org.provlens.model.Site#getFacility <em>Facility</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Facility</em>' attribute.
	 * @see #getFacility()
	 * @generated
	 */
	void setFacility(String value);

	/**
	 * Returns the value of the '<em><b>Region</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Country or grid region code.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Region</em>' attribute.
	 * @see #setRegion(String)
	 * @see org.provlens.model.ProvlensPackage#getSite_Region()
	 * @model
	 * @generated
	 */
	String getRegion();

	/**
	 * Sets the value of the '{@link org.provlens.model.Site#getRegion <em>Region</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Region</em>' attribute.
	 * @see #getRegion()
	 * @generated
	 */
	void setRegion(String value);

	/**
	 * Returns the value of the '<em><b>Pue</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Power usage effectiveness; NaN when unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pue</em>' attribute.
	 * @see #setPue(double)
	 * @see org.provlens.model.ProvlensPackage#getSite_Pue()
	 * @model default="NaN"
	 * @generated
	 */
	double getPue();

	/**
	 * Sets the value of the '{@link org.provlens.model.Site#getPue <em>Pue</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pue</em>' attribute.
	 * @see #getPue()
	 * @generated
	 */
	void setPue(double value);

	/**
	 * Returns the value of the '<em><b>Carbon Intensity</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Grid carbon intensity in gCO2e/kWh; NaN when unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Carbon Intensity</em>' attribute.
	 * @see #setCarbonIntensity(double)
	 * @see org.provlens.model.ProvlensPackage#getSite_CarbonIntensity()
	 * @model default="NaN"
	 * @generated
	 */
	double getCarbonIntensity();

	/**
	 * Sets the value of the '{@link org.provlens.model.Site#getCarbonIntensity <em>Carbon Intensity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Carbon Intensity</em>' attribute.
	 * @see #getCarbonIntensity()
	 * @generated
	 */
	void setCarbonIntensity(double value);

	/**
	 * Returns the value of the '<em><b>Hosts</b></em>' containment reference list.
	 * The list contents are of type {@link org.provlens.model.Host}.
	 * It is bidirectional and its opposite is '{@link org.provlens.model.Host#getSite <em>Site</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hosts</em>' containment reference list.
	 * @see org.provlens.model.ProvlensPackage#getSite_Hosts()
	 * @see org.provlens.model.Host#getSite
	 * @model opposite="site" containment="true"
	 * @generated
	 */
	EList<Host> getHosts();

} // Site
