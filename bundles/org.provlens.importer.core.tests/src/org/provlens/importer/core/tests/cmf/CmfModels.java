package org.provlens.importer.core.tests.cmf;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.provlens.model.Artifact;
import org.provlens.model.ArtifactLink;
import org.provlens.model.Execution;
import org.provlens.model.Parameter;
import org.provlens.model.StringProperty;
import org.provlens.model.Task;
import org.provlens.model.Workspace;

/** Looks up and describes what CMF imports produce, for assertions. */
final class CmfModels {

    private CmfModels() {
    }

    static Map<String, Task> tasksById(Workspace workspace) {
        Map<String, Task> tasks = new LinkedHashMap<>();
        for (TreeIterator<EObject> it = workspace.eAllContents(); it.hasNext();) {
            if (it.next() instanceof Task task) {
                tasks.put(task.getId(), task);
            }
        }
        return tasks;
    }

    static Artifact artifact(Workspace workspace, String id) {
        return workspace.getArtifacts().stream().filter(a -> id.equals(a.getId())).findFirst().orElse(null);
    }

    static Parameter parameter(Execution execution, String key) {
        return execution.getParameters().stream().filter(p -> key.equals(p.getKey())).findFirst().orElse(null);
    }

    static String property(Execution execution, String key) {
        return value(execution.getProperties(), key);
    }

    static String property(Artifact artifact, String key) {
        return value(artifact.getProperties(), key);
    }

    private static String value(Iterable<StringProperty> properties, String key) {
        for (StringProperty property : properties) {
            if (key.equals(property.getKey())) {
                return property.getValue();
            }
        }
        return null;
    }

    static double metric(Execution execution, String key) {
        return execution.getMetrics().stream().filter(m -> key.equals(m.getKey())).findFirst()
                .orElseThrow(() -> new AssertionError("no metric " + key + " on " + execution.getId())).getValue();
    }

    /**
     * Every task with its place, activity, parameters, properties, metrics and links, and every artifact, as text:
     * what two imports of the same pipeline must agree on. Times are left out when the sources differ in them (an
     * export has no event times).
     */
    static String describe(Workspace workspace, boolean withTimes) {
        String tasks = tasksById(workspace).values().stream().sorted(Comparator.comparing(Task::getId))
                .map(t -> t.getId() + " in " + (t.getParent() != null ? t.getParent().getId() : t.getWorkflow().getId())
                        + " " + t.getActivity() + " " + t.getStatus()
                        + (withTimes ? " " + t.getStartedAt() + "-" + t.getEndedAt() : "")
                        + " p" + t.getParameters().stream()
                                .map(p -> p.getKey() + "=" + p.getValue() + ":" + p.getType()).toList()
                        + " s" + t.getProperties().stream().map(p -> p.getKey() + "=" + p.getValue()).toList()
                        + " m" + t.getMetrics().stream().map(m -> m.getKey() + "=" + m.getValue()).toList()
                        + " u" + links(t.getUsed(), withTimes) + " g" + links(t.getGenerated(), withTimes))
                .collect(Collectors.joining("\n"));
        String artifacts = workspace.getArtifacts().stream().sorted(Comparator.comparing(Artifact::getId))
                .map(a -> a.getId() + " " + a.getKind() + " " + a.getName() + " " + a.getUri() + " "
                        + a.getContentHash() + " "
                        + a.getProperties().stream().map(p -> p.getKey() + "=" + p.getValue()).sorted().toList())
                .collect(Collectors.joining("\n"));
        String workflows = workspace.getCampaigns().stream()
                .flatMap(c -> c.getWorkflows().stream()
                        .map(w -> c.getId() + "/" + w.getId() + " " + w.getName() + " " + w.getStatus()
                                + (withTimes ? " " + w.getStartedAt() + "-" + w.getEndedAt() : "")))
                .collect(Collectors.joining("\n"));
        return workflows + "\n" + tasks + "\n" + artifacts;
    }

    private static String links(Iterable<ArtifactLink> links, boolean withTimes) {
        StringBuilder text = new StringBuilder("[");
        for (ArtifactLink link : links) {
            text.append(link.getArtifact().getId()).append(':').append(link.getRole());
            if (withTimes) {
                text.append('@').append(link.getTime());
            }
            text.append(' ');
        }
        return text.append(']').toString();
    }
}
