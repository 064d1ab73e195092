/**
 */
package org.provlens.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Agent</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Who or what ran an execution: a person, a software agent, an organisation.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.model.Agent#getKind <em>Kind</em>}</li>
 *   <li>{@link org.provlens.model.Agent#getVersion <em>Version</em>}</li>
 * </ul>
 *
 * @see org.provlens.model.ProvlensPackage#getAgent()
 * @model
 * @generated
 */
public interface Agent extends ProvElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"PERSON"</code>.
	 * The literals are from the enumeration {@link org.provlens.model.AgentKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.provlens.model.AgentKind
	 * @see #setKind(AgentKind)
	 * @see org.provlens.model.ProvlensPackage#getAgent_Kind()
	 * @model default="PERSON"
	 * @generated
	 */
	AgentKind getKind();

	/**
	 * Sets the value of the '{@link org.provlens.model.Agent#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.provlens.model.AgentKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(AgentKind value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see org.provlens.model.ProvlensPackage#getAgent_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link org.provlens.model.Agent#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

} // Agent
