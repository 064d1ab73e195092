/**
 */
package org.provlens.diagram.core.description.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.provlens.diagram.core.description.ContainerMapping;
import org.provlens.diagram.core.description.DescriptionPackage;
import org.provlens.diagram.core.description.NodeMapping;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Container Mapping</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.diagram.core.description.impl.ContainerMappingImpl#getSubNodeMappings <em>Sub Node Mappings</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.impl.ContainerMappingImpl#getSubContainerMappings <em>Sub Container Mappings</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.impl.ContainerMappingImpl#getReusedNodeMappings <em>Reused Node Mappings</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.impl.ContainerMappingImpl#getReusedContainerMappings <em>Reused Container Mappings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ContainerMappingImpl extends AbstractNodeMappingImpl implements ContainerMapping {
	/**
	 * The cached value of the '{@link #getSubNodeMappings() <em>Sub Node Mappings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubNodeMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<NodeMapping> subNodeMappings;

	/**
	 * The cached value of the '{@link #getSubContainerMappings() <em>Sub Container Mappings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubContainerMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<ContainerMapping> subContainerMappings;

	/**
	 * The cached value of the '{@link #getReusedNodeMappings() <em>Reused Node Mappings</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReusedNodeMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<NodeMapping> reusedNodeMappings;

	/**
	 * The cached value of the '{@link #getReusedContainerMappings() <em>Reused Container Mappings</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReusedContainerMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<ContainerMapping> reusedContainerMappings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ContainerMappingImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.CONTAINER_MAPPING;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NodeMapping> getSubNodeMappings() {
		if (subNodeMappings == null) {
			subNodeMappings = new EObjectContainmentEList<NodeMapping>(NodeMapping.class, this, DescriptionPackage.CONTAINER_MAPPING__SUB_NODE_MAPPINGS);
		}
		return subNodeMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ContainerMapping> getSubContainerMappings() {
		if (subContainerMappings == null) {
			subContainerMappings = new EObjectContainmentEList<ContainerMapping>(ContainerMapping.class, this, DescriptionPackage.CONTAINER_MAPPING__SUB_CONTAINER_MAPPINGS);
		}
		return subContainerMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NodeMapping> getReusedNodeMappings() {
		if (reusedNodeMappings == null) {
			reusedNodeMappings = new EObjectResolvingEList<NodeMapping>(NodeMapping.class, this, DescriptionPackage.CONTAINER_MAPPING__REUSED_NODE_MAPPINGS);
		}
		return reusedNodeMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ContainerMapping> getReusedContainerMappings() {
		if (reusedContainerMappings == null) {
			reusedContainerMappings = new EObjectResolvingEList<ContainerMapping>(ContainerMapping.class, this, DescriptionPackage.CONTAINER_MAPPING__REUSED_CONTAINER_MAPPINGS);
		}
		return reusedContainerMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DescriptionPackage.CONTAINER_MAPPING__SUB_NODE_MAPPINGS:
				return ((InternalEList<?>)getSubNodeMappings()).basicRemove(otherEnd, msgs);
			case DescriptionPackage.CONTAINER_MAPPING__SUB_CONTAINER_MAPPINGS:
				return ((InternalEList<?>)getSubContainerMappings()).basicRemove(otherEnd, msgs);
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
			case DescriptionPackage.CONTAINER_MAPPING__SUB_NODE_MAPPINGS:
				return getSubNodeMappings();
			case DescriptionPackage.CONTAINER_MAPPING__SUB_CONTAINER_MAPPINGS:
				return getSubContainerMappings();
			case DescriptionPackage.CONTAINER_MAPPING__REUSED_NODE_MAPPINGS:
				return getReusedNodeMappings();
			case DescriptionPackage.CONTAINER_MAPPING__REUSED_CONTAINER_MAPPINGS:
				return getReusedContainerMappings();
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
			case DescriptionPackage.CONTAINER_MAPPING__SUB_NODE_MAPPINGS:
				getSubNodeMappings().clear();
				getSubNodeMappings().addAll((Collection<? extends NodeMapping>)newValue);
				return;
			case DescriptionPackage.CONTAINER_MAPPING__SUB_CONTAINER_MAPPINGS:
				getSubContainerMappings().clear();
				getSubContainerMappings().addAll((Collection<? extends ContainerMapping>)newValue);
				return;
			case DescriptionPackage.CONTAINER_MAPPING__REUSED_NODE_MAPPINGS:
				getReusedNodeMappings().clear();
				getReusedNodeMappings().addAll((Collection<? extends NodeMapping>)newValue);
				return;
			case DescriptionPackage.CONTAINER_MAPPING__REUSED_CONTAINER_MAPPINGS:
				getReusedContainerMappings().clear();
				getReusedContainerMappings().addAll((Collection<? extends ContainerMapping>)newValue);
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
			case DescriptionPackage.CONTAINER_MAPPING__SUB_NODE_MAPPINGS:
				getSubNodeMappings().clear();
				return;
			case DescriptionPackage.CONTAINER_MAPPING__SUB_CONTAINER_MAPPINGS:
				getSubContainerMappings().clear();
				return;
			case DescriptionPackage.CONTAINER_MAPPING__REUSED_NODE_MAPPINGS:
				getReusedNodeMappings().clear();
				return;
			case DescriptionPackage.CONTAINER_MAPPING__REUSED_CONTAINER_MAPPINGS:
				getReusedContainerMappings().clear();
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
			case DescriptionPackage.CONTAINER_MAPPING__SUB_NODE_MAPPINGS:
				return subNodeMappings != null && !subNodeMappings.isEmpty();
			case DescriptionPackage.CONTAINER_MAPPING__SUB_CONTAINER_MAPPINGS:
				return subContainerMappings != null && !subContainerMappings.isEmpty();
			case DescriptionPackage.CONTAINER_MAPPING__REUSED_NODE_MAPPINGS:
				return reusedNodeMappings != null && !reusedNodeMappings.isEmpty();
			case DescriptionPackage.CONTAINER_MAPPING__REUSED_CONTAINER_MAPPINGS:
				return reusedContainerMappings != null && !reusedContainerMappings.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //ContainerMappingImpl
