/**
 */
package org.provlens.diagram.core.description.impl;

import org.eclipse.emf.ecore.EClass;

import org.provlens.diagram.core.description.DescriptionPackage;
import org.provlens.diagram.core.description.MappingFilter;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Mapping Filter</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class MappingFilterImpl extends FilterDescriptionImpl implements MappingFilter {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MappingFilterImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.MAPPING_FILTER;
	}

} //MappingFilterImpl
