package org.provlens.importer.core.prov;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.provlens.importer.core.internal.JsonTrees;
import org.provlens.importer.core.internal.TextInputs;
import org.provlens.importer.core.prov.ProvJsonSyntax.Kind;
import org.provlens.importer.core.prov.ProvJsonSyntax.Shape;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Checks that a document has the structure of PROV-JSON (W3C Member Submission, 24 April 2013, and its JSON
 * schema), and ProvLens's stricter profile of it:
 * <ul>
 * <li>the top-level keys are PROV-JSON's ({@code prefix}, {@code entity}, {@code activity}, {@code agent}, the
 * relation types, {@code bundle}), each a map from identifiers to records (an object, or an array of objects for
 * several records sharing an identifier);</li>
 * <li>prefix names match the schema's {@code [A-Za-z0-9_-]+} and map to absolute IRIs; identifiers and attribute
 * names are qualified names whose prefixes are declared (or predefined: {@code prov}, {@code xsd}, {@code _} for
 * blank nodes);</li>
 * <li>every relation has its required formal attributes, and every identifier in them refers to an element
 * declared in the document with the right kind (an entity for {@code prov:entity}, ...) or, for
 * {@code prov:generation} and {@code prov:usage}, to a declared {@code wasGeneratedBy} or {@code used}. PROV itself
 * lets a relation name an undeclared element, and {@link ProvJsonImporter} infers it from the role; ProvLens's
 * exports never leave one undeclared, which this check confirms;</li>
 * <li>{@code prov:time}, {@code prov:startTime} and {@code prov:endTime} are {@code xsd:dateTime} strings;</li>
 * <li>attribute values are strings, numbers, booleans, typed literals ({@code {"$": …, "type": …}}, or
 * {@code "lang"} for a language-tagged string) or arrays of those; typed literals have a datatype with a declared
 * prefix and a lexical form valid for it (XML Schema numbers, booleans, dates, qualified names, and
 * {@code provlens:JSON}); the PROV namespace holds only {@code prov:type}, {@code prov:label},
 * {@code prov:location}, {@code prov:role} and {@code prov:value} besides formal attributes.</li>
 * </ul>
 * <p>A document is read twice, a record at a time, never held whole: validating a file needs memory for its
 * identifiers only.</p>
 */
public final class ProvJsonValidator {

    private final List<String> problems = new ArrayList<>();

    /** Opens the document, once per pass. */
    private interface Source {
        /**
         * A new stream of the document's bytes.
         *
         * @return it, positioned after a byte-order mark if any
         * @throws IOException when it cannot be opened
         */
        InputStream open() throws IOException;
    }

    private ProvJsonValidator() {
    }

    /**
     * Validates a file. The file is read twice, a record at a time (declarations, then records), so a document of
     * any size validates in little memory.
     *
     * @param file the document
     * @return every problem found, each naming the record and attribute; empty when the document is valid
     * @throws IOException when the file cannot be read
     */
    public static List<String> validate(Path file) throws IOException {
        return validate(() -> TextInputs.open(file));
    }

    /**
     * Validates a document in memory.
     *
     * @param json the document's bytes (UTF-8)
     * @return every problem found; empty when the document is valid
     */
    public static List<String> validate(byte[] json) {
        byte[] text = TextInputs.stripBom(json);
        try {
            return validate(() -> new ByteArrayInputStream(text));
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory failed", e);
        }
    }

    /**
     * Validates a document read from a stream, which is read into memory first (validation reads a document twice);
     * validate a file with {@link #validate(Path)}.
     *
     * @param in the document; not closed
     * @return every problem found; empty when the document is valid
     * @throws IOException when the stream fails
     */
    public static List<String> validate(InputStream in) throws IOException {
        return validate(in.readAllBytes());
    }

