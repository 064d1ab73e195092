/**
 */
package org.provlens.diagram.core.description.impl;

import org.eclipse.emf.ecore.EClass;

import org.provlens.diagram.core.description.ContainerFinder;
import org.provlens.diagram.core.description.DescriptionPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Container Finder</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class ContainerFinderImpl extends FinderImpl implements ContainerFinder {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContainerFinderImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.CONTAINER_FINDER;
	}

} //ContainerFinderImpl
