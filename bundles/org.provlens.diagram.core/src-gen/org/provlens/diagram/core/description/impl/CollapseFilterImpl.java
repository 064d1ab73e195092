/**
 */
package org.provlens.diagram.core.description.impl;

import org.eclipse.emf.ecore.EClass;

import org.provlens.diagram.core.description.CollapseFilter;
import org.provlens.diagram.core.description.DescriptionPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Collapse Filter</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class CollapseFilterImpl extends FilterDescriptionImpl implements CollapseFilter {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CollapseFilterImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.COLLAPSE_FILTER;
	}

} //CollapseFilterImpl
