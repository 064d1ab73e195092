package org.provlens.compare.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import org.provlens.analysis.core.Column;
import org.provlens.compare.core.ConfigRow;
import org.provlens.model.Artifact;
import org.provlens.model.ArtifactLink;
import org.provlens.model.Device;
import org.provlens.model.Execution;
import org.provlens.model.Host;
import org.provlens.model.Parameter;
import org.provlens.model.StringProperty;
import org.provlens.model.Task;
import org.provlens.model.Workflow;
import org.provlens.model.util.Tasks;

/**
 * The configuration of runs, aligned by key: parameters ({@code used.<key>}), the artifacts they used by content
 * hash ({@code artifact.<role>}, in the section of the artifact's kind: data, model, code, environment), the code
 * version ({@code code.*}: Flowcept's {@code code_repository}, MLflow's {@code mlflow.source.*} tags, CMF's
 * {@code Git_*} properties), the environment ({@code environment.*}: Flowcept's {@code machine_info} without the
 * host name, so runs on other nodes align) and the hosts and sites. A value that is a dict or list (JSON or a
 * Python literal) is compared structurally and adds a row per leaf.
 */
public final class ConfigDiff {

    /** The sections, in the order rows are listed. */
    public static final List<String> SECTIONS = List.of("parameter", "data", "model", "code", "environment", "host",
            "artifact");

    /** Nested values with more leaves stay one row of text. */
    private static final int MAX_LEAVES = 500;

    /** Flowcept's property prefixes of the environment and the code, and what they become. */
    private static final Map<String, String> PREFIXES = Map.of("code_repository.", "code.", "mlflow.source.",
            "code.");
    private static final Map<String, String> RENAMED = Map.of("Git_Repo", "code.git_repo", "Git_Start_Commit",
            "code.git_start_commit", "Git_End_Commit", "code.git_end_commit", "flowcept_version",
            "environment.flowcept_version", "sys_name", "environment.sys_name");
    private static final String MACHINE_INFO = "machine_info.";

    private ConfigDiff() {
    }

    /**
     * One configuration value of one run.
     *
     * @param section its section
     * @param text its value as text
     */
    public record Entry(String section, String text) {
    }