    private static List<String> validate(Source source) throws IOException {
        ProvJsonValidator validator = new ProvJsonValidator();
        Scope document = new Scope(null);
        List<Scope> bundles = new ArrayList<>();
        try (InputStream in = source.open(); JsonParser parser = ProvJsonValues.FACTORY.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return List.of("a PROV-JSON document is a JSON object");
            }
            validator.declarations(parser, document, "", true, bundles);
            if (parser.nextToken() != null) {
                validator.problems.add("more than one JSON value in the document");
            }
        } catch (JsonProcessingException e) {
            return List.of(notJson(e));
        }
        validator.pending.forEach(Runnable::run);
        try (InputStream in = source.open(); JsonParser parser = ProvJsonValues.FACTORY.createParser(in)) {
            parser.nextToken();
            validator.records(parser, document, "", true, bundles.iterator());
        } catch (JsonProcessingException e) {
            // The first pass read the same bytes without fault.
            validator.problems.add(notJson(e));
        }
        return List.copyOf(validator.problems);
    }

    private static String notJson(JsonProcessingException e) {
        return "not JSON: " + e.getOriginalMessage() + " at line "
                + (e.getLocation() == null ? "?" : e.getLocation().getLineNr());
    }

    /**
     * The prefixes of one container, and the names declared anywhere in the document (bundles included: an
     * identifier denotes the same element wherever it is used), by kind, as full IRIs.
     */
    private static final class Scope {
        final Scope parent;
        final Map<String, String> prefixes = new HashMap<>();
        final Map<Kind, Set<String>> declared;

        Scope(Scope parent) {
            this.parent = parent;
            this.declared = parent == null ? new HashMap<>() : parent.declared;
        }

        String namespace(String prefix) {
            for (Scope s = this; s != null; s = s.parent) {
                if (s.prefixes.containsKey(prefix)) {
                    return s.prefixes.get(prefix);
                }
            }
            return "prov".equals(prefix) ? ProvNames.PROV_NS : "xsd".equals(prefix) ? ProvNames.XSD_NS : null;
        }

        /** The IRI of a qualified name; blank nodes stand for themselves; {@code null} when a prefix is undeclared. */
        String resolve(String qname) {
            int colon = qname.indexOf(':');
            String prefix = colon < 0 ? "default" : qname.substring(0, colon);
            if ("_".equals(prefix)) {
                return qname;
            }
            String ns = namespace(prefix);
            return ns == null ? null : ns + qname.substring(colon + 1);
        }

        boolean isDeclared(Kind kind, String iri) {
            List<Kind> kinds = kind == Kind.ANY ? List.of(Kind.ENTITY, Kind.ACTIVITY, Kind.AGENT) : List.of(kind);
            return kinds.stream().anyMatch(k -> declared.getOrDefault(k, Set.of()).contains(iri));
        }

        void declare(Kind kind, String iri) {
            declared.computeIfAbsent(kind, k -> new HashSet<>()).add(iri);
        }
    }

    /** Declarations to resolve once every prefix of the document is known (a prefix map may come last). */
    private final List<Runnable> pending = new ArrayList<>();

    private final ProvJsonValues values = new ProvJsonValues();

    /**
     * The first pass over a container: its keys, prefixes and the shape of its record maps, and the identifiers it
     * declares; the records themselves are skipped.
     */
    private void declarations(JsonParser parser, Scope scope, String where, boolean topLevel, List<Scope> bundles)
            throws IOException {
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            JsonToken token = parser.nextToken();
            if (!ProvJsonSyntax.TOP_LEVEL_KEYS.contains(name) || !topLevel && ProvJsonSyntax.BUNDLE.equals(name)) {
                problems.add(where + "'" + name + "' is not a PROV-JSON " + (topLevel ? "top-level key" : "bundle key"));
                parser.skipChildren();
            } else if (ProvJsonSyntax.PREFIX.equals(name)) {
                prefixes(values.read(parser), scope, where);
            } else if (ProvJsonSyntax.BUNDLE.equals(name)) {
                if (token != JsonToken.START_OBJECT) {
                    problems.add("'bundle' must map bundle identifiers to bundles");
                    parser.skipChildren();
                    continue;
                }
                for (String id = parser.nextFieldName(); id != null; id = parser.nextFieldName()) {
                    String bundleId = id;
                    pending.add(() -> {
                        String iri = identifier(bundleId, scope, "bundle " + bundleId);
                        if (iri != null) {
                            scope.declare(Kind.BUNDLE, iri);
                        }
                    });
                    if (parser.nextToken() == JsonToken.START_OBJECT) {
                        Scope bundle = new Scope(scope);
                        bundles.add(bundle);
                        declarations(parser, bundle, "bundle " + id + ": ", false, bundles);
                    } else {
                        problems.add("bundle " + id + " is not a JSON object");
                        parser.skipChildren();
                    }
                }
            } else if (token != JsonToken.START_OBJECT) {
                problems.add(where + "'" + name + "' must map identifiers to records");
                parser.skipChildren();
            } else {
                declare(parser, scope, where, name);
            }
        }
    }

    /** Declares the identifiers of one record map and checks that its records are objects. */
    private void declare(JsonParser parser, Scope scope, String where, String type) throws IOException {
        Kind kind = switch (type) {
            case ProvJsonSyntax.ENTITY -> Kind.ENTITY;
            case ProvJsonSyntax.ACTIVITY -> Kind.ACTIVITY;
            case ProvJsonSyntax.AGENT -> Kind.AGENT;
            case "wasGeneratedBy" -> Kind.GENERATION;
            case "used" -> Kind.USAGE;
            default -> null;
        };
        for (String id = parser.nextFieldName(); id != null; id = parser.nextFieldName()) {
            JsonToken token = parser.nextToken();
            boolean objects = token == JsonToken.START_OBJECT;
            if (token == JsonToken.START_ARRAY) {
                objects = true;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    objects &= parser.currentToken() == JsonToken.START_OBJECT;
                    parser.skipChildren();
                }
            } else {
                parser.skipChildren();
            }
            if (!objects) {
                problems.add(where + type + " " + id + ": a record must be a JSON object (or an array of them)");
            }
            String recordId = id;
            pending.add(() -> {
                String iri = identifier(recordId, scope, where + type + " " + recordId);
                if (iri != null && kind != null) {
                    scope.declare(kind, iri);
                }
            });
        }
    }

    /** The second pass over a container: checks each record against the declarations of the whole document. */
    private void records(JsonParser parser, Scope scope, String where, boolean topLevel, Iterator<Scope> bundles)
            throws IOException {
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            JsonToken token = parser.nextToken();
            if (topLevel && ProvJsonSyntax.BUNDLE.equals(name) && token == JsonToken.START_OBJECT) {
                for (String id = parser.nextFieldName(); id != null; id = parser.nextFieldName()) {
                    if (parser.nextToken() == JsonToken.START_OBJECT) {
                        records(parser, bundles.next(), "bundle " + id + ": ", false, bundles);
                    } else {
                        parser.skipChildren();
                    }
                }
            } else if (ProvJsonSyntax.SHAPES.containsKey(name) && token == JsonToken.START_OBJECT) {
                for (String id = parser.nextFieldName(); id != null; id = parser.nextFieldName()) {
                    if (parser.nextToken() == JsonToken.START_ARRAY) {
                        while (parser.nextToken() != JsonToken.END_ARRAY) {
                            check(parser, name, id, scope, where);
                        }
                    } else {
                        check(parser, name, id, scope, where);
                    }
                }
            } else {
                parser.skipChildren();
            }
        }
    }

    private void check(JsonParser parser, String type, String id, Scope scope, String where) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren(); // reported by the first pass
            return;
        }
        Object record = values.read(parser);
        if (values.tooDeep()) {
            problems.add(where + type + " " + id + ": nested deeper than " + ProvJsonValues.MAX_DEPTH
                    + " levels, which no PROV-JSON record is");
        } else if (record instanceof Map<?, ?> map) {
            record(type, id, map, scope, where + type + " " + id);
        }
    }

    private void prefixes(Object value, Scope scope, String where) {
        if (!(value instanceof Map<?, ?> map)) {
            problems.add(where + "'prefix' must be a JSON object");
            return;
        }
        map.forEach((prefix, iri) -> {
            String name = String.valueOf(prefix);
            if (!ProvNames.isPrefix(name)) {
                problems.add(where + "prefix '" + name + "' is not a valid prefix name");
            }
            if (!(iri instanceof String text) || !isAbsoluteIri(text)) {
                problems.add(where + "prefix '" + name + "' must map to an absolute IRI, found " + JsonTrees.toJson(iri));
            } else {
                scope.prefixes.put(name, text);
            }
        });
    }

    private static boolean isAbsoluteIri(String text) {
        try {
            return new URI(text).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Checks an identifier and returns its IRI, or {@code null} after reporting. */
    private String identifier(String qname, Scope scope, String where) {
        if (!ProvNames.isQualifiedName(qname)) {
            problems.add(where + ": '" + qname + "' is not a qualified name");
            return null;
        }
        String iri = scope.resolve(qname);
        if (iri == null) {
            problems.add(where + ": the prefix of '" + qname + "' is not declared");
        }
        return iri;
    }

    private void record(String type, String id, Map<?, ?> record, Scope scope, String where) {
        Shape shape = ProvJsonSyntax.SHAPES.get(type);
        for (String required : shape.required()) {
            if (!record.containsKey(required)) {
                problems.add(where + ": the required " + required + " is missing");
            }
        }
        for (Map.Entry<?, ?> attribute : record.entrySet()) {
            String name = String.valueOf(attribute.getKey());
            Object value = attribute.getValue();
            Kind kind = shape.attributes().get(name);
            if (kind != null) {
                formal(name, kind, value, type, scope, where);
                continue;
            }
            if (shape.closed()) {
                problems.add(where + ": " + type + " has no attribute " + name);
                continue;
            }
            if (!ProvNames.isQualifiedName(name)) {
                problems.add(where + ": attribute name '" + name + "' is not a qualified name");
            } else if (scope.resolve(name) == null) {
                problems.add(where + ": the prefix of attribute " + name + " is not declared");
            } else if (ProvNames.PROV_NS.equals(scope.namespace(prefixOf(name)))
                    && !ProvJsonSyntax.PROV_ATTRIBUTES.contains("prov:" + name.substring(name.indexOf(':') + 1))) {
                problems.add(where + ": " + name + " is not a PROV attribute of " + type);
            }
            if (value instanceof List<?> list) {
                for (Object element : list) {
                    if (element instanceof List) {
                        problems.add(where + ": " + name + ": arrays of values cannot nest");
                    } else {
                        literal(element, scope, where + ": " + name);
                    }
                }
            } else {
                literal(value, scope, where + ": " + name);
            }
        }
    }

    private static String prefixOf(String qname) {
        int colon = qname.indexOf(':');
        return colon < 0 ? "default" : qname.substring(0, colon);
    }

    private void formal(String name, Kind kind, Object value, String type, Scope scope, String where) {
        switch (kind) {
            case TIME -> {
                if (!(value instanceof String text) || !XsdLiterals.isDateTime(text)) {
                    problems.add(where + ": " + name + " must be an xsd:dateTime string, found " + JsonTrees.toJson(value));
                }
            }
            case KEY_ENTITY_SET, KEY_SET -> {
                // Dictionary structures: present is all ProvLens checks.
            }
            default -> {
                List<?> values = value instanceof List<?> list && "hadMember".equals(type) && "prov:entity".equals(name)
                        ? list : List.of(value == null ? List.of() : value);
                for (Object element : values) {
                    if (!(element instanceof String qname)) {
                        problems.add(where + ": " + name + " must be an identifier, found " + JsonTrees.toJson(element));
                        continue;
                    }
                    String iri = identifier(qname, scope, where + ": " + name);
                    if (iri != null && !scope.isDeclared(kind, iri)) {
                        problems.add(where + ": " + name + " " + qname + " is not a declared " + describe(kind));
                    }
                }
            }
        }
    }

    private static String describe(Kind kind) {
        return switch (kind) {
            case ENTITY -> "entity";
            case ACTIVITY -> "activity";
            case AGENT -> "agent";
            case GENERATION -> "wasGeneratedBy record";
            case USAGE -> "used record";
            case BUNDLE -> "bundle";
            default -> "element";
        };
    }

    private void literal(Object value, Scope scope, String where) {
        switch (value) {
            case String s -> {
                // A plain string.
            }
            case Boolean b -> {
                // A plain boolean.
            }
            case Double d when Double.isNaN(d) || Double.isInfinite(d) -> problems.add(where
                    + ": NaN and infinities are not JSON numbers; write {\"$\": \"NaN\", \"type\": \"xsd:double\"}");
            case Number n -> {
                // A plain number.
            }
            case ProvJsonValues.NumberText big -> {
                // A plain number beyond a long or double.
            }
            case Map<?, ?> map -> typedLiteral(map, scope, where);
            case null, default -> problems.add(where + ": expected a literal, found " + JsonTrees.toJson(value));
        }
    }

    private void typedLiteral(Map<?, ?> map, Scope scope, String where) {
        for (Object key : map.keySet()) {
            if (!"$".equals(key) && !"type".equals(key) && !"lang".equals(key)) {
                problems.add(where + ": a typed literal has no key '" + key + "'");
            }
        }
        Object lexical = map.get("$");
        Object type = map.get("type");
        Object lang = map.get("lang");
        if (!(lexical instanceof String || lexical instanceof Number || lexical instanceof Boolean)) {
            problems.add(where + ": a typed literal needs a string, number or boolean \"$\"");
            return;
        }
        if (lang != null && (!(lang instanceof String) || !(lexical instanceof String))) {
            problems.add(where + ": \"lang\" must be a string tagging a string \"$\"");
        }
        if (type == null) {
            if (lang == null) {
                problems.add(where + ": a typed literal needs a \"type\"");
            }
            return;
        }
        if (!(type instanceof String datatype)) {
            problems.add(where + ": \"type\" must be a string");
            return;
        }
        String datatypeIri = datatype.contains("://") ? datatype : scope.resolve(datatype);
        if (datatypeIri == null || !datatype.contains("://") && !ProvNames.isQualifiedName(datatype)) {
            problems.add(where + ": datatype '" + datatype + "' is not a qualified name with a declared prefix");
            return;
        }
        String text = String.valueOf(lexical);
        String invalid = XsdLiterals.check(datatypeIri, text);
        if (invalid != null) {
            problems.add(where + ": " + invalid);
        } else if ((ProvNames.XSD_NS + "QName").equals(datatypeIri)
                || (ProvNames.PROV_NS + "QUALIFIED_NAME").equals(datatypeIri)) {
            if (!ProvNames.isQualifiedName(text) || scope.resolve(text) == null) {
                problems.add(where + ": '" + text + "' is not a qualified name with a declared prefix");
            }
        } else if ((ProvNames.PROVLENS_NS + "JSON").equals(datatypeIri) && !Measurements.isJson(text)) {
            problems.add(where + ": '" + text + "' is not JSON");
        }
    }

}
