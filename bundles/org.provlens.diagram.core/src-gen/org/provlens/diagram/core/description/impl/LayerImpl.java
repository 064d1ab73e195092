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

import org.provlens.diagram.core.description.ContainerMapping;
import org.provlens.diagram.core.description.DescriptionPackage;
import org.provlens.diagram.core.description.EdgeMapping;
import org.provlens.diagram.core.description.Layer;
import org.provlens.diagram.core.description.NodeMapping;
import org.provlens.diagram.core.description.StyleCustomization;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Layer</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.provlens.diagram.core.description.impl.LayerImpl#getNodeMappings <em>Node Mappings</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.impl.LayerImpl#getContainerMappings <em>Container Mappings</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.impl.LayerImpl#getEdgeMappings <em>Edge Mappings</em>}</li>
 *   <li>{@link org.provlens.diagram.core.description.impl.LayerImpl#getCustomizations <em>Customizations</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LayerImpl extends IdentifiedElementImpl implements Layer {
	/**
	 * The cached value of the '{@link #getNodeMappings() <em>Node Mappings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodeMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<NodeMapping> nodeMappings;

	/**
	 * The cached value of the '{@link #getContainerMappings() <em>Container Mappings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContainerMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<ContainerMapping> containerMappings;

	/**
	 * The cached value of the '{@link #getEdgeMappings() <em>Edge Mappings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEdgeMappings()
	 * @generated
	 * @ordered
	 */
	protected EList<EdgeMapping> edgeMappings;

	/**
	 * The cached value of the '{@link #getCustomizations() <em>Customizations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomizations()
	 * @generated
	 * @ordered
	 */
	protected EList<StyleCustomization> customizations;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LayerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DescriptionPackage.Literals.LAYER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NodeMapping> getNodeMappings() {
		if (nodeMappings == null) {
			nodeMappings = new EObjectContainmentEList<NodeMapping>(NodeMapping.class, this, DescriptionPackage.LAYER__NODE_MAPPINGS);
		}
		return nodeMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ContainerMapping> getContainerMappings() {
		if (containerMappings == null) {
			containerMappings = new EObjectContainmentEList<ContainerMapping>(ContainerMapping.class, this, DescriptionPackage.LAYER__CONTAINER_MAPPINGS);
		}
		return containerMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<EdgeMapping> getEdgeMappings() {
		if (edgeMappings == null) {
			edgeMappings = new EObjectContainmentEList<EdgeMapping>(EdgeMapping.class, this, DescriptionPackage.LAYER__EDGE_MAPPINGS);
		}
		return edgeMappings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StyleCustomization> getCustomizations() {
		if (customizations == null) {
			customizations = new EObjectContainmentEList<StyleCustomization>(StyleCustomization.class, this, DescriptionPackage.LAYER__CUSTOMIZATIONS);
		}
		return customizations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DescriptionPackage.LAYER__NODE_MAPPINGS:
				return ((InternalEList<?>)getNodeMappings()).basicRemove(otherEnd, msgs);
			case DescriptionPackage.LAYER__CONTAINER_MAPPINGS:
				return ((InternalEList<?>)getContainerMappings()).basicRemove(otherEnd, msgs);
			case DescriptionPackage.LAYER__EDGE_MAPPINGS:
				return ((InternalEList<?>)getEdgeMappings()).basicRemove(otherEnd, msgs);
			case DescriptionPackage.LAYER__CUSTOMIZATIONS:
				return ((InternalEList<?>)getCustomizations()).basicRemove(otherEnd, msgs);
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
			case DescriptionPackage.LAYER__NODE_MAPPINGS:
				return getNodeMappings();
			case DescriptionPackage.LAYER__CONTAINER_MAPPINGS:
				return getContainerMappings();
			case DescriptionPackage.LAYER__EDGE_MAPPINGS:
				return getEdgeMappings();
			case DescriptionPackage.LAYER__CUSTOMIZATIONS:
				return getCustomizations();
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
			case DescriptionPackage.LAYER__NODE_MAPPINGS:
				getNodeMappings().clear();
				getNodeMappings().addAll((Collection<? extends NodeMapping>)newValue);
				return;
			case DescriptionPackage.LAYER__CONTAINER_MAPPINGS:
				getContainerMappings().clear();
				getContainerMappings().addAll((Collection<? extends ContainerMapping>)newValue);
				return;
			case DescriptionPackage.LAYER__EDGE_MAPPINGS:
				getEdgeMappings().clear();
				getEdgeMappings().addAll((Collection<? extends EdgeMapping>)newValue);
				return;
			case DescriptionPackage.LAYER__CUSTOMIZATIONS:
				getCustomizations().clear();
				getCustomizations().addAll((Collection<? extends StyleCustomization>)newValue);
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
			case DescriptionPackage.LAYER__NODE_MAPPINGS:
				getNodeMappings().clear();
				return;
			case DescriptionPackage.LAYER__CONTAINER_MAPPINGS:
				getContainerMappings().clear();
				return;
			case DescriptionPackage.LAYER__EDGE_MAPPINGS:
				getEdgeMappings().clear();
				return;
			case DescriptionPackage.LAYER__CUSTOMIZATIONS:
				getCustomizations().clear();
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
			case DescriptionPackage.LAYER__NODE_MAPPINGS:
				return nodeMappings != null && !nodeMappings.isEmpty();
			case DescriptionPackage.LAYER__CONTAINER_MAPPINGS:
				return containerMappings != null && !containerMappings.isEmpty();
			case DescriptionPackage.LAYER__EDGE_MAPPINGS:
				return edgeMappings != null && !edgeMappings.isEmpty();
			case DescriptionPackage.LAYER__CUSTOMIZATIONS:
				return customizations != null && !customizations.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //LayerImpl
