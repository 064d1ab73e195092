/**
 */
package org.provlens.diagram.core.description.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.provlens.diagram.core.description.DescriptionPackage;
import org.provlens.diagram.core.description.Finder;
import org.provlens.diagram.core.description.UnionFinder;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Union Finder</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.diagram.core.description.impl.UnionFinderImpl#getFinders <em>Finders</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UnionFinderImpl extends FinderImpl implements UnionFinder {
	/**
	 * The cached value of the '{@link #getFinders() <em>Finders</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinders()
	 * @generated
	 * @ordered
	 */
	protected EList<Finder> finders;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected UnionFinderImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.UNION_FINDER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Finder> getFinders() {
		if (finders == null) {
			finders = new EObjectContainmentEList<Finder>(Finder.class, this, DescriptionPackage.UNION_FINDER__FINDERS);
		}
		return finders;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DescriptionPackage.UNION_FINDER__FINDERS:
				return ((InternalEList<?>)getFinders()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DescriptionPackage.UNION_FINDER__FINDERS:
				return getFinders();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case DescriptionPackage.UNION_FINDER__FINDERS:
				getFinders().clear();
				getFinders().addAll((Collection<? extends Finder>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case DescriptionPackage.UNION_FINDER__FINDERS:
				getFinders().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case DescriptionPackage.UNION_FINDER__FINDERS:
				return finders != null && !finders.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //UnionFinderImpl
