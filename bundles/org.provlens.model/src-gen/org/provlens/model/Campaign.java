/**
 */
package org.provlens.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Campaign</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A set of related workflow runs, e.g. a hyperparameter sweep (Flowcept campaign_id, a CMF pipeline).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.model.Campaign#getDescription <em>Description</em>}</li>
 *   <li>{@link org.provlens.model.Campaign#getWorkflows <em>Workflows</em>}</li>
 * </ul>
 *
 * @see org.provlens.model.ProvlensPackage#getCampaign()
 * @model
 * @generated
 */
public interface Campaign extends ProvElement {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.provlens.model.ProvlensPackage#getCampaign_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.provlens.model.Campaign#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Workflows</b></em>' containment reference list.
	 * The list contents are of type {@link org.provlens.model.Workflow}.
	 * It is bidirectional and its opposite is '{@link org.provlens.model.Workflow#getCampaign <em>Campaign</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Workflows</em>' containment reference list.
	 * @see org.provlens.model.ProvlensPackage#getCampaign_Workflows()
	 * @see org.provlens.model.Workflow#getCampaign
	 * @model opposite="campaign" containment="true"
	 * @generated
	 */
	EList<Workflow> getWorkflows();

} // Campaign
