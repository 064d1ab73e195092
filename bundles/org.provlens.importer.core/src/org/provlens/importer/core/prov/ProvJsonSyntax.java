package org.provlens.importer.core.prov;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The structure of a PROV-JSON document (W3C Member Submission, 24 April 2013, and its JSON schema): the record
 * types a container may hold and, for each, the formal attributes with what they must refer to.
 */
final class ProvJsonSyntax {

    /** What a formal attribute holds. */
    enum Kind {
        /** The identifier of a declared entity. */
        ENTITY,
        /** The identifier of a declared activity. */
        ACTIVITY,
        /** The identifier of a declared agent. */
        AGENT,
        /** The identifier of any declared element. */
        ANY,
        /** The identifier of a {@code wasGeneratedBy} record. */
        GENERATION,
        /** The identifier of a {@code used} record. */
        USAGE,
        /** The identifier of a bundle. */
        BUNDLE,
        /** An {@code xsd:dateTime} string. */
        TIME,
        /** A dictionary's key-entity set; structure not checked. */
        KEY_ENTITY_SET,
        /** A dictionary's key set; structure not checked. */
        KEY_SET
    }

    /**
     * The formal attributes of one record type.
     *
     * @param attributes each formal attribute with its kind, in PROV-N order
     * @param required the attributes that must be present
     * @param closed whether other (non-formal) attributes are forbidden, as the schema says for a few relations
     */
    record Shape(Map<String, Kind> attributes, Set<String> required, boolean closed) {
    }

    static final String ENTITY = "entity";
    static final String ACTIVITY = "activity";
    static final String AGENT = "agent";
    static final String BUNDLE = "bundle";
    static final String PREFIX = "prefix";

    /** Element and relation types in the order ProvLens writes and reads them. */
    static final Map<String, Shape> SHAPES = new LinkedHashMap<>();

    /** Non-formal attributes in the PROV namespace that any record may carry. */
    static final Set<String> PROV_ATTRIBUTES = Set.of("prov:type", "prov:label", "prov:location", "prov:role",
            "prov:value");

    static {
        shape(ENTITY, false);
        shape(ACTIVITY, false, "prov:startTime", Kind.TIME, "prov:endTime", Kind.TIME);
        shape(AGENT, false);
        shape("wasGeneratedBy", false, "!prov:entity", Kind.ENTITY, "prov:activity", Kind.ACTIVITY, "prov:time",
                Kind.TIME);
        shape("used", false, "!prov:activity", Kind.ACTIVITY, "prov:entity", Kind.ENTITY, "prov:time", Kind.TIME);
        shape("wasStartedBy", false, "!prov:activity", Kind.ACTIVITY, "prov:trigger", Kind.ENTITY, "prov:starter",
                Kind.ACTIVITY, "prov:time", Kind.TIME);
        shape("wasEndedBy", false, "!prov:activity", Kind.ACTIVITY, "prov:trigger", Kind.ENTITY, "prov:ender",
                Kind.ACTIVITY, "prov:time", Kind.TIME);
        shape("wasInformedBy", false, "!prov:informed", Kind.ACTIVITY, "!prov:informant", Kind.ACTIVITY);
        shape("wasInvalidatedBy", false, "!prov:entity", Kind.ENTITY, "prov:activity", Kind.ACTIVITY, "prov:time",
                Kind.TIME);
        shape("wasDerivedFrom", false, "!prov:generatedEntity", Kind.ENTITY, "!prov:usedEntity", Kind.ENTITY,
                "prov:activity", Kind.ACTIVITY, "prov:generation", Kind.GENERATION, "prov:usage", Kind.USAGE);
        shape("wasAttributedTo", false, "!prov:entity", Kind.ENTITY, "!prov:agent", Kind.AGENT);
        shape("wasAssociatedWith", false, "!prov:activity", Kind.ACTIVITY, "prov:agent", Kind.AGENT, "prov:plan",
                Kind.ENTITY);
        shape("actedOnBehalfOf", false, "!prov:delegate", Kind.AGENT, "!prov:responsible", Kind.AGENT,
                "prov:activity", Kind.ACTIVITY);
        shape("wasInfluencedBy", false, "!prov:influencee", Kind.ANY, "!prov:influencer", Kind.ANY);
        shape("specializationOf", true, "!prov:specificEntity", Kind.ENTITY, "!prov:generalEntity", Kind.ENTITY);
        shape("alternateOf", true, "!prov:alternate1", Kind.ENTITY, "!prov:alternate2", Kind.ENTITY);
        shape("hadMember", true, "!prov:collection", Kind.ENTITY, "!prov:entity", Kind.ENTITY);
        shape("mentionOf", true, "!prov:specificEntity", Kind.ENTITY, "!prov:generalEntity", Kind.ENTITY,
                "!prov:bundle", Kind.BUNDLE);
        shape("hadDictionaryMember", true, "!prov:dictionary", Kind.ENTITY, "!prov:key-entity-set",
                Kind.KEY_ENTITY_SET);
        shape("derivedByInsertionFrom", false, "!prov:after", Kind.ENTITY, "!prov:before", Kind.ENTITY,
                "!prov:key-entity-set", Kind.KEY_ENTITY_SET);
        shape("derivedByRemovalFrom", false, "!prov:after", Kind.ENTITY, "!prov:before", Kind.ENTITY,
                "!prov:key-set", Kind.KEY_SET);
    }

    /** Every key a PROV-JSON document may have at its top level. */
    static final Set<String> TOP_LEVEL_KEYS;

    static {
        Set<String> keys = new HashSet<>(SHAPES.keySet());
        keys.add(PREFIX);
        keys.add(BUNDLE);
        TOP_LEVEL_KEYS = Set.copyOf(keys);
    }

    private ProvJsonSyntax() {
    }

    /** Defines a shape from pairs of attribute name (prefixed with {@code !} when required) and kind. */
    private static void shape(String type, boolean closed, Object... pairs) {
        Map<String, Kind> attributes = new LinkedHashMap<>();
        Set<String> required = new HashSet<>();
        for (int i = 0; i < pairs.length; i += 2) {
            String name = (String) pairs[i];
            if (name.startsWith("!")) {
                name = name.substring(1);
                required.add(name);
            }
            attributes.put(name, (Kind) pairs[i + 1]);
        }
        SHAPES.put(type, new Shape(Collections.unmodifiableMap(attributes), Set.copyOf(required), closed));
    }

    /**
     * Whether a record type declares elements rather than relating them.
     *
     * @param type a record type
     * @return true for entity, activity and agent
     */
    static boolean isElement(String type) {
        return ENTITY.equals(type) || ACTIVITY.equals(type) || AGENT.equals(type);
    }

    /**
     * The relation types, in document order.
     *
     * @return every record type but the elements
     */
    static List<String> relationTypes() {
        return SHAPES.keySet().stream().filter(t -> !isElement(t)).toList();
    }
}
