/**
 */
package org.provlens.diagram.core.description;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Condition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A test of an element.
 * <!-- end-model-doc -->
 *
 *
 * @see org.provlens.diagram.core.description.DescriptionPackage#getCondition()
 * @model abstract="true"
 * @generated
 */
public interface Condition extends EObject {
} // Condition
