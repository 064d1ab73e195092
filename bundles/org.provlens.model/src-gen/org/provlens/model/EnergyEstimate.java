/**
 */
package org.provlens.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Energy Estimate</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Energy of an execution, measured or modelled, with what turns it into carbon.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.model.EnergyEstimate#getComponent <em>Component</em>}</li>
 *   <li>{@link org.provlens.model.EnergyEstimate#getJoules <em>Joules</em>}</li>
 *   <li>{@link org.provlens.model.EnergyEstimate#getMethod <em>Method</em>}</li>
 *   <li>{@link org.provlens.model.EnergyEstimate#getSource <em>Source</em>}</li>
 *   <li>{@link org.provlens.model.EnergyEstimate#getPueApplied <em>Pue Applied</em>}</li>
 *   <li>{@link org.provlens.model.EnergyEstimate#getCarbonIntensity <em>Carbon Intensity</em>}</li>
 *   <li>{@link org.provlens.model.EnergyEstimate#getCo2eGrams <em>Co2e Grams</em>}</li>
 * </ul>
 *
 * @see org.provlens.model.ProvlensPackage#getEnergyEstimate()
 * @model
 * @generated
 */
public interface EnergyEstimate extends EObject {
	/**
	 * Returns the value of the '<em><b>Component</b></em>' attribute.
	 * The default value is <code>"TOTAL"</code>.
	 * The literals are from the enumeration {@link org.provlens.model.EnergyComponent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Component</em>' attribute.
	 * @see org.provlens.model.EnergyComponent
	 * @see #setComponent(EnergyComponent)
	 * @see org.provlens.model.ProvlensPackage#getEnergyEstimate_Component()
	 * @model default="TOTAL"
	 * @generated
	 */
	EnergyComponent getComponent();

	/**
	 * Sets the value of the '{@link org.provlens.model.EnergyEstimate#getComponent <em>Component</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Component</em>' attribute.
	 * @see org.provlens.model.EnergyComponent
	 * @see #getComponent()
	 * @generated
	 */
	void setComponent(EnergyComponent value);

	/**
	 * Returns the value of the '<em><b>Joules</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Joules</em>' attribute.
	 * @see #setJoules(double)
	 * @see org.provlens.model.ProvlensPackage#getEnergyEstimate_Joules()
	 * @model default="NaN"
	 * @generated
	 */
	double getJoules();

	/**
	 * Sets the value of the '{@link org.provlens.model.EnergyEstimate#getJoules <em>Joules</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Joules</em>' attribute.
	 * @see #getJoules()
	 * @generated
	 */
	void setJoules(double value);

	/**
	 * Returns the value of the '<em><b>Method</b></em>' attribute.
	 * The default value is <code>"MEASURED"</code>.
	 * The literals are from the enumeration {@link org.provlens.model.EnergyMethod}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Method</em>' attribute.
	 * @see org.provlens.model.EnergyMethod
	 * @see #setMethod(EnergyMethod)
	 * @see org.provlens.model.ProvlensPackage#getEnergyEstimate_Method()
	 * @model default="MEASURED"
	 * @generated
	 */
	EnergyMethod getMethod();

	/**
	 * Sets the value of the '{@link org.provlens.model.EnergyEstimate#getMethod <em>Method</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method</em>' attribute.
	 * @see org.provlens.model.EnergyMethod
	 * @see #getMethod()
	 * @generated
	 */
	void setMethod(EnergyMethod value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What produced the figure (codecarbon, amd energy_accumulator, model name).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.provlens.model.ProvlensPackage#getEnergyEstimate_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.provlens.model.EnergyEstimate#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Pue Applied</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The PUE already applied to joules; NaN when none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pue Applied</em>' attribute.
	 * @see #setPueApplied(double)
	 * @see org.provlens.model.ProvlensPackage#getEnergyEstimate_PueApplied()
	 * @model default="NaN"
	 * @generated
	 */
	double getPueApplied();

	/**
	 * Sets the value of the '{@link org.provlens.model.EnergyEstimate#getPueApplied <em>Pue Applied</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pue Applied</em>' attribute.
	 * @see #getPueApplied()
	 * @generated
	 */
	void setPueApplied(double value);

	/**
	 * Returns the value of the '<em><b>Carbon Intensity</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * gCO2e/kWh used for co2eGrams.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Carbon Intensity</em>' attribute.
	 * @see #setCarbonIntensity(double)
	 * @see org.provlens.model.ProvlensPackage#getEnergyEstimate_CarbonIntensity()
	 * @model default="NaN"
	 * @generated
	 */
	double getCarbonIntensity();

	/**
	 * Sets the value of the '{@link org.provlens.model.EnergyEstimate#getCarbonIntensity <em>Carbon Intensity</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Carbon Intensity</em>' attribute.
	 * @see #getCarbonIntensity()
	 * @generated
	 */
	void setCarbonIntensity(double value);

	/**
	 * Returns the value of the '<em><b>Co2e Grams</b></em>' attribute.
	 * The default value is <code>"NaN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Co2e Grams</em>' attribute.
	 * @see #setCo2eGrams(double)
	 * @see org.provlens.model.ProvlensPackage#getEnergyEstimate_Co2eGrams()
	 * @model default="NaN"
	 * @generated
	 */
	double getCo2eGrams();

	/**
	 * Sets the value of the '{@link org.provlens.model.EnergyEstimate#getCo2eGrams <em>Co2e Grams</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Co2e Grams</em>' attribute.
	 * @see #getCo2eGrams()
	 * @generated
	 */
	void setCo2eGrams(double value);

} // EnergyEstimate
