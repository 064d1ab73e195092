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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.provlens.diagram.core.description.AdditionalLayer;
import org.provlens.diagram.core.description.DescriptionPackage;
import org.provlens.diagram.core.description.DiagramDescription;
import org.provlens.diagram.core.description.FilterDescription;
import org.provlens.diagram.core.description.Layer;
import org.provlens.diagram.core.description.LayoutDescription;
import org.provlens.diagram.core.description.RootScope;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Diagram Description</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.diagram.core.description.impl.DiagramDescriptionImpl#getDomainClass <em>Domain Class</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.impl.DiagramDescriptionImpl#getDefaultLayer <em>Default Layer</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.impl.DiagramDescriptionImpl#getAdditionalLayers <em>Additional Layers</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.impl.DiagramDescriptionImpl#getFilters <em>Filters</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.impl.DiagramDescriptionImpl#getLayout <em>Layout</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.impl.DiagramDescriptionImpl#getRootScope <em>Root Scope</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.impl.DiagramDescriptionImpl#getDefaultDepth <em>Default Depth</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.impl.DiagramDescriptionImpl#getExpandedLevels <em>Expanded Levels</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.impl.DiagramDescriptionImpl#getMaxVisibleElements <em>Max Visible Elements</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DiagramDescriptionImpl extends IdentifiedElementImpl implements DiagramDescription {
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
	 * The cached value of the '{@link #getDefaultLayer() <em>Default Layer</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultLayer()
	 * @generated
	 * @ordered
	 */
	protected Layer defaultLayer;

	/**
	 * The cached value of the '{@link #getAdditionalLayers() <em>Additional Layers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdditionalLayers()
	 * @generated
	 * @ordered
	 */
	protected EList<AdditionalLayer> additionalLayers;

	/**
	 * The cached value of the '{@link #getFilters() <em>Filters</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFilters()
	 * @generated
	 * @ordered
	 */
	protected EList<FilterDescription> filters;

	/**
	 * The cached value of the '{@link #getLayout() <em>Layout</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLayout()
	 * @generated
	 * @ordered
	 */
	protected LayoutDescription layout;

	/**
	 * The default value of the '{@link #getRootScope() <em>Root Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRootScope()
	 * @generated
	 * @ordered
	 */
	protected static final RootScope ROOT_SCOPE_EDEFAULT = RootScope.NEIGHBOURHOOD;

	/**
	 * The cached value of the '{@link #getRootScope() <em>Root Scope</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRootScope()
	 * @generated
	 * @ordered
	 */
	protected RootScope rootScope = ROOT_SCOPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getDefaultDepth() <em>Default Depth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultDepth()
	 * @generated
	 * @ordered
	 */
	protected static final int DEFAULT_DEPTH_EDEFAULT = 3;

	/**
	 * The cached value of the '{@link #getDefaultDepth() <em>Default Depth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDefaultDepth()
	 * @generated
	 * @ordered
	 */
	protected int defaultDepth = DEFAULT_DEPTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getExpandedLevels() <em>Expanded Levels</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpandedLevels()
	 * @generated
	 * @ordered
	 */
	protected static final int EXPANDED_LEVELS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getExpandedLevels() <em>Expanded Levels</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpandedLevels()
	 * @generated
	 * @ordered
	 */
	protected int expandedLevels = EXPANDED_LEVELS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxVisibleElements() <em>Max Visible Elements</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxVisibleElements()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_VISIBLE_ELEMENTS_EDEFAULT = 3000;

	/**
	 * The cached value of the '{@link #getMaxVisibleElements() <em>Max Visible Elements</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxVisibleElements()
	 * @generated
	 * @ordered
	 */
	protected int maxVisibleElements = MAX_VISIBLE_ELEMENTS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DiagramDescriptionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.DIAGRAM_DESCRIPTION;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DescriptionPackage.DIAGRAM_DESCRIPTION__DOMAIN_CLASS, oldDomainClass, domainClass));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.DIAGRAM_DESCRIPTION__DOMAIN_CLASS, oldDomainClass, domainClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Layer getDefaultLayer() {
		return defaultLayer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetDefaultLayer(Layer newDefaultLayer, NotificationChain msgs) {
		Layer oldDefaultLayer = defaultLayer;
		defaultLayer = newDefaultLayer;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, DescriptionPackage.DIAGRAM_DESCRIPTION__DEFAULT_LAYER, oldDefaultLayer, newDefaultLayer);
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
	public void setDefaultLayer(Layer newDefaultLayer) {
		if (newDefaultLayer != defaultLayer) {
			NotificationChain msgs = null;
			if (defaultLayer != null)
				msgs = ((InternalEObject)defaultLayer).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - DescriptionPackage.DIAGRAM_DESCRIPTION__DEFAULT_LAYER, null, msgs);
			if (newDefaultLayer != null)
				msgs = ((InternalEObject)newDefaultLayer).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - DescriptionPackage.DIAGRAM_DESCRIPTION__DEFAULT_LAYER, null, msgs);
			msgs = basicSetDefaultLayer(newDefaultLayer, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.DIAGRAM_DESCRIPTION__DEFAULT_LAYER, newDefaultLayer, newDefaultLayer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<AdditionalLayer> getAdditionalLayers() {
		if (additionalLayers == null) {
			additionalLayers = new EObjectContainmentEList<AdditionalLayer>(AdditionalLayer.class, this, DescriptionPackage.DIAGRAM_DESCRIPTION__ADDITIONAL_LAYERS);
		}
		return additionalLayers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FilterDescription> getFilters() {
		if (filters == null) {
			filters = new EObjectContainmentEList<FilterDescription>(FilterDescription.class, this, DescriptionPackage.DIAGRAM_DESCRIPTION__FILTERS);
		}
		return filters;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LayoutDescription getLayout() {
		return layout;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLayout(LayoutDescription newLayout, NotificationChain msgs) {
		LayoutDescription oldLayout = layout;
		layout = newLayout;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, DescriptionPackage.DIAGRAM_DESCRIPTION__LAYOUT, oldLayout, newLayout);
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
	public void setLayout(LayoutDescription newLayout) {
		if (newLayout != layout) {
			NotificationChain msgs = null;
			if (layout != null)
				msgs = ((InternalEObject)layout).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - DescriptionPackage.DIAGRAM_DESCRIPTION__LAYOUT, null, msgs);
			if (newLayout != null)
				msgs = ((InternalEObject)newLayout).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - DescriptionPackage.DIAGRAM_DESCRIPTION__LAYOUT, null, msgs);
			msgs = basicSetLayout(newLayout, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.DIAGRAM_DESCRIPTION__LAYOUT, newLayout, newLayout));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RootScope getRootScope() {
		return rootScope;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRootScope(RootScope newRootScope) {
		RootScope oldRootScope = rootScope;
		rootScope = newRootScope == null ? ROOT_SCOPE_EDEFAULT : newRootScope;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.DIAGRAM_DESCRIPTION__ROOT_SCOPE, oldRootScope, rootScope));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDefaultDepth() {
		return defaultDepth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDefaultDepth(int newDefaultDepth) {
		int oldDefaultDepth = defaultDepth;
		defaultDepth = newDefaultDepth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.DIAGRAM_DESCRIPTION__DEFAULT_DEPTH, oldDefaultDepth, defaultDepth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getExpandedLevels() {
		return expandedLevels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpandedLevels(int newExpandedLevels) {
		int oldExpandedLevels = expandedLevels;
		expandedLevels = newExpandedLevels;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.DIAGRAM_DESCRIPTION__EXPANDED_LEVELS, oldExpandedLevels, expandedLevels));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxVisibleElements() {
		return maxVisibleElements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxVisibleElements(int newMaxVisibleElements) {
		int oldMaxVisibleElements = maxVisibleElements;
		maxVisibleElements = newMaxVisibleElements;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.DIAGRAM_DESCRIPTION__MAX_VISIBLE_ELEMENTS, oldMaxVisibleElements, maxVisibleElements));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DescriptionPackage.DIAGRAM_DESCRIPTION__DEFAULT_LAYER:
				return basicSetDefaultLayer(null, msgs);
			case DescriptionPackage.DIAGRAM_DESCRIPTION__ADDITIONAL_LAYERS:
				return ((InternalEList<?>)getAdditionalLayers()).basicRemove(otherEnd, msgs);
			case DescriptionPackage.DIAGRAM_DESCRIPTION__FILTERS:
				return ((InternalEList<?>)getFilters()).basicRemove(otherEnd, msgs);
			case DescriptionPackage.DIAGRAM_DESCRIPTION__LAYOUT:
				return basicSetLayout(null, msgs);
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
			case DescriptionPackage.DIAGRAM_DESCRIPTION__DOMAIN_CLASS:
				if (resolve) return getDomainClass();
				return basicGetDomainClass();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__DEFAULT_LAYER:
				return getDefaultLayer();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__ADDITIONAL_LAYERS:
				return getAdditionalLayers();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__FILTERS:
				return getFilters();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__LAYOUT:
				return getLayout();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__ROOT_SCOPE:
				return getRootScope();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__DEFAULT_DEPTH:
				return getDefaultDepth();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__EXPANDED_LEVELS:
				return getExpandedLevels();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__MAX_VISIBLE_ELEMENTS:
				return getMaxVisibleElements();
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
			case DescriptionPackage.DIAGRAM_DESCRIPTION__DOMAIN_CLASS:
				setDomainClass((EClass)newValue);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__DEFAULT_LAYER:
				setDefaultLayer((Layer)newValue);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__ADDITIONAL_LAYERS:
				getAdditionalLayers().clear();
				getAdditionalLayers().addAll((Collection<? extends AdditionalLayer>)newValue);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__FILTERS:
				getFilters().clear();
				getFilters().addAll((Collection<? extends FilterDescription>)newValue);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__LAYOUT:
				setLayout((LayoutDescription)newValue);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__ROOT_SCOPE:
				setRootScope((RootScope)newValue);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__DEFAULT_DEPTH:
				setDefaultDepth((Integer)newValue);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__EXPANDED_LEVELS:
				setExpandedLevels((Integer)newValue);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__MAX_VISIBLE_ELEMENTS:
				setMaxVisibleElements((Integer)newValue);
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
			case DescriptionPackage.DIAGRAM_DESCRIPTION__DOMAIN_CLASS:
				setDomainClass((EClass)null);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__DEFAULT_LAYER:
				setDefaultLayer((Layer)null);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__ADDITIONAL_LAYERS:
				getAdditionalLayers().clear();
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__FILTERS:
				getFilters().clear();
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__LAYOUT:
				setLayout((LayoutDescription)null);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__ROOT_SCOPE:
				setRootScope(ROOT_SCOPE_EDEFAULT);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__DEFAULT_DEPTH:
				setDefaultDepth(DEFAULT_DEPTH_EDEFAULT);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__EXPANDED_LEVELS:
				setExpandedLevels(EXPANDED_LEVELS_EDEFAULT);
				return;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__MAX_VISIBLE_ELEMENTS:
				setMaxVisibleElements(MAX_VISIBLE_ELEMENTS_EDEFAULT);
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
			case DescriptionPackage.DIAGRAM_DESCRIPTION__DOMAIN_CLASS:
				return domainClass != null;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__DEFAULT_LAYER:
				return defaultLayer != null;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__ADDITIONAL_LAYERS:
				return additionalLayers != null && !additionalLayers.isEmpty();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__FILTERS:
				return filters != null && !filters.isEmpty();
			case DescriptionPackage.DIAGRAM_DESCRIPTION__LAYOUT:
				return layout != null;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__ROOT_SCOPE:
				return rootScope != ROOT_SCOPE_EDEFAULT;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__DEFAULT_DEPTH:
				return defaultDepth != DEFAULT_DEPTH_EDEFAULT;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__EXPANDED_LEVELS:
				return expandedLevels != EXPANDED_LEVELS_EDEFAULT;
			case DescriptionPackage.DIAGRAM_DESCRIPTION__MAX_VISIBLE_ELEMENTS:
				return maxVisibleElements != MAX_VISIBLE_ELEMENTS_EDEFAULT;
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
		result.append(" (rootScope: ");
		result.append(rootScope);
		result.append(", defaultDepth: ");
		result.append(defaultDepth);
		result.append(", expandedLevels: ");
		result.append(expandedLevels);
		result.append(", maxVisibleElements: ");
		result.append(maxVisibleElements);
		result.append(')');
		return result.toString();
	}

} //DiagramDescriptionImpl
