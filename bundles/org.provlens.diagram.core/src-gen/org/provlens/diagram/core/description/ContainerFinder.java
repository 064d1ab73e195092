/**
 */
package org.provlens.diagram.core.description;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Container Finder</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The element's container (e.g. the execution that holds a used link).
 * <!-- end-model-doc -->
 *
 *
 * @see org.provlens.diagram.core.description.DescriptionPackage#getContainerFinder()
 * @model
 * @generated
 */
public interface ContainerFinder extends Finder {
} // ContainerFinder
