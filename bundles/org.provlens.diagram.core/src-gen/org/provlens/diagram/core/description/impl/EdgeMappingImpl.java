/**
 */
package org.provlens.diagram.core.description.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.provlens.diagram.core.description.AbstractNodeMapping;
import org.provlens.diagram.core.description.DescriptionPackage;
import org.provlens.diagram.core.description.EdgeKind;
import org.provlens.diagram.core.description.EdgeMapping;
import org.provlens.diagram.core.description.EdgeStyleDescription;
import org.provlens.diagram.core.description.Finder;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Edge Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.diagram.core.description.impl.EdgeMappingImpl#getSourceMapping <em>Source Mapping</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.impl.EdgeMappingImpl#getTargetMapping <em>Target Mapping</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.impl.EdgeMappingImpl#getDomainClass <em>Domain Class</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.impl.EdgeMappingImpl#getSourceFinder <em>Source Finder</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.impl.EdgeMappingImpl#getTargetFinder <em>Target Finder</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.impl.EdgeMappingImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.impl.EdgeMappingImpl#getStyle <em>Style</em>}</li>
 * </ul>
 *
 * @generated
 */
public class EdgeMappingImpl extends DiagramElementMappingImpl implements EdgeMapping {
	/**
	 * The cached value of the '{@link #getSourceMapping() <em>Source Mapping</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceMapping()
	 * @generated
	 * @ordered
	 */
	protected EList<AbstractNodeMapping> sourceMapping;

	/**
	 * The cached value of the '{@link #getTargetMapping() <em>Target Mapping</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetMapping()
	 * @generated
	 * @ordered
	 */
	protected EList<AbstractNodeMapping> targetMapping;

	/**
	 * The cached value of the '{@link #getDomainClass() <em>Domain Class</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDomainClass()
	 * @generated
	 * @ordered
	 */
	protected EClass domainClass;

	/**
	 * The cached value of the '{@link #getSourceFinder() <em>Source Finder</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceFinder()
	 * @generated
	 * @ordered
	 */
	protected Finder sourceFinder;