    /**
     * The configuration of one execution, by key.
     *
     * @param execution the run or task
     * @param hosts the hosts it and its tasks ran on
     * @return key to value, in the order found
     */
    public static Map<String, Entry> entries(Execution execution, Collection<Host> hosts) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        Execution source = configured(execution);
        // A parameter that names a used artifact (Flowcept's paths in used) is compared as the artifact.
        java.util.Set<String> roles = new java.util.HashSet<>();
        for (ArtifactLink link : Tasks.used(source)) {
            if (link.getArtifact() != null && link.getRole() != null) {
                roles.add(link.getRole());
            }
        }
        for (Parameter parameter : Tasks.parameters(source)) {
            if (!roles.contains(parameter.getKey())) {
                put(entries, "parameter", "used." + parameter.getKey(), parameter.getValue());
            }
        }
        Map<String, TreeSet<String>> artifacts = new LinkedHashMap<>();
        Map<String, String> sections = new LinkedHashMap<>();
        for (ArtifactLink link : Tasks.used(source)) {
            Artifact artifact = link.getArtifact();
            if (artifact == null) {
                continue;
            }
            String role = link.getRole() != null && !link.getRole().isEmpty() ? link.getRole()
                    : artifact.getName() != null ? artifact.getName() : artifact.getId();
            String key = "artifact." + role;
            sections.putIfAbsent(key, switch (artifact.getKind()) {
                case DATASET, DATASLICE, LABEL -> "data";
                case MODEL -> "model";
                case CODE -> "code";
                case ENVIRONMENT -> "environment";
                default -> "artifact";
            });
            artifacts.computeIfAbsent(key, k -> new TreeSet<>()).add(identity(artifact));
        }
        artifacts.forEach((key, ids) -> put(entries, sections.get(key), key, String.join(", ", ids)));
        Map<String, TreeSet<String>> properties = new LinkedHashMap<>();
        properties(execution, properties);
        if (execution instanceof Task task && Tasks.workflowOf(task) != null) {
            properties(Tasks.workflowOf(task), properties); // the code and environment of the task's run
        }
        properties.forEach((key, values) -> put(entries, key.substring(0, key.indexOf('.')), key,
                String.join(" | ", values)));
        hosts(hosts, entries);
        return entries;
    }

    /**
     * Where a run's configuration is: the run itself, or, for a workflow without parameters that has a single
     * top-level task (the {@code model_train} of a capture without a workflow record), that task.
     */
    private static Execution configured(Execution execution) {
        if (execution instanceof Workflow workflow && Tasks.parameters(workflow).isEmpty()
                && workflow.getTasks().size() == 1) {
            return workflow.getTasks().get(0);
        }
        return execution;
    }

    private static String identity(Artifact artifact) {
        if (artifact.getContentHash() != null && !artifact.getContentHash().isEmpty()) {
            return artifact.getContentHash();
        }
        return artifact.getUri() != null && !artifact.getUri().isEmpty() ? artifact.getUri() : artifact.getId();
    }

    private static void properties(Execution execution, Map<String, TreeSet<String>> into) {
        for (StringProperty property : Tasks.properties(execution)) {
            String key = property.getKey();
            String mapped = RENAMED.get(key);
            if (mapped == null && key.startsWith(MACHINE_INFO)) {
                int host = key.indexOf('.', MACHINE_INFO.length());
                mapped = host < 0 ? null : "environment." + key.substring(host + 1);
            }
            for (Map.Entry<String, String> prefix : PREFIXES.entrySet()) {
                if (mapped == null && key.startsWith(prefix.getKey())) {
                    mapped = prefix.getValue() + key.substring(prefix.getKey().length());
                }
            }
            if (mapped != null && property.getValue() != null) {
                into.computeIfAbsent(mapped, k -> new TreeSet<>()).add(property.getValue());
            }
        }
    }

    private static void hosts(Collection<Host> hosts, Map<String, Entry> entries) {
        TreeSet<String> names = new TreeSet<>();
        TreeSet<String> sites = new TreeSet<>();
        TreeSet<String> cpus = new TreeSet<>();
        TreeSet<String> gpus = new TreeSet<>();
        for (Host host : hosts) {
            names.add(host.getName() != null ? host.getName() : host.getId());
            if (host.getSite() != null) {
                sites.add(host.getSite().getName() != null ? host.getSite().getName() : host.getSite().getId());
            }
            if (host.getCpuModel() != null) {
                cpus.add(host.getCpuModel());
            }
            Map<String, Integer> models = new TreeMap<>();
            for (Device device : host.getDevices()) {
                if (device.getKind() == org.provlens.model.DeviceKind.GPU && device.getModel() != null) {
                    models.merge(device.getModel(), 1, Integer::sum);
                }
            }
            models.forEach((model, count) -> gpus.add(count + " × " + model));
        }
        put(entries, "host", "host", names.isEmpty() ? null : String.join(", ", names));
        put(entries, "host", "site", sites.isEmpty() ? null : String.join(", ", sites));
        put(entries, "host", "host.cpu", cpus.isEmpty() ? null : String.join(", ", cpus));
        put(entries, "host", "host.gpus", gpus.isEmpty() ? null : String.join(", ", gpus));
    }

    private static void put(Map<String, Entry> entries, String section, String key, String text) {
        if (text != null) {
            entries.putIfAbsent(key, new Entry(section, text));
        }
    }

    /**
     * The rows of several runs' configurations: the keys of every run, by section, in the order first found.
     *
     * @param runs each run's entries
     * @return the rows
     */
    public static List<ConfigRow> rows(List<Map<String, Entry>> runs) {
        Map<String, Map<String, String>> keysBySection = new LinkedHashMap<>();
        SECTIONS.forEach(s -> keysBySection.put(s, new LinkedHashMap<>()));
        for (Map<String, Entry> run : runs) {
            run.forEach((key, entry) -> keysBySection.computeIfAbsent(entry.section(), s -> new LinkedHashMap<>())
                    .putIfAbsent(key, key));
        }
        List<ConfigRow> rows = new ArrayList<>();
        keysBySection.forEach((section, keys) -> {
            for (String key : keys.keySet()) {
                String[] texts = new String[runs.size()];
                for (int r = 0; r < texts.length; r++) {
                    Entry entry = runs.get(r).get(key);
                    texts[r] = entry == null ? null : entry.text();
                }
                rows(section, key, texts, rows);
            }
        });
        return rows;
    }

    /** The row of a key and, when its values are nested, one row per leaf. */
    private static void rows(String section, String key, String[] texts, List<ConfigRow> rows) {
        Object[] trees = new Object[texts.length];
        boolean nested = false;
        for (int r = 0; r < texts.length; r++) {
            trees[r] = Literals.container(texts[r]);
            nested |= trees[r] != null;
        }
        if (!nested) {
            rows.add(new ConfigRow(section, key, 0, values(texts), !allEqual(texts)));
            return;
        }
        List<Map<String, Object>> leaves = new ArrayList<>();
        Map<String, Integer> paths = new LinkedHashMap<>();
        for (Object tree : trees) {
            Map<String, Object> flat = new LinkedHashMap<>();
            if (tree != null) {
                flatten(key, tree, 1, flat, paths);
            }
            leaves.add(flat);
        }
        if (paths.size() > MAX_LEAVES) {
            rows.add(new ConfigRow(section, key, 0, values(texts), !allEqual(texts)));
            return;
        }
        List<ConfigRow> parts = new ArrayList<>();
        boolean anyDiffers = false;
        for (Map.Entry<String, Integer> path : paths.entrySet()) {
            Object[] objects = new Object[texts.length];
            boolean[] present = new boolean[texts.length];
            String[] leafTexts = new String[texts.length];
            for (int r = 0; r < texts.length; r++) {
                present[r] = leaves.get(r).containsKey(path.getKey());
                objects[r] = leaves.get(r).get(path.getKey());
                leafTexts[r] = present[r] ? leafText(objects[r]) : null;
            }
            boolean differs = !sameLeaves(objects, present);
            anyDiffers |= differs;
            parts.add(new ConfigRow(section, path.getKey(), path.getValue(), values(leafTexts), differs));
        }
        // The value itself differs when its structure does, or when some run has no value or a plain one.
        boolean differs = anyDiffers;
        for (int r = 0; r < texts.length; r++) {
            differs |= trees[r] == null && texts[r] != null || (texts[r] == null) != (texts[0] == null);
        }
        rows.add(new ConfigRow(section, key, 0, values(texts), differs));
        rows.addAll(parts);
    }

    private static void flatten(String path, Object value, int depth, Map<String, Object> into,
            Map<String, Integer> paths) {
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            map.forEach((k, v) -> flatten(path + "." + k, v, depth + 1, into, paths));
        } else if (value instanceof List<?> list && !list.isEmpty()) {
            for (int i = 0; i < list.size(); i++) {
                flatten(path + "[" + i + "]", list.get(i), depth + 1, into, paths);
            }
        } else {
            into.put(path, value);
            paths.putIfAbsent(path, depth - 1);
        }
    }

    private static String leafText(Object leaf) {
        return switch (leaf) {
            case null -> "null";
            case Double d when d.isNaN() -> "NaN";
            case Double d -> Column.format(d);
            case Map<?, ?> map -> "{}";
            case List<?> list -> "[]";
            default -> leaf.toString();
        };
    }

    private static boolean sameLeaves(Object[] leaves, boolean[] present) {
        for (int r = 1; r < leaves.length; r++) {
            if (present[r] != present[0] || !sameLeaf(leaves[0], leaves[r])) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameLeaf(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            double p = x.doubleValue();
            double q = y.doubleValue();
            return p == q || Double.isNaN(p) && Double.isNaN(q);
        }
        return Objects.equals(a, b);
    }

    /** Equal texts, or texts of equal numbers ({@code 0.001} and {@code 1e-3}); a missing value equals only another. */
    static boolean allEqual(String[] texts) {
        for (int r = 1; r < texts.length; r++) {
            if (!sameText(texts[0], texts[r])) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameText(String a, String b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.equals(b)) {
            return true;
        }
        double x = number(a);
        double y = number(b);
        return !Double.isNaN(x) && x == y;
    }

    private static double number(String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            return Double.NaN; // not a number: compared as text
        }
    }

    private static List<String> values(String[] texts) {
        return Collections.unmodifiableList(Arrays.asList(texts.clone()));
    }
}
