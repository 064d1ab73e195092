/**
 */
package org.provlens.diagram.core.description.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import org.provlens.diagram.core.description.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.provlens.diagram.core.description.DescriptionPackage
 * @generated
 */
public class DescriptionAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static DescriptionPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DescriptionAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = DescriptionPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DescriptionSwitch<Adapter> modelSwitch =
		new DescriptionSwitch<Adapter>() {
			@Override
			public Adapter caseIdentifiedElement(IdentifiedElement object) {
				return createIdentifiedElementAdapter();
			}
			@Override
			public Adapter caseDiagramDescription(DiagramDescription object) {
				return createDiagramDescriptionAdapter();
			}
			@Override
			public Adapter caseLayer(Layer object) {
				return createLayerAdapter();
			}
			@Override
			public Adapter caseAdditionalLayer(AdditionalLayer object) {
				return createAdditionalLayerAdapter();
			}
			@Override
			public Adapter caseDiagramElementMapping(DiagramElementMapping object) {
				return createDiagramElementMappingAdapter();
			}
			@Override
			public Adapter caseAbstractNodeMapping(AbstractNodeMapping object) {
				return createAbstractNodeMappingAdapter();
			}
			@Override
			public Adapter caseNodeMapping(NodeMapping object) {
				return createNodeMappingAdapter();
			}
			@Override
			public Adapter caseContainerMapping(ContainerMapping object) {
				return createContainerMappingAdapter();
			}
			@Override
			public Adapter caseEdgeMapping(EdgeMapping object) {
				return createEdgeMappingAdapter();
			}
			@Override
			public Adapter caseLabelDescription(LabelDescription object) {
				return createLabelDescriptionAdapter();
			}
			@Override
			public Adapter caseGroupingDescription(GroupingDescription object) {
				return createGroupingDescriptionAdapter();
			}
			@Override
			public Adapter caseNodeStyleDescription(NodeStyleDescription object) {
				return createNodeStyleDescriptionAdapter();
			}
			@Override
			public Adapter caseConditionalNodeStyle(ConditionalNodeStyle object) {
				return createConditionalNodeStyleAdapter();
			}
			@Override
			public Adapter caseStyleCustomization(StyleCustomization object) {
				return createStyleCustomizationAdapter();
			}
			@Override
			public Adapter caseGradientDescription(GradientDescription object) {
				return createGradientDescriptionAdapter();
			}
			@Override
			public Adapter caseEdgeStyleDescription(EdgeStyleDescription object) {
				return createEdgeStyleDescriptionAdapter();
			}
			@Override
			public Adapter caseFilterDescription(FilterDescription object) {
				return createFilterDescriptionAdapter();
			}
			@Override
			public Adapter caseMappingFilter(MappingFilter object) {
				return createMappingFilterAdapter();
			}
			@Override
			public Adapter caseCollapseFilter(CollapseFilter object) {
				return createCollapseFilterAdapter();
			}
			@Override
			public Adapter caseLayoutDescription(LayoutDescription object) {
				return createLayoutDescriptionAdapter();
			}
			@Override
			public Adapter caseFinder(Finder object) {
				return createFinderAdapter();
			}
			@Override
			public Adapter caseReferenceFinder(ReferenceFinder object) {
				return createReferenceFinderAdapter();
			}
			@Override
			public Adapter caseUnionFinder(UnionFinder object) {
				return createUnionFinderAdapter();
			}
			@Override
			public Adapter caseContainerFinder(ContainerFinder object) {
				return createContainerFinderAdapter();
			}
			@Override
			public Adapter caseRegisteredFinder(RegisteredFinder object) {
				return createRegisteredFinderAdapter();
			}
			@Override
			public Adapter caseCondition(Condition object) {
				return createConditionAdapter();
			}
			@Override
			public Adapter caseFeatureCondition(FeatureCondition object) {
				return createFeatureConditionAdapter();
			}
			@Override
			public Adapter caseAllCondition(AllCondition object) {
				return createAllConditionAdapter();
			}
			@Override
			public Adapter caseAnyCondition(AnyCondition object) {
				return createAnyConditionAdapter();
			}
			@Override
			public Adapter caseNotCondition(NotCondition object) {
				return createNotConditionAdapter();
			}
			@Override
			public Adapter caseRegisteredCondition(RegisteredCondition object) {
				return createRegisteredConditionAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.provlens.diagram.core.description.IdentifiedElement <em>Identified Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.provlens.diagram.core.description.IdentifiedElement
	 * @generated
	 */
	public Adapter createIdentifiedElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.provlens.diagram.core.description.DiagramDescription <em>Diagram Description</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.provlens.diagram.core.description.DiagramDescription
	 * @generated
	 */
	public Adapter createDiagramDescriptionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.provlens.diagram.core.description.Layer <em>Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.provlens.diagram.core.description.Layer
	 * @generated
	 */
	public Adapter createLayerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.provlens.diagram.core.description.AdditionalLayer <em>Additional Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.provlens.diagram.core.description.AdditionalLayer
	 * @generated
	 */
	public Adapter createAdditionalLayerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.provlens.diagram.core.description.DiagramElementMapping <em>Diagram Element Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.provlens.diagram.core.description.DiagramElementMapping
	 * @generated
	 */
	public Adapter createDiagramElementMappingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.provlens.diagram.core.description.AbstractNodeMapping <em>Abstract Node Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.provlens.diagram.core.description.AbstractNodeMapping
	 * @generated
	 */
	public Adapter createAbstractNodeMappingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.provlens.diagram.core.description.NodeMapping <em>Node Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.provlens.diagram.core.description.NodeMapping
	 * @generated
	 */
	public Adapter createNodeMappingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.provlens.diagram.core.description.ContainerMapping <em>Container Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.provlens.diagram.core.description.ContainerMapping
	 * @generated
	 */
	public Adapter createContainerMappingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.provlens.diagram.core.description.EdgeMapping <em>Edge Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.provlens.diagram.core.description.EdgeMapping
	 * @generated
	 */
	public Adapter createEdgeMappingAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.provlens.diagram.core.description.LabelDescription <em>Label Description</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.provlens.diagram.core.description.LabelDescription
	 * @generated
	 */
	public Adapter createLabelDescriptionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.provlens.diagram.core.description.GroupingDescription <em>Grouping Description</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.provlens.diagram.core.description.GroupingDescription
	 * @generated
	 */
	public Adapter createGroupingDescriptionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.provlens.diagram.core.description.NodeStyleDescription <em>Node Style Description</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.provlens.diagram.core.description.NodeStyleDescription
	 * @generated
	 */
	public Adapter createNodeStyleDescriptionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.provlens.diagram.core.description.ConditionalNodeStyle <em>Conditional Node Style</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.provlens.diagram.core.description.ConditionalNodeStyle
	 * @generated
	 */
	public Adapter createConditionalNodeStyleAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.provlens.diagram.core.description.StyleCustomization <em>Style Customization</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.provlens.diagram.core.description.StyleCustomization
	 * @generated
	 */
	public Adapter createStyleCustomizationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.provlens.diagram.core.description.GradientDescription <em>Gradient Description</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.provlens.diagram.core.description.GradientDescription
	 * @generated
	 */
	public Adapter createGradientDescriptionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.provlens.diagram.core.description.EdgeStyleDescription <em>Edge Style Description</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.provlens.diagram.core.description.EdgeStyleDescription
	 * @generated
	 */
	public Adapter createEdgeStyleDescriptionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.provlens.diagram.core.description.FilterDescription <em>Filter Description</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.provlens.diagram.core.description.FilterDescription
	 * @generated
	 */
	public Adapter createFilterDescriptionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.provlens.diagram.core.description.MappingFilter <em>Mapping Filter</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.provlens.diagram.core.description.MappingFilter
	 * @generated
	 */
	public Adapter createMappingFilterAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.provlens.diagram.core.description.CollapseFilter <em>Collapse Filter</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.provlens.diagram.core.description.CollapseFilter
	 * @generated
	 */
	public Adapter createCollapseFilterAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.provlens.diagram.core.description.LayoutDescription <em>Layout Description</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.provlens.diagram.core.description.LayoutDescription
	 * @generated
	 */
	public Adapter createLayoutDescriptionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.provlens.diagram.core.description.Finder <em>Finder</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.provlens.diagram.core.description.Finder
	 * @generated
	 */
	public Adapter createFinderAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.provlens.diagram.core.description.ReferenceFinder <em>Reference Finder</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.provlens.diagram.core.description.ReferenceFinder
	 * @generated
	 */
	public Adapter createReferenceFinderAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.provlens.diagram.core.description.UnionFinder <em>Union Finder</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.provlens.diagram.core.description.UnionFinder
	 * @generated
	 */
	public Adapter createUnionFinderAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.provlens.diagram.core.description.ContainerFinder <em>Container Finder</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.provlens.diagram.core.description.ContainerFinder
	 * @generated
	 */
	public Adapter createContainerFinderAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.provlens.diagram.core.description.RegisteredFinder <em>Registered Finder</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.provlens.diagram.core.description.RegisteredFinder
	 * @generated
	 */
	public Adapter createRegisteredFinderAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.provlens.diagram.core.description.Condition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.provlens.diagram.core.description.Condition
	 * @generated
	 */
	public Adapter createConditionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.provlens.diagram.core.description.FeatureCondition <em>Feature Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.provlens.diagram.core.description.FeatureCondition
	 * @generated
	 */
	public Adapter createFeatureConditionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.provlens.diagram.core.description.AllCondition <em>All Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.provlens.diagram.core.description.AllCondition
	 * @generated
	 */
	public Adapter createAllConditionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.provlens.diagram.core.description.AnyCondition <em>Any Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.provlens.diagram.core.description.AnyCondition
	 * @generated
	 */
	public Adapter createAnyConditionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.provlens.diagram.core.description.NotCondition <em>Not Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.provlens.diagram.core.description.NotCondition
	 * @generated
	 */
	public Adapter createNotConditionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.provlens.diagram.core.description.RegisteredCondition <em>Registered Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.provlens.diagram.core.description.RegisteredCondition
	 * @generated
	 */
	public Adapter createRegisteredConditionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //DescriptionAdapterFactory
