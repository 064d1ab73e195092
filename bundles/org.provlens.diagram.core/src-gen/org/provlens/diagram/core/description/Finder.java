/**
 */
package org.provlens.diagram.core.description;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Finder</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Finds elements from an element, in a stable order.
 * <!-- end-model-doc -->
 *
 *
 * @see org.provlens.diagram.core.description.DescriptionPackage#getFinder()
 * @model abstract="true"
 * @generated
 */
public interface Finder extends EObject {
} // Finder
