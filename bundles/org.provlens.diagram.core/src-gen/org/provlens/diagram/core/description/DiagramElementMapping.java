/**
 */
package org.provlens.diagram.core.description;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram Element Mapping</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How domain elements become diagram elements.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.diagram.core.description.DiagramElementMapping#getSemanticCandidates <em>Semantic Candidates</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.DiagramElementMapping#getPrecondition <em>Precondition</em>}</li>
 * </ul>
 *
 * @see org.provlens.diagram.core.description.DescriptionPackage#getDiagramElementMapping()
 * @model abstract="true"
 * @generated
 */
public interface DiagramElementMapping extends IdentifiedElement {
	/**
	 * Returns the value of the '<em><b>Semantic Candidates</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the candidate elements are found, from the semantic element of the enclosing container (the diagram root at top level); for element-based edges, from the semantic element of each node of the edge's source and target mappings.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Semantic Candidates</em>' containment reference.
	 * @see #setSemanticCandidates(Finder)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getDiagramElementMapping_SemanticCandidates()
	 * @model containment="true"
	 * @generated
	 */
	Finder getSemanticCandidates();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.DiagramElementMapping#getSemanticCandidates <em>Semantic Candidates</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Semantic Candidates</em>' containment reference.
	 * @see #getSemanticCandidates()
	 * @generated
	 */
	void setSemanticCandidates(Finder value);

	/**
	 * Returns the value of the '<em><b>Precondition</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Which candidates are shown; all of them when absent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Precondition</em>' containment reference.
	 * @see #setPrecondition(Condition)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getDiagramElementMapping_Precondition()
	 * @model containment="true"
	 * @generated
	 */
	Condition getPrecondition();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.DiagramElementMapping#getPrecondition <em>Precondition</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Precondition</em>' containment reference.
	 * @see #getPrecondition()
	 * @generated
	 */
	void setPrecondition(Condition value);

} // DiagramElementMapping
