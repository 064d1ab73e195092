package org.provlens.importer.core.prov;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The namespaces ProvLens writes in PROV-JSON and the escaping that turns any source id or key into the local part
 * of a valid qualified name.
 *
 * <h2>Identifiers</h2>
 * <p>Each kind of model element has its own namespace, so that a workflow, a task and an artifact that share a
 * source id stay distinct PROV identifiers: {@code workflow:<id>}, {@code task:<id>}, {@code artifact:<id>},
 * {@code agent:<id>}. Parameters, metrics and other properties of an execution are attributes in their own
 * namespaces: {@code param:<key>}, {@code metric:<key>} (with {@code metric:<key>@unit} and
 * {@code metric:<key>@step} when known) and {@code prop:<key>}; ProvLens's own attributes and types are in
 * {@code provlens:}.</p>
 *
 * <h2>Escaping</h2>
 * <p>The local part of a PROV qualified name follows PROV-N's {@code PN_LOCAL} production. ProvLens keeps ASCII
 * letters, digits, {@code _} and {@code /} as they are, {@code -} except as the first character and {@code .}
 * except as the first or last character; every other character, {@code %} and {@code @} included, is written as
 * {@code %XX} per UTF-8 byte (PN_LOCAL's {@code PERCENT} form). Percent-escapes also keep the expanded IRI valid,
 * and since {@code @} is always escaped in keys an unescaped {@code @} is free to separate a metric key from its
 * {@code unit}/{@code step} suffix. {@link #unescape(String)} reverses this exactly, and also undoes PROV-N's
 * backslash escapes ({@code \:} and the like) found in documents written by other tools.</p>
 */
public final class ProvNames {

    /** The PROV namespace, predefined in every PROV document. */
    public static final String PROV_NS = "http://www.w3.org/ns/prov#";

    /** XML Schema datatypes, predefined in every PROV document. */
    public static final String XSD_NS = "http://www.w3.org/2001/XMLSchema#";

    /** ProvLens attributes ({@code provlens:status}, ...) and types ({@code provlens:Task}, ...). */
    public static final String PROVLENS_NS = "https://provlens.org/ns#";

    /** Parameters of an execution: {@code param:<key>}. */
    public static final String PARAM_NS = "https://provlens.org/ns/param#";

    /** Metrics of an execution: {@code metric:<key>}. */
    public static final String METRIC_NS = "https://provlens.org/ns/metric#";

    /** Other properties of an execution or artifact: {@code prop:<key>}. */
    public static final String PROPERTY_NS = "https://provlens.org/ns/property#";

    /** Workflow run identifiers. */
    public static final String WORKFLOW_NS = "https://provlens.org/id/workflow/";

    /** Task identifiers. */
    public static final String TASK_NS = "https://provlens.org/id/task/";

    /** Artifact identifiers. */
    public static final String ARTIFACT_NS = "https://provlens.org/id/artifact/";

    /** Agent identifiers. */
    public static final String AGENT_NS = "https://provlens.org/id/agent/";

    /** The prefix map ProvLens writes, in the order written. */
    public static final Map<String, String> PREFIXES;

    static {
        Map<String, String> prefixes = new LinkedHashMap<>();
        prefixes.put("provlens", PROVLENS_NS);
        prefixes.put("workflow", WORKFLOW_NS);
        prefixes.put("task", TASK_NS);
        prefixes.put("artifact", ARTIFACT_NS);
        prefixes.put("agent", AGENT_NS);
        prefixes.put("param", PARAM_NS);
        prefixes.put("metric", METRIC_NS);
        prefixes.put("prop", PROPERTY_NS);
        prefixes.put("xsd", XSD_NS);
        PREFIXES = Collections.unmodifiableMap(prefixes);
    }

    /** The namespaces whose local parts are ProvLens-escaped source ids or keys. */
    static final Set<String> ESCAPED_NAMESPACES = Set.of(WORKFLOW_NS, TASK_NS, ARTIFACT_NS,
            AGENT_NS, PARAM_NS, METRIC_NS, PROPERTY_NS);

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private ProvNames() {
    }

    /**
     * Escapes a source id or key into the local part of a qualified name.
     *
     * @param text any text, may be empty
     * @return a valid PN_LOCAL (empty for empty text)
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        int last = text.length() - 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean keep = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
                    || c == '/' || c == '-' && i > 0 || c == '.' && i > 0 && i < last;
            if (keep) {
                out.append(c);
                continue;
            }
            int end = Character.isHighSurrogate(c) && i < last ? i + 2 : i + 1;
            byte[] bytes = text.substring(i, end).getBytes(StandardCharsets.UTF_8);
            for (byte b : bytes) {
                out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
            i = end - 1;
        }
        return out.toString();
    }

    /**
     * Reverses {@link #escape(String)}: decodes {@code %XX} sequences as UTF-8 and PROV-N backslash escapes.
     *
     * @param local a local part
     * @return the source id or key
     */
    public static String unescape(String local) {
        if (local.indexOf('%') < 0 && local.indexOf('\\') < 0) {
            return local;
        }
        StringBuilder out = new StringBuilder(local.length());
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            if (c == '%' && i + 2 < local.length() && hex(local.charAt(i + 1)) >= 0 && hex(local.charAt(i + 2)) >= 0) {
                pending.write(hex(local.charAt(i + 1)) * 16 + hex(local.charAt(i + 2)));
                i += 2;
                continue;
            }
            flush(pending, out);
            if (c == '\\' && i + 1 < local.length()) {
                out.append(local.charAt(++i));
            } else {
                out.append(c);
            }
        }
        flush(pending, out);
        return out.toString();
    }

    private static void flush(ByteArrayOutputStream pending, StringBuilder out) {
        if (pending.size() > 0) {
            out.append(pending.toString(StandardCharsets.UTF_8));
            pending.reset();
        }
    }

    private static int hex(char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'F' ? c - 'A' + 10 : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    }

    /**
     * Whether text is a qualified name by PROV-N's grammar: an optional prefix ({@code [A-Za-z0-9_-]+}, as the
     * PROV-JSON schema allows for prefix names, or {@code _} for blank nodes), a colon, and a PN_LOCAL.
     *
     * @param text the text
     * @return true when it is a qualified name
     */
    public static boolean isQualifiedName(String text) {
        int colon = text.indexOf(':');
        if (colon >= 0 && !isPrefix(text.substring(0, colon))) {
            return false;
        }
        return isLocal(text.substring(colon + 1));
    }

    /**
     * Whether text is a prefix name the PROV-JSON schema allows.
     *
     * @param prefix the prefix
     * @return true for {@code [A-Za-z0-9_-]+}
     */
    public static boolean isPrefix(String prefix) {
        if (prefix.isEmpty()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            char c = prefix.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether text is a PN_LOCAL of PROV-N (empty included: {@code ex:} alone is a qualified name).
     *
     * @param local the local part
     * @return true when valid
     */
    static boolean isLocal(String local) {
        int length = local.length();
        for (int i = 0; i < length; i++) {
            char c = local.charAt(i);
            if (c == '%') {
                if (i + 2 >= length || hex(local.charAt(i + 1)) < 0 || hex(local.charAt(i + 2)) < 0) {
                    return false;
                }
                i += 2;
            } else if (c == '\\') {
                if (i + 1 >= length || "=\'(),-:;[].".indexOf(local.charAt(i + 1)) < 0) {
                    return false;
                }
                i++;
            } else if (c == '.') {
                if (i == 0 || i == length - 1) {
                    return false;
                }
            } else if (c == '-' || c >= '0' && c <= '9' || c == '\u00B7' || c >= '\u0300' && c <= '\u036F'
                    || c == '\u203F' || c == '\u2040') {
                // PN_CHARS that may not start a PN_LOCAL; digits may.
                if (i == 0 && !(c >= '0' && c <= '9')) {
                    return false;
                }
            } else if (!(c == '_' || "/@~&+*?#$!".indexOf(c) >= 0 || isBase(c))) {
                return false;
            }
        }
        return true;
    }

    /** PN_CHARS_BASE, with surrogates accepted for the supplementary planes. */
    private static boolean isBase(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '\u00C0' && c <= '\u00D6'
                || c >= '\u00D8' && c <= '\u00F6' || c >= '\u00F8' && c <= '\u02FF' || c >= '\u0370' && c <= '\u037D'
                || c >= '\u037F' && c <= '\u1FFF' || c >= '\u200C' && c <= '\u200D' || c >= '\u2070' && c <= '\u218F'
                || c >= '\u2C00' && c <= '\u2FEF' || c >= '\u3001' && c <= '\uD7FF' || c >= '\uF900' && c <= '\uFDCF'
                || c >= '\uFDF0' && c <= '\uFFFD' || Character.isSurrogate(c);
    }
}
