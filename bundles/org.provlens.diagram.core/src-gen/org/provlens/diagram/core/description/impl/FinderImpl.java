/**
 */
package org.provlens.diagram.core.description.impl;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.provlens.diagram.core.description.DescriptionPackage;
import org.provlens.diagram.core.description.Finder;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Finder</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class FinderImpl extends MinimalEObjectImpl.Container implements Finder {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FinderImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.FINDER;
	}

} //FinderImpl
