/**
 */
package org.provlens.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Value Pool</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The parameters, metrics and properties of a run's tasks, each distinct value once: most values of a campaign repeat (a layer's shapes and settings in every batch), and a task refers to the pooled objects instead of holding copies. Pooled objects are shared, so never changed in place.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.model.ValuePool#getParameters <em>Parameters</em>}</li>
 *   <li>{@link org.provlens.model.ValuePool#getMetrics <em>Metrics</em>}</li>
 *   <li>{@link org.provlens.model.ValuePool#getProperties <em>Properties</em>}</li>
 * </ul>
 *
 * @see org.provlens.model.ProvlensPackage#getValuePool()
 * @model
 * @generated
 */
public interface ValuePool extends EObject {
	/**
	 * Returns the value of the '<em><b>Parameters</b></em>' containment reference list.
	 * The list contents are of type {@link org.provlens.model.Parameter}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Parameters</em>' containment reference list.
	 * @see org.provlens.model.ProvlensPackage#getValuePool_Parameters()
	 * @model containment="true"
	 * @generated
	 */
	EList<Parameter> getParameters();

	/**
	 * Returns the value of the '<em><b>Metrics</b></em>' containment reference list.
	 * The list contents are of type {@link org.provlens.model.Metric}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metrics</em>' containment reference list.
	 * @see org.provlens.model.ProvlensPackage#getValuePool_Metrics()
	 * @model containment="true"
	 * @generated
	 */
	EList<Metric> getMetrics();

	/**
	 * Returns the value of the '<em><b>Properties</b></em>' containment reference list.
	 * The list contents are of type {@link org.provlens.model.StringProperty}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Properties</em>' containment reference list.
	 * @see org.provlens.model.ProvlensPackage#getValuePool_Properties()
	 * @model containment="true"
	 * @generated
	 */
	EList<StringProperty> getProperties();

} // ValuePool
