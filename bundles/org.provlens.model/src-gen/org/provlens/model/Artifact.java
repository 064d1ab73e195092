/**
 */
package org.provlens.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Artifact</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Data, a model, metrics, code or an environment that executions use and generate. Identity is the content hash when known, else the URI.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.model.Artifact#getKind <em>Kind</em>}</li>
 *   <li>{@link org.provlens.model.Artifact#getUri <em>Uri</em>}</li>
 *   <li>{@link org.provlens.model.Artifact#getContentHash <em>Content Hash</em>}</li>
 *   <li>{@link org.provlens.model.Artifact#getSize <em>Size</em>}</li>
 *   <li>{@link org.provlens.model.Artifact#getProperties <em>Properties</em>}</li>
 * </ul>
 *
 * @see org.provlens.model.ProvlensPackage#getArtifact()
 * @model
 * @generated
 */
public interface Artifact extends ProvElement {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"OTHER"</code>.
	 * The literals are from the enumeration {@link org.provlens.model.ArtifactKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.provlens.model.ArtifactKind
	 * @see #setKind(ArtifactKind)
	 * @see org.provlens.model.ProvlensPackage#getArtifact_Kind()
	 * @model default="OTHER"
	 * @generated
	 */
	ArtifactKind getKind();

	/**
	 * Sets the value of the '{@link org.provlens.model.Artifact#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.provlens.model.ArtifactKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ArtifactKind value);

	/**
	 * Returns the value of the '<em><b>Uri</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Uri</em>' attribute.
	 * @see #setUri(String)
	 * @see org.provlens.model.ProvlensPackage#getArtifact_Uri()
	 * @model
	 * @generated
	 */
	String getUri();

	/**
	 * Sets the value of the '{@link org.provlens.model.Artifact#getUri <em>Uri</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uri</em>' attribute.
	 * @see #getUri()
	 * @generated
	 */
	void setUri(String value);

	/**
	 * Returns the value of the '<em><b>Content Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Content Hash</em>' attribute.
	 * @see #setContentHash(String)
	 * @see org.provlens.model.ProvlensPackage#getArtifact_ContentHash()
	 * @model
	 * @generated
	 */
	String getContentHash();

	/**
	 * Sets the value of the '{@link org.provlens.model.Artifact#getContentHash <em>Content Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content Hash</em>' attribute.
	 * @see #getContentHash()
	 * @generated
	 */
	void setContentHash(String value);

	/**
	 * Returns the value of the '<em><b>Size</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Size in bytes, -1 when unknown.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Size</em>' attribute.
	 * @see #setSize(long)
	 * @see org.provlens.model.ProvlensPackage#getArtifact_Size()
	 * @model default="-1"
	 * @generated
	 */
	long getSize();

	/**
	 * Sets the value of the '{@link org.provlens.model.Artifact#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see #getSize()
	 * @generated
	 */
	void setSize(long value);

	/**
	 * Returns the value of the '<em><b>Properties</b></em>' containment reference list.
	 * The list contents are of type {@link org.provlens.model.StringProperty}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Properties</em>' containment reference list.
	 * @see org.provlens.model.ProvlensPackage#getArtifact_Properties()
	 * @model containment="true"
	 * @generated
	 */
	EList<StringProperty> getProperties();

} // Artifact
