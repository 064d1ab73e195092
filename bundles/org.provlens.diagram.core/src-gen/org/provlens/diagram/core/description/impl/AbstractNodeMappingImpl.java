/**
 */
package org.provlens.diagram.core.description.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.provlens.diagram.core.description.AbstractNodeMapping;
import org.provlens.diagram.core.description.ConditionalNodeStyle;
import org.provlens.diagram.core.description.DescriptionPackage;
import org.provlens.diagram.core.description.GroupingDescription;
import org.provlens.diagram.core.description.LabelDescription;
import org.provlens.diagram.core.description.NodeKind;
import org.provlens.diagram.core.description.NodeStyleDescription;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Abstract Node Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.diagram.core.description.impl.AbstractNodeMappingImpl#getDomainClass <em>Domain Class</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.impl.AbstractNodeMappingImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.impl.AbstractNodeMappingImpl#getLabelDescription <em>Label Description</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.impl.AbstractNodeMappingImpl#getIdentityFeatures <em>Identity Features</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.impl.AbstractNodeMappingImpl#getStyle <em>Style</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.impl.AbstractNodeMappingImpl#getConditionalStyles <em>Conditional Styles</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.impl.AbstractNodeMappingImpl#getGrouping <em>Grouping</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class AbstractNodeMappingImpl extends DiagramElementMappingImpl implements AbstractNodeMapping {
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
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final NodeKind KIND_EDEFAULT = NodeKind.TASK;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected NodeKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLabelDescription() <em>Label Description</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelDescription()
	 * @generated
	 * @ordered
	 */
	protected LabelDescription labelDescription;

	/**
	 * The cached value of the '{@link #getIdentityFeatures() <em>Identity Features</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdentityFeatures()
	 * @generated
	 * @ordered
	 */
	protected EList<EAttribute> identityFeatures;

	/**
	 * The cached value of the '{@link #getStyle() <em>Style</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStyle()
	 * @generated
	 * @ordered
	 */
	protected NodeStyleDescription style;

	/**
	 * The cached value of the '{@link #getConditionalStyles() <em>Conditional Styles</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConditionalStyles()
	 * @generated
	 * @ordered
	 */
	protected EList<ConditionalNodeStyle> conditionalStyles;

	/**
	 * The cached value of the '{@link #getGrouping() <em>Grouping</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrouping()
	 * @generated
	 * @ordered
	 */
	protected GroupingDescription grouping;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AbstractNodeMappingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.ABSTRACT_NODE_MAPPING;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, DescriptionPackage.ABSTRACT_NODE_MAPPING__DOMAIN_CLASS, oldDomainClass, domainClass));
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
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.ABSTRACT_NODE_MAPPING__DOMAIN_CLASS, oldDomainClass, domainClass));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(NodeKind newKind) {
		NodeKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.ABSTRACT_NODE_MAPPING__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LabelDescription getLabelDescription() {
		return labelDescription;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetLabelDescription(LabelDescription newLabelDescription, NotificationChain msgs) {
		LabelDescription oldLabelDescription = labelDescription;
		labelDescription = newLabelDescription;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, DescriptionPackage.ABSTRACT_NODE_MAPPING__LABEL_DESCRIPTION, oldLabelDescription, newLabelDescription);
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
	public void setLabelDescription(LabelDescription newLabelDescription) {
		if (newLabelDescription != labelDescription) {
			NotificationChain msgs = null;
			if (labelDescription != null)
				msgs = ((InternalEObject)labelDescription).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - DescriptionPackage.ABSTRACT_NODE_MAPPING__LABEL_DESCRIPTION, null, msgs);
			if (newLabelDescription != null)
				msgs = ((InternalEObject)newLabelDescription).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - DescriptionPackage.ABSTRACT_NODE_MAPPING__LABEL_DESCRIPTION, null, msgs);
			msgs = basicSetLabelDescription(newLabelDescription, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.ABSTRACT_NODE_MAPPING__LABEL_DESCRIPTION, newLabelDescription, newLabelDescription));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EAttribute> getIdentityFeatures() {
		if (identityFeatures == null) {
			identityFeatures = new EObjectResolvingEList<EAttribute>(EAttribute.class, this, DescriptionPackage.ABSTRACT_NODE_MAPPING__IDENTITY_FEATURES);
		}
		return identityFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NodeStyleDescription getStyle() {
		return style;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetStyle(NodeStyleDescription newStyle, NotificationChain msgs) {
		NodeStyleDescription oldStyle = style;
		style = newStyle;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, DescriptionPackage.ABSTRACT_NODE_MAPPING__STYLE, oldStyle, newStyle);
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
	public void setStyle(NodeStyleDescription newStyle) {
		if (newStyle != style) {
			NotificationChain msgs = null;
			if (style != null)
				msgs = ((InternalEObject)style).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - DescriptionPackage.ABSTRACT_NODE_MAPPING__STYLE, null, msgs);
			if (newStyle != null)
				msgs = ((InternalEObject)newStyle).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - DescriptionPackage.ABSTRACT_NODE_MAPPING__STYLE, null, msgs);
			msgs = basicSetStyle(newStyle, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.ABSTRACT_NODE_MAPPING__STYLE, newStyle, newStyle));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ConditionalNodeStyle> getConditionalStyles() {
		if (conditionalStyles == null) {
			conditionalStyles = new EObjectContainmentEList<ConditionalNodeStyle>(ConditionalNodeStyle.class, this, DescriptionPackage.ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES);
		}
		return conditionalStyles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GroupingDescription getGrouping() {
		return grouping;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetGrouping(GroupingDescription newGrouping, NotificationChain msgs) {
		GroupingDescription oldGrouping = grouping;
		grouping = newGrouping;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, DescriptionPackage.ABSTRACT_NODE_MAPPING__GROUPING, oldGrouping, newGrouping);
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
	public void setGrouping(GroupingDescription newGrouping) {
		if (newGrouping != grouping) {
			NotificationChain msgs = null;
			if (grouping != null)
				msgs = ((InternalEObject)grouping).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - DescriptionPackage.ABSTRACT_NODE_MAPPING__GROUPING, null, msgs);
			if (newGrouping != null)
				msgs = ((InternalEObject)newGrouping).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - DescriptionPackage.ABSTRACT_NODE_MAPPING__GROUPING, null, msgs);
			msgs = basicSetGrouping(newGrouping, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DescriptionPackage.ABSTRACT_NODE_MAPPING__GROUPING, newGrouping, newGrouping));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__LABEL_DESCRIPTION:
				return basicSetLabelDescription(null, msgs);
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__STYLE:
				return basicSetStyle(null, msgs);
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES:
				return ((InternalEList<?>)getConditionalStyles()).basicRemove(otherEnd, msgs);
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__GROUPING:
				return basicSetGrouping(null, msgs);
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
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__DOMAIN_CLASS:
				if (resolve) return getDomainClass();
				return basicGetDomainClass();
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__KIND:
				return getKind();
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__LABEL_DESCRIPTION:
				return getLabelDescription();
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__IDENTITY_FEATURES:
				return getIdentityFeatures();
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__STYLE:
				return getStyle();
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES:
				return getConditionalStyles();
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__GROUPING:
				return getGrouping();
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
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__DOMAIN_CLASS:
				setDomainClass((EClass)newValue);
				return;
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__KIND:
				setKind((NodeKind)newValue);
				return;
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__LABEL_DESCRIPTION:
				setLabelDescription((LabelDescription)newValue);
				return;
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__IDENTITY_FEATURES:
				getIdentityFeatures().clear();
				getIdentityFeatures().addAll((Collection<? extends EAttribute>)newValue);
				return;
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__STYLE:
				setStyle((NodeStyleDescription)newValue);
				return;
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES:
				getConditionalStyles().clear();
				getConditionalStyles().addAll((Collection<? extends ConditionalNodeStyle>)newValue);
				return;
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__GROUPING:
				setGrouping((GroupingDescription)newValue);
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
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__DOMAIN_CLASS:
				setDomainClass((EClass)null);
				return;
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__LABEL_DESCRIPTION:
				setLabelDescription((LabelDescription)null);
				return;
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__IDENTITY_FEATURES:
				getIdentityFeatures().clear();
				return;
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__STYLE:
				setStyle((NodeStyleDescription)null);
				return;
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES:
				getConditionalStyles().clear();
				return;
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__GROUPING:
				setGrouping((GroupingDescription)null);
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
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__DOMAIN_CLASS:
				return domainClass != null;
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__KIND:
				return kind != KIND_EDEFAULT;
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__LABEL_DESCRIPTION:
				return labelDescription != null;
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__IDENTITY_FEATURES:
				return identityFeatures != null && !identityFeatures.isEmpty();
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__STYLE:
				return style != null;
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES:
				return conditionalStyles != null && !conditionalStyles.isEmpty();
			case DescriptionPackage.ABSTRACT_NODE_MAPPING__GROUPING:
				return grouping != null;
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

} //AbstractNodeMappingImpl
