/**
 */
package org.provlens.diagram.core.description;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Union Finder</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What each of its finders finds, in turn, each element once (e.g. a workflow's top-level tasks or a task's children, whichever the element has).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.diagram.core.description.UnionFinder#getFinders <em>Finders</em>}</li>
 * </ul>
 *
 * @see org.provlens.diagram.core.description.DescriptionPackage#getUnionFinder()
 * @model
 * @generated
 */
public interface UnionFinder extends Finder {
	/**
	 * Returns the value of the '<em><b>Finders</b></em>' containment reference list.
	 * The list contents are of type {@link org.provlens.diagram.core.description.Finder}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Finders</em>' containment reference list.
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getUnionFinder_Finders()
	 * @model containment="true"
	 * @generated
	 */
	EList<Finder> getFinders();

} // UnionFinder
