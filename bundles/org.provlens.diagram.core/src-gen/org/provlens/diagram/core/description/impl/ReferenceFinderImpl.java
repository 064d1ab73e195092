/**
 */
package org.provlens.diagram.core.description.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.provlens.diagram.core.description.DescriptionPackage;
import org.provlens.diagram.core.description.ReferenceFinder;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Reference Finder</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.diagram.core.description.impl.ReferenceFinderImpl#getReferences <em>References</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.impl.ReferenceFinderImpl#getClosure <em>Closure</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReferenceFinderImpl extends FinderImpl implements ReferenceFinder {
	/**
	 * The cached value of the '{@link #getReferences() <em>References</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReferences()
	 * @generated
	 * @ordered
	 */
	protected EList<EReference> references;

	/**
	 * The cached value of the '{@link #getClosure() <em>Closure</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosure()
	 * @generated
	 * @ordered
	 */
	protected EReference closure;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReferenceFinderImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.REFERENCE_FINDER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EReference> getReferences() {
		if (references == null) {
			references = new EObjectResolvingEList<EReference>(EReference.class, this, DescriptionPackage.REFERENCE_FINDER__REFERENCES);
		}
		return references;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClosure() {
		if (closure != null && closure.eIsProxy()) {
			InternalEObject oldClosure = (InternalEObject)closure;
			closure = (EReference)eResolveProxy(oldClosure);
			if (closure != oldClosure) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DescriptionPackage.REFERENCE_FINDER__CLOSURE, oldClosure, closure));
			}
		}
		return closure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EReference basicGetClosure() {
		return closure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClosure(EReference newClosure) {
		EReference oldClosure = closure;
		closure = newClosure;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.REFERENCE_FINDER__CLOSURE, oldClosure, closure));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DescriptionPackage.REFERENCE_FINDER__REFERENCES:
				return getReferences();
			case DescriptionPackage.REFERENCE_FINDER__CLOSURE:
				if (resolve) return getClosure();
				return basicGetClosure();
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
			case DescriptionPackage.REFERENCE_FINDER__REFERENCES:
				getReferences().clear();
				getReferences().addAll((Collection<? extends EReference>)newValue);
				return;
			case DescriptionPackage.REFERENCE_FINDER__CLOSURE:
				setClosure((EReference)newValue);
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
			case DescriptionPackage.REFERENCE_FINDER__REFERENCES:
				getReferences().clear();
				return;
			case DescriptionPackage.REFERENCE_FINDER__CLOSURE:
				setClosure((EReference)null);
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
			case DescriptionPackage.REFERENCE_FINDER__REFERENCES:
				return references != null && !references.isEmpty();
			case DescriptionPackage.REFERENCE_FINDER__CLOSURE:
				return closure != null;
		}
		return super.eIsSet(featureID);
	}

} //ReferenceFinderImpl
