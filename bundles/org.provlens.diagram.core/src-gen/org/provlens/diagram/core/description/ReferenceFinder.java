/**
 */
package org.provlens.diagram.core.description;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Reference Finder</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Follows references in turn (elements without a reference are skipped), then optionally adds what one more reference reaches transitively (e.g. all tasks below the top-level tasks).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.diagram.core.description.ReferenceFinder#getReferences <em>References</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.ReferenceFinder#getClosure <em>Closure</em>}</li>
 * </ul>
 *
 * @see org.provlens.diagram.core.description.DescriptionPackage#getReferenceFinder()
 * @model
 * @generated
 */
public interface ReferenceFinder extends Finder {
	/**
	 * Returns the value of the '<em><b>References</b></em>' reference list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.EReference}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>References</em>' reference list.
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getReferenceFinder_References()
	 * @model
	 * @generated
	 */
	EList<EReference> getReferences();

	/**
	 * Returns the value of the '<em><b>Closure</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Closure</em>' reference.
	 * @see #setClosure(EReference)
	 * @see org.provlens.diagram.core.description.DescriptionPackage#getReferenceFinder_Closure()
	 * @model
	 * @generated
	 */
	EReference getClosure();

	/**
	 * Sets the value of the '{@link org.provlens.diagram.core.description.ReferenceFinder#getClosure <em>Closure</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Closure</em>' reference.
	 * @see #getClosure()
	 * @generated
	 */
	void setClosure(EReference value);

} // ReferenceFinder
