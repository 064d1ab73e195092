/**
 */
package org.provlens.diagram.core.description;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.provlens.diagram.core.description.DescriptionPackage
 * @generated
 */
public interface DescriptionFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	DescriptionFactory eINSTANCE = org.provlens.diagram.core.description.impl.DescriptionFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Diagram Description</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Diagram Description</em>'.
	 * @generated
	 */
	DiagramDescription createDiagramDescription();

	/**
	 * Returns a new object of class '<em>Layer</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Layer</em>'.
	 * @generated
	 */
	Layer createLayer();

	/**
	 * Returns a new object of class '<em>Additional Layer</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Additional Layer</em>'.
	 * @generated
	 */
	AdditionalLayer createAdditionalLayer();

	/**
	 * Returns a new object of class '<em>Node Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Node Mapping</em>'.
	 * @generated
	 */
	NodeMapping createNodeMapping();

	/**
	 * Returns a new object of class '<em>Container Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Container Mapping</em>'.
	 * @generated
	 */
	ContainerMapping createContainerMapping();

	/**
	 * Returns a new object of class '<em>Edge Mapping</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Edge Mapping</em>'.
	 * @generated
	 */
	EdgeMapping createEdgeMapping();

	/**
	 * Returns a new object of class '<em>Label Description</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Label Description</em>'.
	 * @generated
	 */
	LabelDescription createLabelDescription();

	/**
	 * Returns a new object of class '<em>Grouping Description</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Grouping Description</em>'.
	 * @generated
	 */
	GroupingDescription createGroupingDescription();

	/**
	 * Returns a new object of class '<em>Node Style Description</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Node Style Description</em>'.
	 * @generated
	 */
	NodeStyleDescription createNodeStyleDescription();

	/**
	 * Returns a new object of class '<em>Conditional Node Style</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Conditional Node Style</em>'.
	 * @generated
	 */
	ConditionalNodeStyle createConditionalNodeStyle();

	/**
	 * Returns a new object of class '<em>Style Customization</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Style Customization</em>'.
	 * @generated
	 */
	StyleCustomization createStyleCustomization();

	/**
	 * Returns a new object of class '<em>Gradient Description</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Gradient Description</em>'.
	 * @generated
	 */
	GradientDescription createGradientDescription();

	/**
	 * Returns a new object of class '<em>Edge Style Description</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Edge Style Description</em>'.
	 * @generated
	 */
	EdgeStyleDescription createEdgeStyleDescription();

	/**
	 * Returns a new object of class '<em>Mapping Filter</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Mapping Filter</em>'.
	 * @generated
	 */
	MappingFilter createMappingFilter();

	/**
	 * Returns a new object of class '<em>Collapse Filter</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Collapse Filter</em>'.
	 * @generated
	 */
	CollapseFilter createCollapseFilter();

	/**
	 * Returns a new object of class '<em>Layout Description</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Layout Description</em>'.
	 * @generated
	 */
	LayoutDescription createLayoutDescription();

	/**
	 * Returns a new object of class '<em>Reference Finder</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Reference Finder</em>'.
	 * @generated
	 */
	ReferenceFinder createReferenceFinder();

	/**
	 * Returns a new object of class '<em>Union Finder</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Union Finder</em>'.
	 * @generated
	 */
	UnionFinder createUnionFinder();

	/**
	 * Returns a new object of class '<em>Container Finder</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Container Finder</em>'.
	 * @generated
	 */
	ContainerFinder createContainerFinder();

	/**
	 * Returns a new object of class '<em>Registered Finder</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Registered Finder</em>'.
	 * @generated
	 */
	RegisteredFinder createRegisteredFinder();

	/**
	 * Returns a new object of class '<em>Feature Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Feature Condition</em>'.
	 * @generated
	 */
	FeatureCondition createFeatureCondition();

	/**
	 * Returns a new object of class '<em>All Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>All Condition</em>'.
	 * @generated
	 */
	AllCondition createAllCondition();

	/**
	 * Returns a new object of class '<em>Any Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Any Condition</em>'.
	 * @generated
	 */
	AnyCondition createAnyCondition();

	/**
	 * Returns a new object of class '<em>Not Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Not Condition</em>'.
	 * @generated
	 */
	NotCondition createNotCondition();

	/**
	 * Returns a new object of class '<em>Registered Condition</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Registered Condition</em>'.
	 * @generated
	 */
	RegisteredCondition createRegisteredCondition();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	DescriptionPackage getDescriptionPackage();

} //DescriptionFactory
