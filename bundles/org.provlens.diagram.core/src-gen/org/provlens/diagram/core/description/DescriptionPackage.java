/**
 */
package org.provlens.diagram.core.description;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Diagram descriptions in Sirius's vocabulary (diagram description, node, container and edge mappings, layers, filters, conditional styles), with typed features instead of an expression language: domain classes, references and attributes of the domain metamodel, and typed Java finders, conditions, labels and measures registered by id.
 * <!-- end-model-doc -->
 * @see org.provlens.diagram.core.description.DescriptionFactory
 * @model kind="package"
 * @generated
 */
public interface DescriptionPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "description";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://provlens.org/diagram/description/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "description";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	DescriptionPackage eINSTANCE = org.provlens.diagram.core.description.impl.DescriptionPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.provlens.diagram.core.description.impl.IdentifiedElementImpl <em>Identified Element</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.diagram.core.description.impl.IdentifiedElementImpl
	 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getIdentifiedElement()
	 * @generated
	 */
	int IDENTIFIED_ELEMENT = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_ELEMENT__NAME = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_ELEMENT__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_ELEMENT__DOCUMENTATION = 2;

	/**
	 * The number of structural features of the '<em>Identified Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_ELEMENT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Identified Element</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTIFIED_ELEMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.provlens.diagram.core.description.impl.DiagramDescriptionImpl <em>Diagram Description</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.diagram.core.description.impl.DiagramDescriptionImpl
	 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getDiagramDescription()
	 * @generated
	 */
	int DIAGRAM_DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__NAME = IDENTIFIED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__DOCUMENTATION = IDENTIFIED_ELEMENT__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__DOMAIN_CLASS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Default Layer</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__DEFAULT_LAYER = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Additional Layers</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__ADDITIONAL_LAYERS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Filters</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__FILTERS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Layout</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__LAYOUT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Root Scope</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__ROOT_SCOPE = IDENTIFIED_ELEMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Default Depth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__DEFAULT_DEPTH = IDENTIFIED_ELEMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Expanded Levels</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__EXPANDED_LEVELS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 7;

	/**
	 * The feature id for the '<em><b>Max Visible Elements</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION__MAX_VISIBLE_ELEMENTS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 8;

	/**
	 * The number of structural features of the '<em>Diagram Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 9;

	/**
	 * The number of operations of the '<em>Diagram Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_DESCRIPTION_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.provlens.diagram.core.description.impl.LayerImpl <em>Layer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.diagram.core.description.impl.LayerImpl
	 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getLayer()
	 * @generated
	 */
	int LAYER = 2;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__NAME = IDENTIFIED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__DOCUMENTATION = IDENTIFIED_ELEMENT__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Node Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__NODE_MAPPINGS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Container Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__CONTAINER_MAPPINGS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Edge Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__EDGE_MAPPINGS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Customizations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER__CUSTOMIZATIONS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYER_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.provlens.diagram.core.description.impl.AdditionalLayerImpl <em>Additional Layer</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.diagram.core.description.impl.AdditionalLayerImpl
	 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getAdditionalLayer()
	 * @generated
	 */
	int ADDITIONAL_LAYER = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDITIONAL_LAYER__NAME = LAYER__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDITIONAL_LAYER__LABEL = LAYER__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDITIONAL_LAYER__DOCUMENTATION = LAYER__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Node Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDITIONAL_LAYER__NODE_MAPPINGS = LAYER__NODE_MAPPINGS;

	/**
	 * The feature id for the '<em><b>Container Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDITIONAL_LAYER__CONTAINER_MAPPINGS = LAYER__CONTAINER_MAPPINGS;

	/**
	 * The feature id for the '<em><b>Edge Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDITIONAL_LAYER__EDGE_MAPPINGS = LAYER__EDGE_MAPPINGS;

	/**
	 * The feature id for the '<em><b>Customizations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDITIONAL_LAYER__CUSTOMIZATIONS = LAYER__CUSTOMIZATIONS;

	/**
	 * The feature id for the '<em><b>Active By Default</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDITIONAL_LAYER__ACTIVE_BY_DEFAULT = LAYER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Exclusive Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDITIONAL_LAYER__EXCLUSIVE_GROUP = LAYER_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Additional Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDITIONAL_LAYER_FEATURE_COUNT = LAYER_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Additional Layer</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDITIONAL_LAYER_OPERATION_COUNT = LAYER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.provlens.diagram.core.description.impl.DiagramElementMappingImpl <em>Diagram Element Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.diagram.core.description.impl.DiagramElementMappingImpl
	 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getDiagramElementMapping()
	 * @generated
	 */
	int DIAGRAM_ELEMENT_MAPPING = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__NAME = IDENTIFIED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__DOCUMENTATION = IDENTIFIED_ELEMENT__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Semantic Candidates</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__SEMANTIC_CANDIDATES = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING__PRECONDITION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Diagram Element Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Diagram Element Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DIAGRAM_ELEMENT_MAPPING_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.provlens.diagram.core.description.impl.AbstractNodeMappingImpl <em>Abstract Node Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.diagram.core.description.impl.AbstractNodeMappingImpl
	 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getAbstractNodeMapping()
	 * @generated
	 */
	int ABSTRACT_NODE_MAPPING = 5;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__NAME = DIAGRAM_ELEMENT_MAPPING__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__LABEL = DIAGRAM_ELEMENT_MAPPING__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__DOCUMENTATION = DIAGRAM_ELEMENT_MAPPING__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Semantic Candidates</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__SEMANTIC_CANDIDATES = DIAGRAM_ELEMENT_MAPPING__SEMANTIC_CANDIDATES;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__PRECONDITION = DIAGRAM_ELEMENT_MAPPING__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__DOMAIN_CLASS = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__KIND = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Label Description</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__LABEL_DESCRIPTION = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Identity Features</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__IDENTITY_FEATURES = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__STYLE = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Grouping</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING__GROUPING = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Abstract Node Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING_FEATURE_COUNT = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Abstract Node Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ABSTRACT_NODE_MAPPING_OPERATION_COUNT = DIAGRAM_ELEMENT_MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.provlens.diagram.core.description.impl.NodeMappingImpl <em>Node Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.diagram.core.description.impl.NodeMappingImpl
	 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getNodeMapping()
	 * @generated
	 */
	int NODE_MAPPING = 6;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__NAME = ABSTRACT_NODE_MAPPING__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__LABEL = ABSTRACT_NODE_MAPPING__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__DOCUMENTATION = ABSTRACT_NODE_MAPPING__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Semantic Candidates</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__SEMANTIC_CANDIDATES = ABSTRACT_NODE_MAPPING__SEMANTIC_CANDIDATES;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__PRECONDITION = ABSTRACT_NODE_MAPPING__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__DOMAIN_CLASS = ABSTRACT_NODE_MAPPING__DOMAIN_CLASS;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__KIND = ABSTRACT_NODE_MAPPING__KIND;

	/**
	 * The feature id for the '<em><b>Label Description</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__LABEL_DESCRIPTION = ABSTRACT_NODE_MAPPING__LABEL_DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Identity Features</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__IDENTITY_FEATURES = ABSTRACT_NODE_MAPPING__IDENTITY_FEATURES;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__STYLE = ABSTRACT_NODE_MAPPING__STYLE;

	/**
	 * The feature id for the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__CONDITIONAL_STYLES = ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES;

	/**
	 * The feature id for the '<em><b>Grouping</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING__GROUPING = ABSTRACT_NODE_MAPPING__GROUPING;

	/**
	 * The number of structural features of the '<em>Node Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING_FEATURE_COUNT = ABSTRACT_NODE_MAPPING_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Node Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_MAPPING_OPERATION_COUNT = ABSTRACT_NODE_MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.provlens.diagram.core.description.impl.ContainerMappingImpl <em>Container Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.diagram.core.description.impl.ContainerMappingImpl
	 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getContainerMapping()
	 * @generated
	 */
	int CONTAINER_MAPPING = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__NAME = ABSTRACT_NODE_MAPPING__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__LABEL = ABSTRACT_NODE_MAPPING__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__DOCUMENTATION = ABSTRACT_NODE_MAPPING__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Semantic Candidates</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__SEMANTIC_CANDIDATES = ABSTRACT_NODE_MAPPING__SEMANTIC_CANDIDATES;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__PRECONDITION = ABSTRACT_NODE_MAPPING__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__DOMAIN_CLASS = ABSTRACT_NODE_MAPPING__DOMAIN_CLASS;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__KIND = ABSTRACT_NODE_MAPPING__KIND;

	/**
	 * The feature id for the '<em><b>Label Description</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__LABEL_DESCRIPTION = ABSTRACT_NODE_MAPPING__LABEL_DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Identity Features</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__IDENTITY_FEATURES = ABSTRACT_NODE_MAPPING__IDENTITY_FEATURES;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__STYLE = ABSTRACT_NODE_MAPPING__STYLE;

	/**
	 * The feature id for the '<em><b>Conditional Styles</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__CONDITIONAL_STYLES = ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES;

	/**
	 * The feature id for the '<em><b>Grouping</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__GROUPING = ABSTRACT_NODE_MAPPING__GROUPING;

	/**
	 * The feature id for the '<em><b>Sub Node Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__SUB_NODE_MAPPINGS = ABSTRACT_NODE_MAPPING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Sub Container Mappings</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__SUB_CONTAINER_MAPPINGS = ABSTRACT_NODE_MAPPING_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Reused Node Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__REUSED_NODE_MAPPINGS = ABSTRACT_NODE_MAPPING_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Reused Container Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING__REUSED_CONTAINER_MAPPINGS = ABSTRACT_NODE_MAPPING_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Container Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING_FEATURE_COUNT = ABSTRACT_NODE_MAPPING_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Container Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_MAPPING_OPERATION_COUNT = ABSTRACT_NODE_MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.provlens.diagram.core.description.impl.EdgeMappingImpl <em>Edge Mapping</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.diagram.core.description.impl.EdgeMappingImpl
	 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getEdgeMapping()
	 * @generated
	 */
	int EDGE_MAPPING = 8;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__NAME = DIAGRAM_ELEMENT_MAPPING__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__LABEL = DIAGRAM_ELEMENT_MAPPING__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__DOCUMENTATION = DIAGRAM_ELEMENT_MAPPING__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Semantic Candidates</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__SEMANTIC_CANDIDATES = DIAGRAM_ELEMENT_MAPPING__SEMANTIC_CANDIDATES;

	/**
	 * The feature id for the '<em><b>Precondition</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__PRECONDITION = DIAGRAM_ELEMENT_MAPPING__PRECONDITION;

	/**
	 * The feature id for the '<em><b>Source Mapping</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__SOURCE_MAPPING = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Target Mapping</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__TARGET_MAPPING = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Domain Class</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__DOMAIN_CLASS = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Source Finder</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__SOURCE_FINDER = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Target Finder</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__TARGET_FINDER = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__KIND = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING__STYLE = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 6;

	/**
	 * The number of structural features of the '<em>Edge Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING_FEATURE_COUNT = DIAGRAM_ELEMENT_MAPPING_FEATURE_COUNT + 7;

	/**
	 * The number of operations of the '<em>Edge Mapping</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_MAPPING_OPERATION_COUNT = DIAGRAM_ELEMENT_MAPPING_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.provlens.diagram.core.description.impl.LabelDescriptionImpl <em>Label Description</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.diagram.core.description.impl.LabelDescriptionImpl
	 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getLabelDescription()
	 * @generated
	 */
	int LABEL_DESCRIPTION = 9;

	/**
	 * The feature id for the '<em><b>Features</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_DESCRIPTION__FEATURES = 0;

	/**
	 * The feature id for the '<em><b>Provider</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_DESCRIPTION__PROVIDER = 1;

	/**
	 * The feature id for the '<em><b>Max Length</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_DESCRIPTION__MAX_LENGTH = 2;

	/**
	 * The number of structural features of the '<em>Label Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_DESCRIPTION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Label Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABEL_DESCRIPTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.provlens.diagram.core.description.impl.GroupingDescriptionImpl <em>Grouping Description</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.diagram.core.description.impl.GroupingDescriptionImpl
	 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getGroupingDescription()
	 * @generated
	 */
	int GROUPING_DESCRIPTION = 10;

	/**
	 * The feature id for the '<em><b>Keys</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUPING_DESCRIPTION__KEYS = 0;

	/**
	 * The feature id for the '<em><b>Threshold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUPING_DESCRIPTION__THRESHOLD = 1;

	/**
	 * The feature id for the '<em><b>Page Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUPING_DESCRIPTION__PAGE_SIZE = 2;

	/**
	 * The number of structural features of the '<em>Grouping Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUPING_DESCRIPTION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Grouping Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUPING_DESCRIPTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.provlens.diagram.core.description.impl.NodeStyleDescriptionImpl <em>Node Style Description</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.diagram.core.description.impl.NodeStyleDescriptionImpl
	 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getNodeStyleDescription()
	 * @generated
	 */
	int NODE_STYLE_DESCRIPTION = 11;

	/**
	 * The feature id for the '<em><b>Shape</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE_DESCRIPTION__SHAPE = 0;

	/**
	 * The feature id for the '<em><b>Background Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE_DESCRIPTION__BACKGROUND_COLOR = 1;

	/**
	 * The feature id for the '<em><b>Border Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE_DESCRIPTION__BORDER_COLOR = 2;

	/**
	 * The feature id for the '<em><b>Label Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE_DESCRIPTION__LABEL_COLOR = 3;

	/**
	 * The feature id for the '<em><b>Border Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE_DESCRIPTION__BORDER_WIDTH = 4;

	/**
	 * The feature id for the '<em><b>Min Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE_DESCRIPTION__MIN_WIDTH = 5;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE_DESCRIPTION__HEIGHT = 6;

	/**
	 * The feature id for the '<em><b>Gradient</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE_DESCRIPTION__GRADIENT = 7;

	/**
	 * The number of structural features of the '<em>Node Style Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE_DESCRIPTION_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Node Style Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_STYLE_DESCRIPTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.provlens.diagram.core.description.impl.ConditionalNodeStyleImpl <em>Conditional Node Style</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.diagram.core.description.impl.ConditionalNodeStyleImpl
	 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getConditionalNodeStyle()
	 * @generated
	 */
	int CONDITIONAL_NODE_STYLE = 12;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_NODE_STYLE__CONDITION = 0;

	/**
	 * The feature id for the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_NODE_STYLE__STYLE = 1;

	/**
	 * The number of structural features of the '<em>Conditional Node Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_NODE_STYLE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Conditional Node Style</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITIONAL_NODE_STYLE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.provlens.diagram.core.description.impl.StyleCustomizationImpl <em>Style Customization</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.diagram.core.description.impl.StyleCustomizationImpl
	 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getStyleCustomization()
	 * @generated
	 */
	int STYLE_CUSTOMIZATION = 13;

	/**
	 * The feature id for the '<em><b>Applied On</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE_CUSTOMIZATION__APPLIED_ON = 0;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE_CUSTOMIZATION__CONDITION = 1;

	/**
	 * The feature id for the '<em><b>Background Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE_CUSTOMIZATION__BACKGROUND_COLOR = 2;

	/**
	 * The feature id for the '<em><b>Border Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE_CUSTOMIZATION__BORDER_COLOR = 3;

	/**
	 * The feature id for the '<em><b>Gradient</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE_CUSTOMIZATION__GRADIENT = 4;

	/**
	 * The number of structural features of the '<em>Style Customization</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE_CUSTOMIZATION_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Style Customization</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STYLE_CUSTOMIZATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.provlens.diagram.core.description.impl.GradientDescriptionImpl <em>Gradient Description</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.diagram.core.description.impl.GradientDescriptionImpl
	 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getGradientDescription()
	 * @generated
	 */
	int GRADIENT_DESCRIPTION = 14;

	/**
	 * The feature id for the '<em><b>Measure</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRADIENT_DESCRIPTION__MEASURE = 0;

	/**
	 * The feature id for the '<em><b>Feature</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRADIENT_DESCRIPTION__FEATURE = 1;

	/**
	 * The feature id for the '<em><b>Aggregation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRADIENT_DESCRIPTION__AGGREGATION = 2;

	/**
	 * The feature id for the '<em><b>Logarithmic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRADIENT_DESCRIPTION__LOGARITHMIC = 3;

	/**
	 * The feature id for the '<em><b>Low Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRADIENT_DESCRIPTION__LOW_COLOR = 4;

	/**
	 * The feature id for the '<em><b>High Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRADIENT_DESCRIPTION__HIGH_COLOR = 5;

	/**
	 * The feature id for the '<em><b>Missing Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRADIENT_DESCRIPTION__MISSING_COLOR = 6;

	/**
	 * The number of structural features of the '<em>Gradient Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRADIENT_DESCRIPTION_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Gradient Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GRADIENT_DESCRIPTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.provlens.diagram.core.description.impl.EdgeStyleDescriptionImpl <em>Edge Style Description</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.diagram.core.description.impl.EdgeStyleDescriptionImpl
	 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getEdgeStyleDescription()
	 * @generated
	 */
	int EDGE_STYLE_DESCRIPTION = 15;

	/**
	 * The feature id for the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE_DESCRIPTION__COLOR = 0;

	/**
	 * The feature id for the '<em><b>Line Style</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE_DESCRIPTION__LINE_STYLE = 1;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE_DESCRIPTION__WIDTH = 2;

	/**
	 * The number of structural features of the '<em>Edge Style Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE_DESCRIPTION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Edge Style Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_STYLE_DESCRIPTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.provlens.diagram.core.description.impl.FilterDescriptionImpl <em>Filter Description</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.diagram.core.description.impl.FilterDescriptionImpl
	 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getFilterDescription()
	 * @generated
	 */
	int FILTER_DESCRIPTION = 16;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER_DESCRIPTION__NAME = IDENTIFIED_ELEMENT__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER_DESCRIPTION__LABEL = IDENTIFIED_ELEMENT__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER_DESCRIPTION__DOCUMENTATION = IDENTIFIED_ELEMENT__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Active By Default</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER_DESCRIPTION__ACTIVE_BY_DEFAULT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER_DESCRIPTION__MAPPINGS = IDENTIFIED_ELEMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER_DESCRIPTION__CONDITION = IDENTIFIED_ELEMENT_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Filter Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER_DESCRIPTION_FEATURE_COUNT = IDENTIFIED_ELEMENT_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Filter Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILTER_DESCRIPTION_OPERATION_COUNT = IDENTIFIED_ELEMENT_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.provlens.diagram.core.description.impl.MappingFilterImpl <em>Mapping Filter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.diagram.core.description.impl.MappingFilterImpl
	 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getMappingFilter()
	 * @generated
	 */
	int MAPPING_FILTER = 17;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_FILTER__NAME = FILTER_DESCRIPTION__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_FILTER__LABEL = FILTER_DESCRIPTION__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_FILTER__DOCUMENTATION = FILTER_DESCRIPTION__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Active By Default</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_FILTER__ACTIVE_BY_DEFAULT = FILTER_DESCRIPTION__ACTIVE_BY_DEFAULT;

	/**
	 * The feature id for the '<em><b>Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_FILTER__MAPPINGS = FILTER_DESCRIPTION__MAPPINGS;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_FILTER__CONDITION = FILTER_DESCRIPTION__CONDITION;

	/**
	 * The number of structural features of the '<em>Mapping Filter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_FILTER_FEATURE_COUNT = FILTER_DESCRIPTION_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Mapping Filter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MAPPING_FILTER_OPERATION_COUNT = FILTER_DESCRIPTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.provlens.diagram.core.description.impl.CollapseFilterImpl <em>Collapse Filter</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.diagram.core.description.impl.CollapseFilterImpl
	 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getCollapseFilter()
	 * @generated
	 */
	int COLLAPSE_FILTER = 18;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLLAPSE_FILTER__NAME = FILTER_DESCRIPTION__NAME;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLLAPSE_FILTER__LABEL = FILTER_DESCRIPTION__LABEL;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLLAPSE_FILTER__DOCUMENTATION = FILTER_DESCRIPTION__DOCUMENTATION;

	/**
	 * The feature id for the '<em><b>Active By Default</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLLAPSE_FILTER__ACTIVE_BY_DEFAULT = FILTER_DESCRIPTION__ACTIVE_BY_DEFAULT;

	/**
	 * The feature id for the '<em><b>Mappings</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLLAPSE_FILTER__MAPPINGS = FILTER_DESCRIPTION__MAPPINGS;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLLAPSE_FILTER__CONDITION = FILTER_DESCRIPTION__CONDITION;

	/**
	 * The number of structural features of the '<em>Collapse Filter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLLAPSE_FILTER_FEATURE_COUNT = FILTER_DESCRIPTION_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Collapse Filter</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int COLLAPSE_FILTER_OPERATION_COUNT = FILTER_DESCRIPTION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.provlens.diagram.core.description.impl.LayoutDescriptionImpl <em>Layout Description</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.diagram.core.description.impl.LayoutDescriptionImpl
	 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getLayoutDescription()
	 * @generated
	 */
	int LAYOUT_DESCRIPTION = 19;

	/**
	 * The feature id for the '<em><b>Algorithm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_DESCRIPTION__ALGORITHM = 0;

	/**
	 * The feature id for the '<em><b>Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_DESCRIPTION__DIRECTION = 1;

	/**
	 * The feature id for the '<em><b>Node Spacing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_DESCRIPTION__NODE_SPACING = 2;

	/**
	 * The feature id for the '<em><b>Layer Spacing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_DESCRIPTION__LAYER_SPACING = 3;

	/**
	 * The number of structural features of the '<em>Layout Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_DESCRIPTION_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Layout Description</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LAYOUT_DESCRIPTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.provlens.diagram.core.description.impl.FinderImpl <em>Finder</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.diagram.core.description.impl.FinderImpl
	 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getFinder()
	 * @generated
	 */
	int FINDER = 20;

	/**
	 * The number of structural features of the '<em>Finder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDER_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Finder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FINDER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.provlens.diagram.core.description.impl.ReferenceFinderImpl <em>Reference Finder</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.diagram.core.description.impl.ReferenceFinderImpl
	 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getReferenceFinder()
	 * @generated
	 */
	int REFERENCE_FINDER = 21;

	/**
	 * The feature id for the '<em><b>References</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_FINDER__REFERENCES = FINDER_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Closure</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_FINDER__CLOSURE = FINDER_FEATURE_COUNT + 1;

	/**
	 * The number of structural features of the '<em>Reference Finder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_FINDER_FEATURE_COUNT = FINDER_FEATURE_COUNT + 2;

	/**
	 * The number of operations of the '<em>Reference Finder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REFERENCE_FINDER_OPERATION_COUNT = FINDER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.provlens.diagram.core.description.impl.UnionFinderImpl <em>Union Finder</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.diagram.core.description.impl.UnionFinderImpl
	 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getUnionFinder()
	 * @generated
	 */
	int UNION_FINDER = 22;

	/**
	 * The feature id for the '<em><b>Finders</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNION_FINDER__FINDERS = FINDER_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Union Finder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNION_FINDER_FEATURE_COUNT = FINDER_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Union Finder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UNION_FINDER_OPERATION_COUNT = FINDER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.provlens.diagram.core.description.impl.ContainerFinderImpl <em>Container Finder</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.diagram.core.description.impl.ContainerFinderImpl
	 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getContainerFinder()
	 * @generated
	 */
	int CONTAINER_FINDER = 23;

	/**
	 * The number of structural features of the '<em>Container Finder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_FINDER_FEATURE_COUNT = FINDER_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Container Finder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTAINER_FINDER_OPERATION_COUNT = FINDER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.provlens.diagram.core.description.impl.RegisteredFinderImpl <em>Registered Finder</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.diagram.core.description.impl.RegisteredFinderImpl
	 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getRegisteredFinder()
	 * @generated
	 */
	int REGISTERED_FINDER = 24;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERED_FINDER__ID = FINDER_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Registered Finder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERED_FINDER_FEATURE_COUNT = FINDER_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Registered Finder</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERED_FINDER_OPERATION_COUNT = FINDER_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.provlens.diagram.core.description.impl.ConditionImpl <em>Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.diagram.core.description.impl.ConditionImpl
	 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getCondition()
	 * @generated
	 */
	int CONDITION = 25;

	/**
	 * The number of structural features of the '<em>Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION_FEATURE_COUNT = 0;

	/**
	 * The number of operations of the '<em>Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONDITION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.provlens.diagram.core.description.impl.FeatureConditionImpl <em>Feature Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.diagram.core.description.impl.FeatureConditionImpl
	 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getFeatureCondition()
	 * @generated
	 */
	int FEATURE_CONDITION = 26;

	/**
	 * The feature id for the '<em><b>Feature</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_CONDITION__FEATURE = CONDITION_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_CONDITION__OPERATOR = CONDITION_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_CONDITION__VALUE = CONDITION_FEATURE_COUNT + 2;

	/**
	 * The number of structural features of the '<em>Feature Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_CONDITION_FEATURE_COUNT = CONDITION_FEATURE_COUNT + 3;

	/**
	 * The number of operations of the '<em>Feature Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEATURE_CONDITION_OPERATION_COUNT = CONDITION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.provlens.diagram.core.description.impl.AllConditionImpl <em>All Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.diagram.core.description.impl.AllConditionImpl
	 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getAllCondition()
	 * @generated
	 */
	int ALL_CONDITION = 27;

	/**
	 * The feature id for the '<em><b>Conditions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALL_CONDITION__CONDITIONS = CONDITION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>All Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALL_CONDITION_FEATURE_COUNT = CONDITION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>All Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ALL_CONDITION_OPERATION_COUNT = CONDITION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.provlens.diagram.core.description.impl.AnyConditionImpl <em>Any Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.diagram.core.description.impl.AnyConditionImpl
	 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getAnyCondition()
	 * @generated
	 */
	int ANY_CONDITION = 28;

	/**
	 * The feature id for the '<em><b>Conditions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANY_CONDITION__CONDITIONS = CONDITION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Any Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANY_CONDITION_FEATURE_COUNT = CONDITION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Any Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ANY_CONDITION_OPERATION_COUNT = CONDITION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.provlens.diagram.core.description.impl.NotConditionImpl <em>Not Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.diagram.core.description.impl.NotConditionImpl
	 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getNotCondition()
	 * @generated
	 */
	int NOT_CONDITION = 29;

	/**
	 * The feature id for the '<em><b>Condition</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOT_CONDITION__CONDITION = CONDITION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Not Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOT_CONDITION_FEATURE_COUNT = CONDITION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Not Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOT_CONDITION_OPERATION_COUNT = CONDITION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.provlens.diagram.core.description.impl.RegisteredConditionImpl <em>Registered Condition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.diagram.core.description.impl.RegisteredConditionImpl
	 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getRegisteredCondition()
	 * @generated
	 */
	int REGISTERED_CONDITION = 30;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERED_CONDITION__ID = CONDITION_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Registered Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERED_CONDITION_FEATURE_COUNT = CONDITION_FEATURE_COUNT + 1;

	/**
	 * The number of operations of the '<em>Registered Condition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REGISTERED_CONDITION_OPERATION_COUNT = CONDITION_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.provlens.diagram.core.description.NodeKind <em>Node Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.diagram.core.description.NodeKind
	 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getNodeKind()
	 * @generated
	 */
	int NODE_KIND = 31;

	/**
	 * The meta object id for the '{@link org.provlens.diagram.core.description.EdgeKind <em>Edge Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.diagram.core.description.EdgeKind
	 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getEdgeKind()
	 * @generated
	 */
	int EDGE_KIND = 32;

	/**
	 * The meta object id for the '{@link org.provlens.diagram.core.description.NodeShape <em>Node Shape</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.diagram.core.description.NodeShape
	 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getNodeShape()
	 * @generated
	 */
	int NODE_SHAPE = 33;

	/**
	 * The meta object id for the '{@link org.provlens.diagram.core.description.LineStyle <em>Line Style</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.diagram.core.description.LineStyle
	 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getLineStyle()
	 * @generated
	 */
	int LINE_STYLE = 34;

	/**
	 * The meta object id for the '{@link org.provlens.diagram.core.description.ConditionOperator <em>Condition Operator</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.diagram.core.description.ConditionOperator
	 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getConditionOperator()
	 * @generated
	 */
	int CONDITION_OPERATOR = 35;

	/**
	 * The meta object id for the '{@link org.provlens.diagram.core.description.Aggregation <em>Aggregation</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.diagram.core.description.Aggregation
	 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getAggregation()
	 * @generated
	 */
	int AGGREGATION = 36;

	/**
	 * The meta object id for the '{@link org.provlens.diagram.core.description.RootScope <em>Root Scope</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.diagram.core.description.RootScope
	 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getRootScope()
	 * @generated
	 */
	int ROOT_SCOPE = 37;

	/**
	 * The meta object id for the '{@link org.provlens.diagram.core.description.LayoutAlgorithm <em>Layout Algorithm</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.diagram.core.description.LayoutAlgorithm
	 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getLayoutAlgorithm()
	 * @generated
	 */
	int LAYOUT_ALGORITHM = 38;

	/**
	 * The meta object id for the '{@link org.provlens.diagram.core.description.LayoutDirection <em>Layout Direction</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.provlens.diagram.core.description.LayoutDirection
	 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getLayoutDirection()
	 * @generated
	 */
	int LAYOUT_DIRECTION = 39;


	/**
	 * Returns the meta object for class '{@link org.provlens.diagram.core.description.IdentifiedElement <em>Identified Element</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identified Element</em>'.
	 * @see org.provlens.diagram.core.description.IdentifiedElement
	 * @generated
	 */
	EClass getIdentifiedElement();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.description.IdentifiedElement#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.provlens.diagram.core.description.IdentifiedElement#getName()
	 * @see #getIdentifiedElement()
	 * @generated
	 */
	EAttribute getIdentifiedElement_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.description.IdentifiedElement#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.provlens.diagram.core.description.IdentifiedElement#getLabel()
	 * @see #getIdentifiedElement()
	 * @generated
	 */
	EAttribute getIdentifiedElement_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.description.IdentifiedElement#getDocumentation <em>Documentation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Documentation</em>'.
	 * @see org.provlens.diagram.core.description.IdentifiedElement#getDocumentation()
	 * @see #getIdentifiedElement()
	 * @generated
	 */
	EAttribute getIdentifiedElement_Documentation();

	/**
	 * Returns the meta object for class '{@link org.provlens.diagram.core.description.DiagramDescription <em>Diagram Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram Description</em>'.
	 * @see org.provlens.diagram.core.description.DiagramDescription
	 * @generated
	 */
	EClass getDiagramDescription();

	/**
	 * Returns the meta object for the reference '{@link org.provlens.diagram.core.description.DiagramDescription#getDomainClass <em>Domain Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Domain Class</em>'.
	 * @see org.provlens.diagram.core.description.DiagramDescription#getDomainClass()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EReference getDiagramDescription_DomainClass();

	/**
	 * Returns the meta object for the containment reference '{@link org.provlens.diagram.core.description.DiagramDescription#getDefaultLayer <em>Default Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Default Layer</em>'.
	 * @see org.provlens.diagram.core.description.DiagramDescription#getDefaultLayer()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EReference getDiagramDescription_DefaultLayer();

	/**
	 * Returns the meta object for the containment reference list '{@link org.provlens.diagram.core.description.DiagramDescription#getAdditionalLayers <em>Additional Layers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Additional Layers</em>'.
	 * @see org.provlens.diagram.core.description.DiagramDescription#getAdditionalLayers()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EReference getDiagramDescription_AdditionalLayers();

	/**
	 * Returns the meta object for the containment reference list '{@link org.provlens.diagram.core.description.DiagramDescription#getFilters <em>Filters</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Filters</em>'.
	 * @see org.provlens.diagram.core.description.DiagramDescription#getFilters()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EReference getDiagramDescription_Filters();

	/**
	 * Returns the meta object for the containment reference '{@link org.provlens.diagram.core.description.DiagramDescription#getLayout <em>Layout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Layout</em>'.
	 * @see org.provlens.diagram.core.description.DiagramDescription#getLayout()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EReference getDiagramDescription_Layout();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.description.DiagramDescription#getRootScope <em>Root Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Root Scope</em>'.
	 * @see org.provlens.diagram.core.description.DiagramDescription#getRootScope()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EAttribute getDiagramDescription_RootScope();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.description.DiagramDescription#getDefaultDepth <em>Default Depth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Default Depth</em>'.
	 * @see org.provlens.diagram.core.description.DiagramDescription#getDefaultDepth()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EAttribute getDiagramDescription_DefaultDepth();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.description.DiagramDescription#getExpandedLevels <em>Expanded Levels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expanded Levels</em>'.
	 * @see org.provlens.diagram.core.description.DiagramDescription#getExpandedLevels()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EAttribute getDiagramDescription_ExpandedLevels();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.description.DiagramDescription#getMaxVisibleElements <em>Max Visible Elements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Visible Elements</em>'.
	 * @see org.provlens.diagram.core.description.DiagramDescription#getMaxVisibleElements()
	 * @see #getDiagramDescription()
	 * @generated
	 */
	EAttribute getDiagramDescription_MaxVisibleElements();

	/**
	 * Returns the meta object for class '{@link org.provlens.diagram.core.description.Layer <em>Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Layer</em>'.
	 * @see org.provlens.diagram.core.description.Layer
	 * @generated
	 */
	EClass getLayer();

	/**
	 * Returns the meta object for the containment reference list '{@link org.provlens.diagram.core.description.Layer#getNodeMappings <em>Node Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Node Mappings</em>'.
	 * @see org.provlens.diagram.core.description.Layer#getNodeMappings()
	 * @see #getLayer()
	 * @generated
	 */
	EReference getLayer_NodeMappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.provlens.diagram.core.description.Layer#getContainerMappings <em>Container Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Container Mappings</em>'.
	 * @see org.provlens.diagram.core.description.Layer#getContainerMappings()
	 * @see #getLayer()
	 * @generated
	 */
	EReference getLayer_ContainerMappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.provlens.diagram.core.description.Layer#getEdgeMappings <em>Edge Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Edge Mappings</em>'.
	 * @see org.provlens.diagram.core.description.Layer#getEdgeMappings()
	 * @see #getLayer()
	 * @generated
	 */
	EReference getLayer_EdgeMappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.provlens.diagram.core.description.Layer#getCustomizations <em>Customizations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Customizations</em>'.
	 * @see org.provlens.diagram.core.description.Layer#getCustomizations()
	 * @see #getLayer()
	 * @generated
	 */
	EReference getLayer_Customizations();

	/**
	 * Returns the meta object for class '{@link org.provlens.diagram.core.description.AdditionalLayer <em>Additional Layer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Additional Layer</em>'.
	 * @see org.provlens.diagram.core.description.AdditionalLayer
	 * @generated
	 */
	EClass getAdditionalLayer();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.description.AdditionalLayer#isActiveByDefault <em>Active By Default</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active By Default</em>'.
	 * @see org.provlens.diagram.core.description.AdditionalLayer#isActiveByDefault()
	 * @see #getAdditionalLayer()
	 * @generated
	 */
	EAttribute getAdditionalLayer_ActiveByDefault();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.description.AdditionalLayer#getExclusiveGroup <em>Exclusive Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exclusive Group</em>'.
	 * @see org.provlens.diagram.core.description.AdditionalLayer#getExclusiveGroup()
	 * @see #getAdditionalLayer()
	 * @generated
	 */
	EAttribute getAdditionalLayer_ExclusiveGroup();

	/**
	 * Returns the meta object for class '{@link org.provlens.diagram.core.description.DiagramElementMapping <em>Diagram Element Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Diagram Element Mapping</em>'.
	 * @see org.provlens.diagram.core.description.DiagramElementMapping
	 * @generated
	 */
	EClass getDiagramElementMapping();

	/**
	 * Returns the meta object for the containment reference '{@link org.provlens.diagram.core.description.DiagramElementMapping#getSemanticCandidates <em>Semantic Candidates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Semantic Candidates</em>'.
	 * @see org.provlens.diagram.core.description.DiagramElementMapping#getSemanticCandidates()
	 * @see #getDiagramElementMapping()
	 * @generated
	 */
	EReference getDiagramElementMapping_SemanticCandidates();

	/**
	 * Returns the meta object for the containment reference '{@link org.provlens.diagram.core.description.DiagramElementMapping#getPrecondition <em>Precondition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Precondition</em>'.
	 * @see org.provlens.diagram.core.description.DiagramElementMapping#getPrecondition()
	 * @see #getDiagramElementMapping()
	 * @generated
	 */
	EReference getDiagramElementMapping_Precondition();

	/**
	 * Returns the meta object for class '{@link org.provlens.diagram.core.description.AbstractNodeMapping <em>Abstract Node Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Abstract Node Mapping</em>'.
	 * @see org.provlens.diagram.core.description.AbstractNodeMapping
	 * @generated
	 */
	EClass getAbstractNodeMapping();

	/**
	 * Returns the meta object for the reference '{@link org.provlens.diagram.core.description.AbstractNodeMapping#getDomainClass <em>Domain Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Domain Class</em>'.
	 * @see org.provlens.diagram.core.description.AbstractNodeMapping#getDomainClass()
	 * @see #getAbstractNodeMapping()
	 * @generated
	 */
	EReference getAbstractNodeMapping_DomainClass();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.description.AbstractNodeMapping#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.provlens.diagram.core.description.AbstractNodeMapping#getKind()
	 * @see #getAbstractNodeMapping()
	 * @generated
	 */
	EAttribute getAbstractNodeMapping_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link org.provlens.diagram.core.description.AbstractNodeMapping#getLabelDescription <em>Label Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Label Description</em>'.
	 * @see org.provlens.diagram.core.description.AbstractNodeMapping#getLabelDescription()
	 * @see #getAbstractNodeMapping()
	 * @generated
	 */
	EReference getAbstractNodeMapping_LabelDescription();

	/**
	 * Returns the meta object for the reference list '{@link org.provlens.diagram.core.description.AbstractNodeMapping#getIdentityFeatures <em>Identity Features</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Identity Features</em>'.
	 * @see org.provlens.diagram.core.description.AbstractNodeMapping#getIdentityFeatures()
	 * @see #getAbstractNodeMapping()
	 * @generated
	 */
	EReference getAbstractNodeMapping_IdentityFeatures();

	/**
	 * Returns the meta object for the containment reference '{@link org.provlens.diagram.core.description.AbstractNodeMapping#getStyle <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Style</em>'.
	 * @see org.provlens.diagram.core.description.AbstractNodeMapping#getStyle()
	 * @see #getAbstractNodeMapping()
	 * @generated
	 */
	EReference getAbstractNodeMapping_Style();

	/**
	 * Returns the meta object for the containment reference list '{@link org.provlens.diagram.core.description.AbstractNodeMapping#getConditionalStyles <em>Conditional Styles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditional Styles</em>'.
	 * @see org.provlens.diagram.core.description.AbstractNodeMapping#getConditionalStyles()
	 * @see #getAbstractNodeMapping()
	 * @generated
	 */
	EReference getAbstractNodeMapping_ConditionalStyles();

	/**
	 * Returns the meta object for the containment reference '{@link org.provlens.diagram.core.description.AbstractNodeMapping#getGrouping <em>Grouping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Grouping</em>'.
	 * @see org.provlens.diagram.core.description.AbstractNodeMapping#getGrouping()
	 * @see #getAbstractNodeMapping()
	 * @generated
	 */
	EReference getAbstractNodeMapping_Grouping();

	/**
	 * Returns the meta object for class '{@link org.provlens.diagram.core.description.NodeMapping <em>Node Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node Mapping</em>'.
	 * @see org.provlens.diagram.core.description.NodeMapping
	 * @generated
	 */
	EClass getNodeMapping();

	/**
	 * Returns the meta object for class '{@link org.provlens.diagram.core.description.ContainerMapping <em>Container Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Container Mapping</em>'.
	 * @see org.provlens.diagram.core.description.ContainerMapping
	 * @generated
	 */
	EClass getContainerMapping();

	/**
	 * Returns the meta object for the containment reference list '{@link org.provlens.diagram.core.description.ContainerMapping#getSubNodeMappings <em>Sub Node Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Node Mappings</em>'.
	 * @see org.provlens.diagram.core.description.ContainerMapping#getSubNodeMappings()
	 * @see #getContainerMapping()
	 * @generated
	 */
	EReference getContainerMapping_SubNodeMappings();

	/**
	 * Returns the meta object for the containment reference list '{@link org.provlens.diagram.core.description.ContainerMapping#getSubContainerMappings <em>Sub Container Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sub Container Mappings</em>'.
	 * @see org.provlens.diagram.core.description.ContainerMapping#getSubContainerMappings()
	 * @see #getContainerMapping()
	 * @generated
	 */
	EReference getContainerMapping_SubContainerMappings();

	/**
	 * Returns the meta object for the reference list '{@link org.provlens.diagram.core.description.ContainerMapping#getReusedNodeMappings <em>Reused Node Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Reused Node Mappings</em>'.
	 * @see org.provlens.diagram.core.description.ContainerMapping#getReusedNodeMappings()
	 * @see #getContainerMapping()
	 * @generated
	 */
	EReference getContainerMapping_ReusedNodeMappings();

	/**
	 * Returns the meta object for the reference list '{@link org.provlens.diagram.core.description.ContainerMapping#getReusedContainerMappings <em>Reused Container Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Reused Container Mappings</em>'.
	 * @see org.provlens.diagram.core.description.ContainerMapping#getReusedContainerMappings()
	 * @see #getContainerMapping()
	 * @generated
	 */
	EReference getContainerMapping_ReusedContainerMappings();

	/**
	 * Returns the meta object for class '{@link org.provlens.diagram.core.description.EdgeMapping <em>Edge Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Edge Mapping</em>'.
	 * @see org.provlens.diagram.core.description.EdgeMapping
	 * @generated
	 */
	EClass getEdgeMapping();

	/**
	 * Returns the meta object for the reference list '{@link org.provlens.diagram.core.description.EdgeMapping#getSourceMapping <em>Source Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Source Mapping</em>'.
	 * @see org.provlens.diagram.core.description.EdgeMapping#getSourceMapping()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EReference getEdgeMapping_SourceMapping();

	/**
	 * Returns the meta object for the reference list '{@link org.provlens.diagram.core.description.EdgeMapping#getTargetMapping <em>Target Mapping</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Target Mapping</em>'.
	 * @see org.provlens.diagram.core.description.EdgeMapping#getTargetMapping()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EReference getEdgeMapping_TargetMapping();

	/**
	 * Returns the meta object for the reference '{@link org.provlens.diagram.core.description.EdgeMapping#getDomainClass <em>Domain Class</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Domain Class</em>'.
	 * @see org.provlens.diagram.core.description.EdgeMapping#getDomainClass()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EReference getEdgeMapping_DomainClass();

	/**
	 * Returns the meta object for the containment reference '{@link org.provlens.diagram.core.description.EdgeMapping#getSourceFinder <em>Source Finder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Source Finder</em>'.
	 * @see org.provlens.diagram.core.description.EdgeMapping#getSourceFinder()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EReference getEdgeMapping_SourceFinder();

	/**
	 * Returns the meta object for the containment reference '{@link org.provlens.diagram.core.description.EdgeMapping#getTargetFinder <em>Target Finder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Target Finder</em>'.
	 * @see org.provlens.diagram.core.description.EdgeMapping#getTargetFinder()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EReference getEdgeMapping_TargetFinder();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.description.EdgeMapping#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.provlens.diagram.core.description.EdgeMapping#getKind()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EAttribute getEdgeMapping_Kind();

	/**
	 * Returns the meta object for the containment reference '{@link org.provlens.diagram.core.description.EdgeMapping#getStyle <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Style</em>'.
	 * @see org.provlens.diagram.core.description.EdgeMapping#getStyle()
	 * @see #getEdgeMapping()
	 * @generated
	 */
	EReference getEdgeMapping_Style();

	/**
	 * Returns the meta object for class '{@link org.provlens.diagram.core.description.LabelDescription <em>Label Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Label Description</em>'.
	 * @see org.provlens.diagram.core.description.LabelDescription
	 * @generated
	 */
	EClass getLabelDescription();

	/**
	 * Returns the meta object for the reference list '{@link org.provlens.diagram.core.description.LabelDescription#getFeatures <em>Features</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Features</em>'.
	 * @see org.provlens.diagram.core.description.LabelDescription#getFeatures()
	 * @see #getLabelDescription()
	 * @generated
	 */
	EReference getLabelDescription_Features();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.description.LabelDescription#getProvider <em>Provider</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Provider</em>'.
	 * @see org.provlens.diagram.core.description.LabelDescription#getProvider()
	 * @see #getLabelDescription()
	 * @generated
	 */
	EAttribute getLabelDescription_Provider();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.description.LabelDescription#getMaxLength <em>Max Length</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Max Length</em>'.
	 * @see org.provlens.diagram.core.description.LabelDescription#getMaxLength()
	 * @see #getLabelDescription()
	 * @generated
	 */
	EAttribute getLabelDescription_MaxLength();

	/**
	 * Returns the meta object for class '{@link org.provlens.diagram.core.description.GroupingDescription <em>Grouping Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Grouping Description</em>'.
	 * @see org.provlens.diagram.core.description.GroupingDescription
	 * @generated
	 */
	EClass getGroupingDescription();

	/**
	 * Returns the meta object for the reference list '{@link org.provlens.diagram.core.description.GroupingDescription#getKeys <em>Keys</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Keys</em>'.
	 * @see org.provlens.diagram.core.description.GroupingDescription#getKeys()
	 * @see #getGroupingDescription()
	 * @generated
	 */
	EReference getGroupingDescription_Keys();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.description.GroupingDescription#getThreshold <em>Threshold</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Threshold</em>'.
	 * @see org.provlens.diagram.core.description.GroupingDescription#getThreshold()
	 * @see #getGroupingDescription()
	 * @generated
	 */
	EAttribute getGroupingDescription_Threshold();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.description.GroupingDescription#getPageSize <em>Page Size</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Page Size</em>'.
	 * @see org.provlens.diagram.core.description.GroupingDescription#getPageSize()
	 * @see #getGroupingDescription()
	 * @generated
	 */
	EAttribute getGroupingDescription_PageSize();

	/**
	 * Returns the meta object for class '{@link org.provlens.diagram.core.description.NodeStyleDescription <em>Node Style Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node Style Description</em>'.
	 * @see org.provlens.diagram.core.description.NodeStyleDescription
	 * @generated
	 */
	EClass getNodeStyleDescription();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.description.NodeStyleDescription#getShape <em>Shape</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shape</em>'.
	 * @see org.provlens.diagram.core.description.NodeStyleDescription#getShape()
	 * @see #getNodeStyleDescription()
	 * @generated
	 */
	EAttribute getNodeStyleDescription_Shape();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.description.NodeStyleDescription#getBackgroundColor <em>Background Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Background Color</em>'.
	 * @see org.provlens.diagram.core.description.NodeStyleDescription#getBackgroundColor()
	 * @see #getNodeStyleDescription()
	 * @generated
	 */
	EAttribute getNodeStyleDescription_BackgroundColor();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.description.NodeStyleDescription#getBorderColor <em>Border Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Border Color</em>'.
	 * @see org.provlens.diagram.core.description.NodeStyleDescription#getBorderColor()
	 * @see #getNodeStyleDescription()
	 * @generated
	 */
	EAttribute getNodeStyleDescription_BorderColor();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.description.NodeStyleDescription#getLabelColor <em>Label Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Color</em>'.
	 * @see org.provlens.diagram.core.description.NodeStyleDescription#getLabelColor()
	 * @see #getNodeStyleDescription()
	 * @generated
	 */
	EAttribute getNodeStyleDescription_LabelColor();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.description.NodeStyleDescription#getBorderWidth <em>Border Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Border Width</em>'.
	 * @see org.provlens.diagram.core.description.NodeStyleDescription#getBorderWidth()
	 * @see #getNodeStyleDescription()
	 * @generated
	 */
	EAttribute getNodeStyleDescription_BorderWidth();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.description.NodeStyleDescription#getMinWidth <em>Min Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Min Width</em>'.
	 * @see org.provlens.diagram.core.description.NodeStyleDescription#getMinWidth()
	 * @see #getNodeStyleDescription()
	 * @generated
	 */
	EAttribute getNodeStyleDescription_MinWidth();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.description.NodeStyleDescription#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see org.provlens.diagram.core.description.NodeStyleDescription#getHeight()
	 * @see #getNodeStyleDescription()
	 * @generated
	 */
	EAttribute getNodeStyleDescription_Height();

	/**
	 * Returns the meta object for the containment reference '{@link org.provlens.diagram.core.description.NodeStyleDescription#getGradient <em>Gradient</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Gradient</em>'.
	 * @see org.provlens.diagram.core.description.NodeStyleDescription#getGradient()
	 * @see #getNodeStyleDescription()
	 * @generated
	 */
	EReference getNodeStyleDescription_Gradient();

	/**
	 * Returns the meta object for class '{@link org.provlens.diagram.core.description.ConditionalNodeStyle <em>Conditional Node Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Conditional Node Style</em>'.
	 * @see org.provlens.diagram.core.description.ConditionalNodeStyle
	 * @generated
	 */
	EClass getConditionalNodeStyle();

	/**
	 * Returns the meta object for the containment reference '{@link org.provlens.diagram.core.description.ConditionalNodeStyle#getCondition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Condition</em>'.
	 * @see org.provlens.diagram.core.description.ConditionalNodeStyle#getCondition()
	 * @see #getConditionalNodeStyle()
	 * @generated
	 */
	EReference getConditionalNodeStyle_Condition();

	/**
	 * Returns the meta object for the containment reference '{@link org.provlens.diagram.core.description.ConditionalNodeStyle#getStyle <em>Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Style</em>'.
	 * @see org.provlens.diagram.core.description.ConditionalNodeStyle#getStyle()
	 * @see #getConditionalNodeStyle()
	 * @generated
	 */
	EReference getConditionalNodeStyle_Style();

	/**
	 * Returns the meta object for class '{@link org.provlens.diagram.core.description.StyleCustomization <em>Style Customization</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Style Customization</em>'.
	 * @see org.provlens.diagram.core.description.StyleCustomization
	 * @generated
	 */
	EClass getStyleCustomization();

	/**
	 * Returns the meta object for the reference list '{@link org.provlens.diagram.core.description.StyleCustomization#getAppliedOn <em>Applied On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Applied On</em>'.
	 * @see org.provlens.diagram.core.description.StyleCustomization#getAppliedOn()
	 * @see #getStyleCustomization()
	 * @generated
	 */
	EReference getStyleCustomization_AppliedOn();

	/**
	 * Returns the meta object for the containment reference '{@link org.provlens.diagram.core.description.StyleCustomization#getCondition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Condition</em>'.
	 * @see org.provlens.diagram.core.description.StyleCustomization#getCondition()
	 * @see #getStyleCustomization()
	 * @generated
	 */
	EReference getStyleCustomization_Condition();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.description.StyleCustomization#getBackgroundColor <em>Background Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Background Color</em>'.
	 * @see org.provlens.diagram.core.description.StyleCustomization#getBackgroundColor()
	 * @see #getStyleCustomization()
	 * @generated
	 */
	EAttribute getStyleCustomization_BackgroundColor();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.description.StyleCustomization#getBorderColor <em>Border Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Border Color</em>'.
	 * @see org.provlens.diagram.core.description.StyleCustomization#getBorderColor()
	 * @see #getStyleCustomization()
	 * @generated
	 */
	EAttribute getStyleCustomization_BorderColor();

	/**
	 * Returns the meta object for the containment reference '{@link org.provlens.diagram.core.description.StyleCustomization#getGradient <em>Gradient</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Gradient</em>'.
	 * @see org.provlens.diagram.core.description.StyleCustomization#getGradient()
	 * @see #getStyleCustomization()
	 * @generated
	 */
	EReference getStyleCustomization_Gradient();

	/**
	 * Returns the meta object for class '{@link org.provlens.diagram.core.description.GradientDescription <em>Gradient Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Gradient Description</em>'.
	 * @see org.provlens.diagram.core.description.GradientDescription
	 * @generated
	 */
	EClass getGradientDescription();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.description.GradientDescription#getMeasure <em>Measure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Measure</em>'.
	 * @see org.provlens.diagram.core.description.GradientDescription#getMeasure()
	 * @see #getGradientDescription()
	 * @generated
	 */
	EAttribute getGradientDescription_Measure();

	/**
	 * Returns the meta object for the reference '{@link org.provlens.diagram.core.description.GradientDescription#getFeature <em>Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Feature</em>'.
	 * @see org.provlens.diagram.core.description.GradientDescription#getFeature()
	 * @see #getGradientDescription()
	 * @generated
	 */
	EReference getGradientDescription_Feature();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.description.GradientDescription#getAggregation <em>Aggregation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Aggregation</em>'.
	 * @see org.provlens.diagram.core.description.GradientDescription#getAggregation()
	 * @see #getGradientDescription()
	 * @generated
	 */
	EAttribute getGradientDescription_Aggregation();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.description.GradientDescription#isLogarithmic <em>Logarithmic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Logarithmic</em>'.
	 * @see org.provlens.diagram.core.description.GradientDescription#isLogarithmic()
	 * @see #getGradientDescription()
	 * @generated
	 */
	EAttribute getGradientDescription_Logarithmic();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.description.GradientDescription#getLowColor <em>Low Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Low Color</em>'.
	 * @see org.provlens.diagram.core.description.GradientDescription#getLowColor()
	 * @see #getGradientDescription()
	 * @generated
	 */
	EAttribute getGradientDescription_LowColor();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.description.GradientDescription#getHighColor <em>High Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>High Color</em>'.
	 * @see org.provlens.diagram.core.description.GradientDescription#getHighColor()
	 * @see #getGradientDescription()
	 * @generated
	 */
	EAttribute getGradientDescription_HighColor();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.description.GradientDescription#getMissingColor <em>Missing Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Missing Color</em>'.
	 * @see org.provlens.diagram.core.description.GradientDescription#getMissingColor()
	 * @see #getGradientDescription()
	 * @generated
	 */
	EAttribute getGradientDescription_MissingColor();

	/**
	 * Returns the meta object for class '{@link org.provlens.diagram.core.description.EdgeStyleDescription <em>Edge Style Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Edge Style Description</em>'.
	 * @see org.provlens.diagram.core.description.EdgeStyleDescription
	 * @generated
	 */
	EClass getEdgeStyleDescription();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.description.EdgeStyleDescription#getColor <em>Color</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Color</em>'.
	 * @see org.provlens.diagram.core.description.EdgeStyleDescription#getColor()
	 * @see #getEdgeStyleDescription()
	 * @generated
	 */
	EAttribute getEdgeStyleDescription_Color();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.description.EdgeStyleDescription#getLineStyle <em>Line Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Line Style</em>'.
	 * @see org.provlens.diagram.core.description.EdgeStyleDescription#getLineStyle()
	 * @see #getEdgeStyleDescription()
	 * @generated
	 */
	EAttribute getEdgeStyleDescription_LineStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.description.EdgeStyleDescription#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.provlens.diagram.core.description.EdgeStyleDescription#getWidth()
	 * @see #getEdgeStyleDescription()
	 * @generated
	 */
	EAttribute getEdgeStyleDescription_Width();

	/**
	 * Returns the meta object for class '{@link org.provlens.diagram.core.description.FilterDescription <em>Filter Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Filter Description</em>'.
	 * @see org.provlens.diagram.core.description.FilterDescription
	 * @generated
	 */
	EClass getFilterDescription();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.description.FilterDescription#isActiveByDefault <em>Active By Default</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Active By Default</em>'.
	 * @see org.provlens.diagram.core.description.FilterDescription#isActiveByDefault()
	 * @see #getFilterDescription()
	 * @generated
	 */
	EAttribute getFilterDescription_ActiveByDefault();

	/**
	 * Returns the meta object for the reference list '{@link org.provlens.diagram.core.description.FilterDescription#getMappings <em>Mappings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Mappings</em>'.
	 * @see org.provlens.diagram.core.description.FilterDescription#getMappings()
	 * @see #getFilterDescription()
	 * @generated
	 */
	EReference getFilterDescription_Mappings();

	/**
	 * Returns the meta object for the containment reference '{@link org.provlens.diagram.core.description.FilterDescription#getCondition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Condition</em>'.
	 * @see org.provlens.diagram.core.description.FilterDescription#getCondition()
	 * @see #getFilterDescription()
	 * @generated
	 */
	EReference getFilterDescription_Condition();

	/**
	 * Returns the meta object for class '{@link org.provlens.diagram.core.description.MappingFilter <em>Mapping Filter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Mapping Filter</em>'.
	 * @see org.provlens.diagram.core.description.MappingFilter
	 * @generated
	 */
	EClass getMappingFilter();

	/**
	 * Returns the meta object for class '{@link org.provlens.diagram.core.description.CollapseFilter <em>Collapse Filter</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Collapse Filter</em>'.
	 * @see org.provlens.diagram.core.description.CollapseFilter
	 * @generated
	 */
	EClass getCollapseFilter();

	/**
	 * Returns the meta object for class '{@link org.provlens.diagram.core.description.LayoutDescription <em>Layout Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Layout Description</em>'.
	 * @see org.provlens.diagram.core.description.LayoutDescription
	 * @generated
	 */
	EClass getLayoutDescription();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.description.LayoutDescription#getAlgorithm <em>Algorithm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Algorithm</em>'.
	 * @see org.provlens.diagram.core.description.LayoutDescription#getAlgorithm()
	 * @see #getLayoutDescription()
	 * @generated
	 */
	EAttribute getLayoutDescription_Algorithm();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.description.LayoutDescription#getDirection <em>Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Direction</em>'.
	 * @see org.provlens.diagram.core.description.LayoutDescription#getDirection()
	 * @see #getLayoutDescription()
	 * @generated
	 */
	EAttribute getLayoutDescription_Direction();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.description.LayoutDescription#getNodeSpacing <em>Node Spacing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Node Spacing</em>'.
	 * @see org.provlens.diagram.core.description.LayoutDescription#getNodeSpacing()
	 * @see #getLayoutDescription()
	 * @generated
	 */
	EAttribute getLayoutDescription_NodeSpacing();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.description.LayoutDescription#getLayerSpacing <em>Layer Spacing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Layer Spacing</em>'.
	 * @see org.provlens.diagram.core.description.LayoutDescription#getLayerSpacing()
	 * @see #getLayoutDescription()
	 * @generated
	 */
	EAttribute getLayoutDescription_LayerSpacing();

	/**
	 * Returns the meta object for class '{@link org.provlens.diagram.core.description.Finder <em>Finder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Finder</em>'.
	 * @see org.provlens.diagram.core.description.Finder
	 * @generated
	 */
	EClass getFinder();

	/**
	 * Returns the meta object for class '{@link org.provlens.diagram.core.description.ReferenceFinder <em>Reference Finder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Reference Finder</em>'.
	 * @see org.provlens.diagram.core.description.ReferenceFinder
	 * @generated
	 */
	EClass getReferenceFinder();

	/**
	 * Returns the meta object for the reference list '{@link org.provlens.diagram.core.description.ReferenceFinder#getReferences <em>References</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>References</em>'.
	 * @see org.provlens.diagram.core.description.ReferenceFinder#getReferences()
	 * @see #getReferenceFinder()
	 * @generated
	 */
	EReference getReferenceFinder_References();

	/**
	 * Returns the meta object for the reference '{@link org.provlens.diagram.core.description.ReferenceFinder#getClosure <em>Closure</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Closure</em>'.
	 * @see org.provlens.diagram.core.description.ReferenceFinder#getClosure()
	 * @see #getReferenceFinder()
	 * @generated
	 */
	EReference getReferenceFinder_Closure();

	/**
	 * Returns the meta object for class '{@link org.provlens.diagram.core.description.UnionFinder <em>Union Finder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Union Finder</em>'.
	 * @see org.provlens.diagram.core.description.UnionFinder
	 * @generated
	 */
	EClass getUnionFinder();

	/**
	 * Returns the meta object for the containment reference list '{@link org.provlens.diagram.core.description.UnionFinder#getFinders <em>Finders</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Finders</em>'.
	 * @see org.provlens.diagram.core.description.UnionFinder#getFinders()
	 * @see #getUnionFinder()
	 * @generated
	 */
	EReference getUnionFinder_Finders();

	/**
	 * Returns the meta object for class '{@link org.provlens.diagram.core.description.ContainerFinder <em>Container Finder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Container Finder</em>'.
	 * @see org.provlens.diagram.core.description.ContainerFinder
	 * @generated
	 */
	EClass getContainerFinder();

	/**
	 * Returns the meta object for class '{@link org.provlens.diagram.core.description.RegisteredFinder <em>Registered Finder</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Registered Finder</em>'.
	 * @see org.provlens.diagram.core.description.RegisteredFinder
	 * @generated
	 */
	EClass getRegisteredFinder();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.description.RegisteredFinder#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.provlens.diagram.core.description.RegisteredFinder#getId()
	 * @see #getRegisteredFinder()
	 * @generated
	 */
	EAttribute getRegisteredFinder_Id();

	/**
	 * Returns the meta object for class '{@link org.provlens.diagram.core.description.Condition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Condition</em>'.
	 * @see org.provlens.diagram.core.description.Condition
	 * @generated
	 */
	EClass getCondition();

	/**
	 * Returns the meta object for class '{@link org.provlens.diagram.core.description.FeatureCondition <em>Feature Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Feature Condition</em>'.
	 * @see org.provlens.diagram.core.description.FeatureCondition
	 * @generated
	 */
	EClass getFeatureCondition();

	/**
	 * Returns the meta object for the reference '{@link org.provlens.diagram.core.description.FeatureCondition#getFeature <em>Feature</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Feature</em>'.
	 * @see org.provlens.diagram.core.description.FeatureCondition#getFeature()
	 * @see #getFeatureCondition()
	 * @generated
	 */
	EReference getFeatureCondition_Feature();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.description.FeatureCondition#getOperator <em>Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operator</em>'.
	 * @see org.provlens.diagram.core.description.FeatureCondition#getOperator()
	 * @see #getFeatureCondition()
	 * @generated
	 */
	EAttribute getFeatureCondition_Operator();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.description.FeatureCondition#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.provlens.diagram.core.description.FeatureCondition#getValue()
	 * @see #getFeatureCondition()
	 * @generated
	 */
	EAttribute getFeatureCondition_Value();

	/**
	 * Returns the meta object for class '{@link org.provlens.diagram.core.description.AllCondition <em>All Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>All Condition</em>'.
	 * @see org.provlens.diagram.core.description.AllCondition
	 * @generated
	 */
	EClass getAllCondition();

	/**
	 * Returns the meta object for the containment reference list '{@link org.provlens.diagram.core.description.AllCondition#getConditions <em>Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditions</em>'.
	 * @see org.provlens.diagram.core.description.AllCondition#getConditions()
	 * @see #getAllCondition()
	 * @generated
	 */
	EReference getAllCondition_Conditions();

	/**
	 * Returns the meta object for class '{@link org.provlens.diagram.core.description.AnyCondition <em>Any Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Any Condition</em>'.
	 * @see org.provlens.diagram.core.description.AnyCondition
	 * @generated
	 */
	EClass getAnyCondition();

	/**
	 * Returns the meta object for the containment reference list '{@link org.provlens.diagram.core.description.AnyCondition#getConditions <em>Conditions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Conditions</em>'.
	 * @see org.provlens.diagram.core.description.AnyCondition#getConditions()
	 * @see #getAnyCondition()
	 * @generated
	 */
	EReference getAnyCondition_Conditions();

	/**
	 * Returns the meta object for class '{@link org.provlens.diagram.core.description.NotCondition <em>Not Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Not Condition</em>'.
	 * @see org.provlens.diagram.core.description.NotCondition
	 * @generated
	 */
	EClass getNotCondition();

	/**
	 * Returns the meta object for the containment reference '{@link org.provlens.diagram.core.description.NotCondition#getCondition <em>Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Condition</em>'.
	 * @see org.provlens.diagram.core.description.NotCondition#getCondition()
	 * @see #getNotCondition()
	 * @generated
	 */
	EReference getNotCondition_Condition();

	/**
	 * Returns the meta object for class '{@link org.provlens.diagram.core.description.RegisteredCondition <em>Registered Condition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Registered Condition</em>'.
	 * @see org.provlens.diagram.core.description.RegisteredCondition
	 * @generated
	 */
	EClass getRegisteredCondition();

	/**
	 * Returns the meta object for the attribute '{@link org.provlens.diagram.core.description.RegisteredCondition#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.provlens.diagram.core.description.RegisteredCondition#getId()
	 * @see #getRegisteredCondition()
	 * @generated
	 */
	EAttribute getRegisteredCondition_Id();

	/**
	 * Returns the meta object for enum '{@link org.provlens.diagram.core.description.NodeKind <em>Node Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Node Kind</em>'.
	 * @see org.provlens.diagram.core.description.NodeKind
	 * @generated
	 */
	EEnum getNodeKind();

	/**
	 * Returns the meta object for enum '{@link org.provlens.diagram.core.description.EdgeKind <em>Edge Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Edge Kind</em>'.
	 * @see org.provlens.diagram.core.description.EdgeKind
	 * @generated
	 */
	EEnum getEdgeKind();

	/**
	 * Returns the meta object for enum '{@link org.provlens.diagram.core.description.NodeShape <em>Node Shape</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Node Shape</em>'.
	 * @see org.provlens.diagram.core.description.NodeShape
	 * @generated
	 */
	EEnum getNodeShape();

	/**
	 * Returns the meta object for enum '{@link org.provlens.diagram.core.description.LineStyle <em>Line Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Line Style</em>'.
	 * @see org.provlens.diagram.core.description.LineStyle
	 * @generated
	 */
	EEnum getLineStyle();

	/**
	 * Returns the meta object for enum '{@link org.provlens.diagram.core.description.ConditionOperator <em>Condition Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Condition Operator</em>'.
	 * @see org.provlens.diagram.core.description.ConditionOperator
	 * @generated
	 */
	EEnum getConditionOperator();

	/**
	 * Returns the meta object for enum '{@link org.provlens.diagram.core.description.Aggregation <em>Aggregation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Aggregation</em>'.
	 * @see org.provlens.diagram.core.description.Aggregation
	 * @generated
	 */
	EEnum getAggregation();

	/**
	 * Returns the meta object for enum '{@link org.provlens.diagram.core.description.RootScope <em>Root Scope</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Root Scope</em>'.
	 * @see org.provlens.diagram.core.description.RootScope
	 * @generated
	 */
	EEnum getRootScope();

	/**
	 * Returns the meta object for enum '{@link org.provlens.diagram.core.description.LayoutAlgorithm <em>Layout Algorithm</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Layout Algorithm</em>'.
	 * @see org.provlens.diagram.core.description.LayoutAlgorithm
	 * @generated
	 */
	EEnum getLayoutAlgorithm();

	/**
	 * Returns the meta object for enum '{@link org.provlens.diagram.core.description.LayoutDirection <em>Layout Direction</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Layout Direction</em>'.
	 * @see org.provlens.diagram.core.description.LayoutDirection
	 * @generated
	 */
	EEnum getLayoutDirection();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	DescriptionFactory getDescriptionFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.provlens.diagram.core.description.impl.IdentifiedElementImpl <em>Identified Element</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.diagram.core.description.impl.IdentifiedElementImpl
		 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getIdentifiedElement()
		 * @generated
		 */
		EClass IDENTIFIED_ELEMENT = eINSTANCE.getIdentifiedElement();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED_ELEMENT__NAME = eINSTANCE.getIdentifiedElement_Name();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED_ELEMENT__LABEL = eINSTANCE.getIdentifiedElement_Label();

		/**
		 * The meta object literal for the '<em><b>Documentation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTIFIED_ELEMENT__DOCUMENTATION = eINSTANCE.getIdentifiedElement_Documentation();

		/**
		 * The meta object literal for the '{@link org.provlens.diagram.core.description.impl.DiagramDescriptionImpl <em>Diagram Description</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.diagram.core.description.impl.DiagramDescriptionImpl
		 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getDiagramDescription()
		 * @generated
		 */
		EClass DIAGRAM_DESCRIPTION = eINSTANCE.getDiagramDescription();

		/**
		 * The meta object literal for the '<em><b>Domain Class</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_DESCRIPTION__DOMAIN_CLASS = eINSTANCE.getDiagramDescription_DomainClass();

		/**
		 * The meta object literal for the '<em><b>Default Layer</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_DESCRIPTION__DEFAULT_LAYER = eINSTANCE.getDiagramDescription_DefaultLayer();

		/**
		 * The meta object literal for the '<em><b>Additional Layers</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_DESCRIPTION__ADDITIONAL_LAYERS = eINSTANCE.getDiagramDescription_AdditionalLayers();

		/**
		 * The meta object literal for the '<em><b>Filters</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_DESCRIPTION__FILTERS = eINSTANCE.getDiagramDescription_Filters();

		/**
		 * The meta object literal for the '<em><b>Layout</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_DESCRIPTION__LAYOUT = eINSTANCE.getDiagramDescription_Layout();

		/**
		 * The meta object literal for the '<em><b>Root Scope</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_DESCRIPTION__ROOT_SCOPE = eINSTANCE.getDiagramDescription_RootScope();

		/**
		 * The meta object literal for the '<em><b>Default Depth</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_DESCRIPTION__DEFAULT_DEPTH = eINSTANCE.getDiagramDescription_DefaultDepth();

		/**
		 * The meta object literal for the '<em><b>Expanded Levels</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_DESCRIPTION__EXPANDED_LEVELS = eINSTANCE.getDiagramDescription_ExpandedLevels();

		/**
		 * The meta object literal for the '<em><b>Max Visible Elements</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DIAGRAM_DESCRIPTION__MAX_VISIBLE_ELEMENTS = eINSTANCE.getDiagramDescription_MaxVisibleElements();

		/**
		 * The meta object literal for the '{@link org.provlens.diagram.core.description.impl.LayerImpl <em>Layer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.diagram.core.description.impl.LayerImpl
		 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getLayer()
		 * @generated
		 */
		EClass LAYER = eINSTANCE.getLayer();

		/**
		 * The meta object literal for the '<em><b>Node Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYER__NODE_MAPPINGS = eINSTANCE.getLayer_NodeMappings();

		/**
		 * The meta object literal for the '<em><b>Container Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYER__CONTAINER_MAPPINGS = eINSTANCE.getLayer_ContainerMappings();

		/**
		 * The meta object literal for the '<em><b>Edge Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYER__EDGE_MAPPINGS = eINSTANCE.getLayer_EdgeMappings();

		/**
		 * The meta object literal for the '<em><b>Customizations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LAYER__CUSTOMIZATIONS = eINSTANCE.getLayer_Customizations();

		/**
		 * The meta object literal for the '{@link org.provlens.diagram.core.description.impl.AdditionalLayerImpl <em>Additional Layer</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.diagram.core.description.impl.AdditionalLayerImpl
		 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getAdditionalLayer()
		 * @generated
		 */
		EClass ADDITIONAL_LAYER = eINSTANCE.getAdditionalLayer();

		/**
		 * The meta object literal for the '<em><b>Active By Default</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDITIONAL_LAYER__ACTIVE_BY_DEFAULT = eINSTANCE.getAdditionalLayer_ActiveByDefault();

		/**
		 * The meta object literal for the '<em><b>Exclusive Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDITIONAL_LAYER__EXCLUSIVE_GROUP = eINSTANCE.getAdditionalLayer_ExclusiveGroup();

		/**
		 * The meta object literal for the '{@link org.provlens.diagram.core.description.impl.DiagramElementMappingImpl <em>Diagram Element Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.diagram.core.description.impl.DiagramElementMappingImpl
		 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getDiagramElementMapping()
		 * @generated
		 */
		EClass DIAGRAM_ELEMENT_MAPPING = eINSTANCE.getDiagramElementMapping();

		/**
		 * The meta object literal for the '<em><b>Semantic Candidates</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_ELEMENT_MAPPING__SEMANTIC_CANDIDATES = eINSTANCE.getDiagramElementMapping_SemanticCandidates();

		/**
		 * The meta object literal for the '<em><b>Precondition</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DIAGRAM_ELEMENT_MAPPING__PRECONDITION = eINSTANCE.getDiagramElementMapping_Precondition();

		/**
		 * The meta object literal for the '{@link org.provlens.diagram.core.description.impl.AbstractNodeMappingImpl <em>Abstract Node Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.diagram.core.description.impl.AbstractNodeMappingImpl
		 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getAbstractNodeMapping()
		 * @generated
		 */
		EClass ABSTRACT_NODE_MAPPING = eINSTANCE.getAbstractNodeMapping();

		/**
		 * The meta object literal for the '<em><b>Domain Class</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ABSTRACT_NODE_MAPPING__DOMAIN_CLASS = eINSTANCE.getAbstractNodeMapping_DomainClass();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ABSTRACT_NODE_MAPPING__KIND = eINSTANCE.getAbstractNodeMapping_Kind();

		/**
		 * The meta object literal for the '<em><b>Label Description</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ABSTRACT_NODE_MAPPING__LABEL_DESCRIPTION = eINSTANCE.getAbstractNodeMapping_LabelDescription();

		/**
		 * The meta object literal for the '<em><b>Identity Features</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ABSTRACT_NODE_MAPPING__IDENTITY_FEATURES = eINSTANCE.getAbstractNodeMapping_IdentityFeatures();

		/**
		 * The meta object literal for the '<em><b>Style</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ABSTRACT_NODE_MAPPING__STYLE = eINSTANCE.getAbstractNodeMapping_Style();

		/**
		 * The meta object literal for the '<em><b>Conditional Styles</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ABSTRACT_NODE_MAPPING__CONDITIONAL_STYLES = eINSTANCE.getAbstractNodeMapping_ConditionalStyles();

		/**
		 * The meta object literal for the '<em><b>Grouping</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ABSTRACT_NODE_MAPPING__GROUPING = eINSTANCE.getAbstractNodeMapping_Grouping();

		/**
		 * The meta object literal for the '{@link org.provlens.diagram.core.description.impl.NodeMappingImpl <em>Node Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.diagram.core.description.impl.NodeMappingImpl
		 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getNodeMapping()
		 * @generated
		 */
		EClass NODE_MAPPING = eINSTANCE.getNodeMapping();

		/**
		 * The meta object literal for the '{@link org.provlens.diagram.core.description.impl.ContainerMappingImpl <em>Container Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.diagram.core.description.impl.ContainerMappingImpl
		 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getContainerMapping()
		 * @generated
		 */
		EClass CONTAINER_MAPPING = eINSTANCE.getContainerMapping();

		/**
		 * The meta object literal for the '<em><b>Sub Node Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTAINER_MAPPING__SUB_NODE_MAPPINGS = eINSTANCE.getContainerMapping_SubNodeMappings();

		/**
		 * The meta object literal for the '<em><b>Sub Container Mappings</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTAINER_MAPPING__SUB_CONTAINER_MAPPINGS = eINSTANCE.getContainerMapping_SubContainerMappings();

		/**
		 * The meta object literal for the '<em><b>Reused Node Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTAINER_MAPPING__REUSED_NODE_MAPPINGS = eINSTANCE.getContainerMapping_ReusedNodeMappings();

		/**
		 * The meta object literal for the '<em><b>Reused Container Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONTAINER_MAPPING__REUSED_CONTAINER_MAPPINGS = eINSTANCE.getContainerMapping_ReusedContainerMappings();

		/**
		 * The meta object literal for the '{@link org.provlens.diagram.core.description.impl.EdgeMappingImpl <em>Edge Mapping</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.diagram.core.description.impl.EdgeMappingImpl
		 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getEdgeMapping()
		 * @generated
		 */
		EClass EDGE_MAPPING = eINSTANCE.getEdgeMapping();

		/**
		 * The meta object literal for the '<em><b>Source Mapping</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_MAPPING__SOURCE_MAPPING = eINSTANCE.getEdgeMapping_SourceMapping();

		/**
		 * The meta object literal for the '<em><b>Target Mapping</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_MAPPING__TARGET_MAPPING = eINSTANCE.getEdgeMapping_TargetMapping();

		/**
		 * The meta object literal for the '<em><b>Domain Class</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_MAPPING__DOMAIN_CLASS = eINSTANCE.getEdgeMapping_DomainClass();

		/**
		 * The meta object literal for the '<em><b>Source Finder</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_MAPPING__SOURCE_FINDER = eINSTANCE.getEdgeMapping_SourceFinder();

		/**
		 * The meta object literal for the '<em><b>Target Finder</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_MAPPING__TARGET_FINDER = eINSTANCE.getEdgeMapping_TargetFinder();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_MAPPING__KIND = eINSTANCE.getEdgeMapping_Kind();

		/**
		 * The meta object literal for the '<em><b>Style</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE_MAPPING__STYLE = eINSTANCE.getEdgeMapping_Style();

		/**
		 * The meta object literal for the '{@link org.provlens.diagram.core.description.impl.LabelDescriptionImpl <em>Label Description</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.diagram.core.description.impl.LabelDescriptionImpl
		 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getLabelDescription()
		 * @generated
		 */
		EClass LABEL_DESCRIPTION = eINSTANCE.getLabelDescription();

		/**
		 * The meta object literal for the '<em><b>Features</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LABEL_DESCRIPTION__FEATURES = eINSTANCE.getLabelDescription_Features();

		/**
		 * The meta object literal for the '<em><b>Provider</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL_DESCRIPTION__PROVIDER = eINSTANCE.getLabelDescription_Provider();

		/**
		 * The meta object literal for the '<em><b>Max Length</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABEL_DESCRIPTION__MAX_LENGTH = eINSTANCE.getLabelDescription_MaxLength();

		/**
		 * The meta object literal for the '{@link org.provlens.diagram.core.description.impl.GroupingDescriptionImpl <em>Grouping Description</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.diagram.core.description.impl.GroupingDescriptionImpl
		 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getGroupingDescription()
		 * @generated
		 */
		EClass GROUPING_DESCRIPTION = eINSTANCE.getGroupingDescription();

		/**
		 * The meta object literal for the '<em><b>Keys</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GROUPING_DESCRIPTION__KEYS = eINSTANCE.getGroupingDescription_Keys();

		/**
		 * The meta object literal for the '<em><b>Threshold</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUPING_DESCRIPTION__THRESHOLD = eINSTANCE.getGroupingDescription_Threshold();

		/**
		 * The meta object literal for the '<em><b>Page Size</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUPING_DESCRIPTION__PAGE_SIZE = eINSTANCE.getGroupingDescription_PageSize();

		/**
		 * The meta object literal for the '{@link org.provlens.diagram.core.description.impl.NodeStyleDescriptionImpl <em>Node Style Description</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.diagram.core.description.impl.NodeStyleDescriptionImpl
		 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getNodeStyleDescription()
		 * @generated
		 */
		EClass NODE_STYLE_DESCRIPTION = eINSTANCE.getNodeStyleDescription();

		/**
		 * The meta object literal for the '<em><b>Shape</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE_DESCRIPTION__SHAPE = eINSTANCE.getNodeStyleDescription_Shape();

		/**
		 * The meta object literal for the '<em><b>Background Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE_DESCRIPTION__BACKGROUND_COLOR = eINSTANCE.getNodeStyleDescription_BackgroundColor();

		/**
		 * The meta object literal for the '<em><b>Border Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE_DESCRIPTION__BORDER_COLOR = eINSTANCE.getNodeStyleDescription_BorderColor();

		/**
		 * The meta object literal for the '<em><b>Label Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE_DESCRIPTION__LABEL_COLOR = eINSTANCE.getNodeStyleDescription_LabelColor();

		/**
		 * The meta object literal for the '<em><b>Border Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE_DESCRIPTION__BORDER_WIDTH = eINSTANCE.getNodeStyleDescription_BorderWidth();

		/**
		 * The meta object literal for the '<em><b>Min Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE_DESCRIPTION__MIN_WIDTH = eINSTANCE.getNodeStyleDescription_MinWidth();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE_STYLE_DESCRIPTION__HEIGHT = eINSTANCE.getNodeStyleDescription_Height();

		/**
		 * The meta object literal for the '<em><b>Gradient</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NODE_STYLE_DESCRIPTION__GRADIENT = eINSTANCE.getNodeStyleDescription_Gradient();

		/**
		 * The meta object literal for the '{@link org.provlens.diagram.core.description.impl.ConditionalNodeStyleImpl <em>Conditional Node Style</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.diagram.core.description.impl.ConditionalNodeStyleImpl
		 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getConditionalNodeStyle()
		 * @generated
		 */
		EClass CONDITIONAL_NODE_STYLE = eINSTANCE.getConditionalNodeStyle();

		/**
		 * The meta object literal for the '<em><b>Condition</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONDITIONAL_NODE_STYLE__CONDITION = eINSTANCE.getConditionalNodeStyle_Condition();

		/**
		 * The meta object literal for the '<em><b>Style</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONDITIONAL_NODE_STYLE__STYLE = eINSTANCE.getConditionalNodeStyle_Style();

		/**
		 * The meta object literal for the '{@link org.provlens.diagram.core.description.impl.StyleCustomizationImpl <em>Style Customization</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.diagram.core.description.impl.StyleCustomizationImpl
		 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getStyleCustomization()
		 * @generated
		 */
		EClass STYLE_CUSTOMIZATION = eINSTANCE.getStyleCustomization();

		/**
		 * The meta object literal for the '<em><b>Applied On</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STYLE_CUSTOMIZATION__APPLIED_ON = eINSTANCE.getStyleCustomization_AppliedOn();

		/**
		 * The meta object literal for the '<em><b>Condition</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STYLE_CUSTOMIZATION__CONDITION = eINSTANCE.getStyleCustomization_Condition();

		/**
		 * The meta object literal for the '<em><b>Background Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STYLE_CUSTOMIZATION__BACKGROUND_COLOR = eINSTANCE.getStyleCustomization_BackgroundColor();

		/**
		 * The meta object literal for the '<em><b>Border Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STYLE_CUSTOMIZATION__BORDER_COLOR = eINSTANCE.getStyleCustomization_BorderColor();

		/**
		 * The meta object literal for the '<em><b>Gradient</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference STYLE_CUSTOMIZATION__GRADIENT = eINSTANCE.getStyleCustomization_Gradient();

		/**
		 * The meta object literal for the '{@link org.provlens.diagram.core.description.impl.GradientDescriptionImpl <em>Gradient Description</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.diagram.core.description.impl.GradientDescriptionImpl
		 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getGradientDescription()
		 * @generated
		 */
		EClass GRADIENT_DESCRIPTION = eINSTANCE.getGradientDescription();

		/**
		 * The meta object literal for the '<em><b>Measure</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRADIENT_DESCRIPTION__MEASURE = eINSTANCE.getGradientDescription_Measure();

		/**
		 * The meta object literal for the '<em><b>Feature</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference GRADIENT_DESCRIPTION__FEATURE = eINSTANCE.getGradientDescription_Feature();

		/**
		 * The meta object literal for the '<em><b>Aggregation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRADIENT_DESCRIPTION__AGGREGATION = eINSTANCE.getGradientDescription_Aggregation();

		/**
		 * The meta object literal for the '<em><b>Logarithmic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRADIENT_DESCRIPTION__LOGARITHMIC = eINSTANCE.getGradientDescription_Logarithmic();

		/**
		 * The meta object literal for the '<em><b>Low Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRADIENT_DESCRIPTION__LOW_COLOR = eINSTANCE.getGradientDescription_LowColor();

		/**
		 * The meta object literal for the '<em><b>High Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRADIENT_DESCRIPTION__HIGH_COLOR = eINSTANCE.getGradientDescription_HighColor();

		/**
		 * The meta object literal for the '<em><b>Missing Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GRADIENT_DESCRIPTION__MISSING_COLOR = eINSTANCE.getGradientDescription_MissingColor();

		/**
		 * The meta object literal for the '{@link org.provlens.diagram.core.description.impl.EdgeStyleDescriptionImpl <em>Edge Style Description</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.diagram.core.description.impl.EdgeStyleDescriptionImpl
		 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getEdgeStyleDescription()
		 * @generated
		 */
		EClass EDGE_STYLE_DESCRIPTION = eINSTANCE.getEdgeStyleDescription();

		/**
		 * The meta object literal for the '<em><b>Color</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE_DESCRIPTION__COLOR = eINSTANCE.getEdgeStyleDescription_Color();

		/**
		 * The meta object literal for the '<em><b>Line Style</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE_DESCRIPTION__LINE_STYLE = eINSTANCE.getEdgeStyleDescription_LineStyle();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EDGE_STYLE_DESCRIPTION__WIDTH = eINSTANCE.getEdgeStyleDescription_Width();

		/**
		 * The meta object literal for the '{@link org.provlens.diagram.core.description.impl.FilterDescriptionImpl <em>Filter Description</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.diagram.core.description.impl.FilterDescriptionImpl
		 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getFilterDescription()
		 * @generated
		 */
		EClass FILTER_DESCRIPTION = eINSTANCE.getFilterDescription();

		/**
		 * The meta object literal for the '<em><b>Active By Default</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILTER_DESCRIPTION__ACTIVE_BY_DEFAULT = eINSTANCE.getFilterDescription_ActiveByDefault();

		/**
		 * The meta object literal for the '<em><b>Mappings</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FILTER_DESCRIPTION__MAPPINGS = eINSTANCE.getFilterDescription_Mappings();

		/**
		 * The meta object literal for the '<em><b>Condition</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FILTER_DESCRIPTION__CONDITION = eINSTANCE.getFilterDescription_Condition();

		/**
		 * The meta object literal for the '{@link org.provlens.diagram.core.description.impl.MappingFilterImpl <em>Mapping Filter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.diagram.core.description.impl.MappingFilterImpl
		 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getMappingFilter()
		 * @generated
		 */
		EClass MAPPING_FILTER = eINSTANCE.getMappingFilter();

		/**
		 * The meta object literal for the '{@link org.provlens.diagram.core.description.impl.CollapseFilterImpl <em>Collapse Filter</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.diagram.core.description.impl.CollapseFilterImpl
		 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getCollapseFilter()
		 * @generated
		 */
		EClass COLLAPSE_FILTER = eINSTANCE.getCollapseFilter();

		/**
		 * The meta object literal for the '{@link org.provlens.diagram.core.description.impl.LayoutDescriptionImpl <em>Layout Description</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.diagram.core.description.impl.LayoutDescriptionImpl
		 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getLayoutDescription()
		 * @generated
		 */
		EClass LAYOUT_DESCRIPTION = eINSTANCE.getLayoutDescription();

		/**
		 * The meta object literal for the '<em><b>Algorithm</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYOUT_DESCRIPTION__ALGORITHM = eINSTANCE.getLayoutDescription_Algorithm();

		/**
		 * The meta object literal for the '<em><b>Direction</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYOUT_DESCRIPTION__DIRECTION = eINSTANCE.getLayoutDescription_Direction();

		/**
		 * The meta object literal for the '<em><b>Node Spacing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYOUT_DESCRIPTION__NODE_SPACING = eINSTANCE.getLayoutDescription_NodeSpacing();

		/**
		 * The meta object literal for the '<em><b>Layer Spacing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LAYOUT_DESCRIPTION__LAYER_SPACING = eINSTANCE.getLayoutDescription_LayerSpacing();

		/**
		 * The meta object literal for the '{@link org.provlens.diagram.core.description.impl.FinderImpl <em>Finder</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.diagram.core.description.impl.FinderImpl
		 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getFinder()
		 * @generated
		 */
		EClass FINDER = eINSTANCE.getFinder();

		/**
		 * The meta object literal for the '{@link org.provlens.diagram.core.description.impl.ReferenceFinderImpl <em>Reference Finder</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.diagram.core.description.impl.ReferenceFinderImpl
		 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getReferenceFinder()
		 * @generated
		 */
		EClass REFERENCE_FINDER = eINSTANCE.getReferenceFinder();

		/**
		 * The meta object literal for the '<em><b>References</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REFERENCE_FINDER__REFERENCES = eINSTANCE.getReferenceFinder_References();

		/**
		 * The meta object literal for the '<em><b>Closure</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference REFERENCE_FINDER__CLOSURE = eINSTANCE.getReferenceFinder_Closure();

		/**
		 * The meta object literal for the '{@link org.provlens.diagram.core.description.impl.UnionFinderImpl <em>Union Finder</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.diagram.core.description.impl.UnionFinderImpl
		 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getUnionFinder()
		 * @generated
		 */
		EClass UNION_FINDER = eINSTANCE.getUnionFinder();

		/**
		 * The meta object literal for the '<em><b>Finders</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UNION_FINDER__FINDERS = eINSTANCE.getUnionFinder_Finders();

		/**
		 * The meta object literal for the '{@link org.provlens.diagram.core.description.impl.ContainerFinderImpl <em>Container Finder</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.diagram.core.description.impl.ContainerFinderImpl
		 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getContainerFinder()
		 * @generated
		 */
		EClass CONTAINER_FINDER = eINSTANCE.getContainerFinder();

		/**
		 * The meta object literal for the '{@link org.provlens.diagram.core.description.impl.RegisteredFinderImpl <em>Registered Finder</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.diagram.core.description.impl.RegisteredFinderImpl
		 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getRegisteredFinder()
		 * @generated
		 */
		EClass REGISTERED_FINDER = eINSTANCE.getRegisteredFinder();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTERED_FINDER__ID = eINSTANCE.getRegisteredFinder_Id();

		/**
		 * The meta object literal for the '{@link org.provlens.diagram.core.description.impl.ConditionImpl <em>Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.diagram.core.description.impl.ConditionImpl
		 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getCondition()
		 * @generated
		 */
		EClass CONDITION = eINSTANCE.getCondition();

		/**
		 * The meta object literal for the '{@link org.provlens.diagram.core.description.impl.FeatureConditionImpl <em>Feature Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.diagram.core.description.impl.FeatureConditionImpl
		 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getFeatureCondition()
		 * @generated
		 */
		EClass FEATURE_CONDITION = eINSTANCE.getFeatureCondition();

		/**
		 * The meta object literal for the '<em><b>Feature</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FEATURE_CONDITION__FEATURE = eINSTANCE.getFeatureCondition_Feature();

		/**
		 * The meta object literal for the '<em><b>Operator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_CONDITION__OPERATOR = eINSTANCE.getFeatureCondition_Operator();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEATURE_CONDITION__VALUE = eINSTANCE.getFeatureCondition_Value();

		/**
		 * The meta object literal for the '{@link org.provlens.diagram.core.description.impl.AllConditionImpl <em>All Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.diagram.core.description.impl.AllConditionImpl
		 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getAllCondition()
		 * @generated
		 */
		EClass ALL_CONDITION = eINSTANCE.getAllCondition();

		/**
		 * The meta object literal for the '<em><b>Conditions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ALL_CONDITION__CONDITIONS = eINSTANCE.getAllCondition_Conditions();

		/**
		 * The meta object literal for the '{@link org.provlens.diagram.core.description.impl.AnyConditionImpl <em>Any Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.diagram.core.description.impl.AnyConditionImpl
		 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getAnyCondition()
		 * @generated
		 */
		EClass ANY_CONDITION = eINSTANCE.getAnyCondition();

		/**
		 * The meta object literal for the '<em><b>Conditions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ANY_CONDITION__CONDITIONS = eINSTANCE.getAnyCondition_Conditions();

		/**
		 * The meta object literal for the '{@link org.provlens.diagram.core.description.impl.NotConditionImpl <em>Not Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.diagram.core.description.impl.NotConditionImpl
		 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getNotCondition()
		 * @generated
		 */
		EClass NOT_CONDITION = eINSTANCE.getNotCondition();

		/**
		 * The meta object literal for the '<em><b>Condition</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NOT_CONDITION__CONDITION = eINSTANCE.getNotCondition_Condition();

		/**
		 * The meta object literal for the '{@link org.provlens.diagram.core.description.impl.RegisteredConditionImpl <em>Registered Condition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.diagram.core.description.impl.RegisteredConditionImpl
		 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getRegisteredCondition()
		 * @generated
		 */
		EClass REGISTERED_CONDITION = eINSTANCE.getRegisteredCondition();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REGISTERED_CONDITION__ID = eINSTANCE.getRegisteredCondition_Id();

		/**
		 * The meta object literal for the '{@link org.provlens.diagram.core.description.NodeKind <em>Node Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.diagram.core.description.NodeKind
		 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getNodeKind()
		 * @generated
		 */
		EEnum NODE_KIND = eINSTANCE.getNodeKind();

		/**
		 * The meta object literal for the '{@link org.provlens.diagram.core.description.EdgeKind <em>Edge Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.diagram.core.description.EdgeKind
		 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getEdgeKind()
		 * @generated
		 */
		EEnum EDGE_KIND = eINSTANCE.getEdgeKind();

		/**
		 * The meta object literal for the '{@link org.provlens.diagram.core.description.NodeShape <em>Node Shape</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.diagram.core.description.NodeShape
		 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getNodeShape()
		 * @generated
		 */
		EEnum NODE_SHAPE = eINSTANCE.getNodeShape();

		/**
		 * The meta object literal for the '{@link org.provlens.diagram.core.description.LineStyle <em>Line Style</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.diagram.core.description.LineStyle
		 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getLineStyle()
		 * @generated
		 */
		EEnum LINE_STYLE = eINSTANCE.getLineStyle();

		/**
		 * The meta object literal for the '{@link org.provlens.diagram.core.description.ConditionOperator <em>Condition Operator</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.diagram.core.description.ConditionOperator
		 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getConditionOperator()
		 * @generated
		 */
		EEnum CONDITION_OPERATOR = eINSTANCE.getConditionOperator();

		/**
		 * The meta object literal for the '{@link org.provlens.diagram.core.description.Aggregation <em>Aggregation</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.diagram.core.description.Aggregation
		 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getAggregation()
		 * @generated
		 */
		EEnum AGGREGATION = eINSTANCE.getAggregation();

		/**
		 * The meta object literal for the '{@link org.provlens.diagram.core.description.RootScope <em>Root Scope</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.diagram.core.description.RootScope
		 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getRootScope()
		 * @generated
		 */
		EEnum ROOT_SCOPE = eINSTANCE.getRootScope();

		/**
		 * The meta object literal for the '{@link org.provlens.diagram.core.description.LayoutAlgorithm <em>Layout Algorithm</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.diagram.core.description.LayoutAlgorithm
		 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getLayoutAlgorithm()
		 * @generated
		 */
		EEnum LAYOUT_ALGORITHM = eINSTANCE.getLayoutAlgorithm();

		/**
		 * The meta object literal for the '{@link org.provlens.diagram.core.description.LayoutDirection <em>Layout Direction</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.provlens.diagram.core.description.LayoutDirection
		 * @see org.provlens.diagram.core.description.impl.DescriptionPackageImpl#getLayoutDirection()
		 * @generated
		 */
		EEnum LAYOUT_DIRECTION = eINSTANCE.getLayoutDirection();

	}

} //DescriptionPackage
