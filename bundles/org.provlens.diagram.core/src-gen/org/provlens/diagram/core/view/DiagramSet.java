/**
 */
package org.provlens.diagram.core.view;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Diagram Set</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a diagrams file: the state of every diagram opened on one workspace.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.diagram.core.view.DiagramSet#getDiagrams <em>Diagrams</em>}</li>
 * </ul>
 *
 * @see org.provlens.diagram.core.view.ViewPackage#getDiagramSet()
 * @model
 * @generated
 */
public interface DiagramSet extends EObject {
	/**
	 * Returns the value of the '<em><b>Diagrams</b></em>' containment reference list.
	 * The list contents are of type {@link org.provlens.diagram.core.view.DiagramState}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Diagrams</em>' containment reference list.
	 * @see org.provlens.diagram.core.view.ViewPackage#getDiagramSet_Diagrams()
	 * @model containment="true"
	 * @generated
	 */
	EList<DiagramState> getDiagrams();

} // DiagramSet