	/**
	 * The cached value of the '{@link #getTargetFinder() <em>Target Finder</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetFinder()
	 * @generated
	 * @ordered
	 */
	protected Finder targetFinder;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final EdgeKind KIND_EDEFAULT = EdgeKind.USED;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected EdgeKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStyle() <em>Style</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStyle()
	 * @generated
	 * @ordered
	 */
	protected EdgeStyleDescription style;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EdgeMappingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.EDGE_MAPPING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AbstractNodeMapping> getSourceMapping() {
		if (sourceMapping == null) {
			sourceMapping = new EObjectResolvingEList<AbstractNodeMapping>(AbstractNodeMapping.class, this, DescriptionPackage.EDGE_MAPPING__SOURCE_MAPPING);
		}
		return sourceMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AbstractNodeMapping> getTargetMapping() {
		if (targetMapping == null) {
			targetMapping = new EObjectResolvingEList<AbstractNodeMapping>(AbstractNodeMapping.class, this, DescriptionPackage.EDGE_MAPPING__TARGET_MAPPING);
		}
		return targetMapping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDomainClass() {
		if (domainClass != null && domainClass.eIsProxy()) {
			InternalEObject oldDomainClass = (InternalEObject)domainClass;
			domainClass = (EClass)eResolveProxy(oldDomainClass);
			if (domainClass != oldDomainClass) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DescriptionPackage.EDGE_MAPPING__DOMAIN_CLASS, oldDomainClass, domainClass));
			}
		}
		return domainClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EClass basicGetDomainClass() {
		return domainClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDomainClass(EClass newDomainClass) {
		EClass oldDomainClass = domainClass;
		domainClass = newDomainClass;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.EDGE_MAPPING__DOMAIN_CLASS, oldDomainClass, domainClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Finder getSourceFinder() {
		return sourceFinder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSourceFinder(Finder newSourceFinder, NotificationChain msgs) {
		Finder oldSourceFinder = sourceFinder;
		sourceFinder = newSourceFinder;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, DescriptionPackage.EDGE_MAPPING__SOURCE_FINDER, oldSourceFinder, newSourceFinder);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceFinder(Finder newSourceFinder) {
		if (newSourceFinder != sourceFinder) {
			NotificationChain msgs = null;
			if (sourceFinder != null)
				msgs = ((InternalEObject)sourceFinder).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - DescriptionPackage.EDGE_MAPPING__SOURCE_FINDER, null, msgs);
			if (newSourceFinder != null)
				msgs = ((InternalEObject)newSourceFinder).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - DescriptionPackage.EDGE_MAPPING__SOURCE_FINDER, null, msgs);
			msgs = basicSetSourceFinder(newSourceFinder, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.EDGE_MAPPING__SOURCE_FINDER, newSourceFinder, newSourceFinder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Finder getTargetFinder() {
		return targetFinder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetTargetFinder(Finder newTargetFinder, NotificationChain msgs) {
		Finder oldTargetFinder = targetFinder;
		targetFinder = newTargetFinder;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, DescriptionPackage.EDGE_MAPPING__TARGET_FINDER, oldTargetFinder, newTargetFinder);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetFinder(Finder newTargetFinder) {
		if (newTargetFinder != targetFinder) {
			NotificationChain msgs = null;
			if (targetFinder != null)
				msgs = ((InternalEObject)targetFinder).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - DescriptionPackage.EDGE_MAPPING__TARGET_FINDER, null, msgs);
			if (newTargetFinder != null)
				msgs = ((InternalEObject)newTargetFinder).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - DescriptionPackage.EDGE_MAPPING__TARGET_FINDER, null, msgs);
			msgs = basicSetTargetFinder(newTargetFinder, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.EDGE_MAPPING__TARGET_FINDER, newTargetFinder, newTargetFinder));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EdgeKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(EdgeKind newKind) {
		EdgeKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.EDGE_MAPPING__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EdgeStyleDescription getStyle() {
		return style;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetStyle(EdgeStyleDescription newStyle, NotificationChain msgs) {
		EdgeStyleDescription oldStyle = style;
		style = newStyle;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, DescriptionPackage.EDGE_MAPPING__STYLE, oldStyle, newStyle);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStyle(EdgeStyleDescription newStyle) {
		if (newStyle != style) {
			NotificationChain msgs = null;
			if (style != null)
				msgs = ((InternalEObject)style).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - DescriptionPackage.EDGE_MAPPING__STYLE, null, msgs);
			if (newStyle != null)
				msgs = ((InternalEObject)newStyle).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - DescriptionPackage.EDGE_MAPPING__STYLE, null, msgs);
			msgs = basicSetStyle(newStyle, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.EDGE_MAPPING__STYLE, newStyle, newStyle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DescriptionPackage.EDGE_MAPPING__SOURCE_FINDER:
				return basicSetSourceFinder(null, msgs);
			case DescriptionPackage.EDGE_MAPPING__TARGET_FINDER:
				return basicSetTargetFinder(null, msgs);
			case DescriptionPackage.EDGE_MAPPING__STYLE:
				return basicSetStyle(null, msgs);
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
			case DescriptionPackage.EDGE_MAPPING__SOURCE_MAPPING:
				return getSourceMapping();
			case DescriptionPackage.EDGE_MAPPING__TARGET_MAPPING:
				return getTargetMapping();
			case DescriptionPackage.EDGE_MAPPING__DOMAIN_CLASS:
				if (resolve) return getDomainClass();
				return basicGetDomainClass();
			case DescriptionPackage.EDGE_MAPPING__SOURCE_FINDER:
				return getSourceFinder();
			case DescriptionPackage.EDGE_MAPPING__TARGET_FINDER:
				return getTargetFinder();
			case DescriptionPackage.EDGE_MAPPING__KIND:
				return getKind();
			case DescriptionPackage.EDGE_MAPPING__STYLE:
				return getStyle();
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
			case DescriptionPackage.EDGE_MAPPING__SOURCE_MAPPING:
				getSourceMapping().clear();
				getSourceMapping().addAll((Collection<? extends AbstractNodeMapping>)newValue);
				return;
			case DescriptionPackage.EDGE_MAPPING__TARGET_MAPPING:
				getTargetMapping().clear();
				getTargetMapping().addAll((Collection<? extends AbstractNodeMapping>)newValue);
				return;
			case DescriptionPackage.EDGE_MAPPING__DOMAIN_CLASS:
				setDomainClass((EClass)newValue);
				return;
			case DescriptionPackage.EDGE_MAPPING__SOURCE_FINDER:
				setSourceFinder((Finder)newValue);
				return;
			case DescriptionPackage.EDGE_MAPPING__TARGET_FINDER:
				setTargetFinder((Finder)newValue);
				return;
			case DescriptionPackage.EDGE_MAPPING__KIND:
				setKind((EdgeKind)newValue);
				return;
			case DescriptionPackage.EDGE_MAPPING__STYLE:
				setStyle((EdgeStyleDescription)newValue);
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
			case DescriptionPackage.EDGE_MAPPING__SOURCE_MAPPING:
				getSourceMapping().clear();
				return;
			case DescriptionPackage.EDGE_MAPPING__TARGET_MAPPING:
				getTargetMapping().clear();
				return;
			case DescriptionPackage.EDGE_MAPPING__DOMAIN_CLASS:
				setDomainClass((EClass)null);
				return;
			case DescriptionPackage.EDGE_MAPPING__SOURCE_FINDER:
				setSourceFinder((Finder)null);
				return;
			case DescriptionPackage.EDGE_MAPPING__TARGET_FINDER:
				setTargetFinder((Finder)null);
				return;
			case DescriptionPackage.EDGE_MAPPING__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case DescriptionPackage.EDGE_MAPPING__STYLE:
				setStyle((EdgeStyleDescription)null);
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
			case DescriptionPackage.EDGE_MAPPING__SOURCE_MAPPING:
				return sourceMapping != null && !sourceMapping.isEmpty();
			case DescriptionPackage.EDGE_MAPPING__TARGET_MAPPING:
				return targetMapping != null && !targetMapping.isEmpty();
			case DescriptionPackage.EDGE_MAPPING__DOMAIN_CLASS:
				return domainClass != null;
			case DescriptionPackage.EDGE_MAPPING__SOURCE_FINDER:
				return sourceFinder != null;
			case DescriptionPackage.EDGE_MAPPING__TARGET_FINDER:
				return targetFinder != null;
			case DescriptionPackage.EDGE_MAPPING__KIND:
				return kind != KIND_EDEFAULT;
			case DescriptionPackage.EDGE_MAPPING__STYLE:
				return style != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (kind: ");
		result.append(kind);
		result.append(')');
		return result.toString();
	}

} //EdgeMappingImpl
