package org.provlens.importer.core.tests.prov;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.provlens.model.Agent;
import org.provlens.model.Artifact;
import org.provlens.model.ArtifactLink;
import org.provlens.model.Campaign;
import org.provlens.model.EnergyEstimate;
import org.provlens.model.Execution;
import org.provlens.model.Series;
import org.provlens.model.StringProperty;
import org.provlens.model.Task;
import org.provlens.model.Telemetry;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;

/**
 * Everything a PROV-JSON round trip must keep, as text in model order: campaigns, runs and the task tree (children
 * in order), times as exact doubles, statuses, typed parameters, metrics, properties, links, dependencies, agents,
 * telemetry, series and energy; then artifacts and agents. Two workspaces are equal for the round trip when their
 * dumps are.
 */
final class ModelDump {

    private ModelDump() {
    }

    static String of(Workspace workspace) {
        StringBuilder out = new StringBuilder();
        for (Campaign campaign : workspace.getCampaigns()) {
            out.append("campaign ").append(campaign.getId()).append(" name=").append(campaign.getName())
                    .append(" description=").append(campaign.getDescription()).append('\n');
            for (Workflow workflow : campaign.getWorkflows()) {
                execution(out, workflow, "  ");
                out.append("    subtype=").append(workflow.getSubtype()).append(" parent=")
                        .append(workflow.getParent() == null ? null : workflow.getParent().getId()).append('\n');
                for (Task task : workflow.getTasks()) {
                    task(out, task, "    ");
                }
            }
        }
        for (Artifact artifact : workspace.getArtifacts()) {
            out.append("artifact ").append(artifact.getId()).append(' ').append(artifact.getKind()).append(" name=")
                    .append(artifact.getName()).append(" uri=").append(artifact.getUri()).append(" hash=")
                    .append(artifact.getContentHash()).append(" size=").append(artifact.getSize())
                    .append(properties(artifact.getProperties())).append('\n');
        }
        for (Agent agent : workspace.getAgents()) {
            out.append("agent ").append(agent.getId()).append(' ').append(agent.getKind()).append(" name=")
                    .append(agent.getName()).append(" version=").append(agent.getVersion()).append('\n');
        }
        return out.toString();
    }

    private static void task(StringBuilder out, Task task, String indent) {
        execution(out, task, indent);
        out.append(indent).append("  activity=").append(task.getActivity()).append(" subtype=")
                .append(task.getSubtype()).append(" group=").append(task.getGroupId()).append(" tags=")
                .append(task.getTags()).append(" stdout=").append(task.getStdout()).append(" stderr=")
                .append(task.getStderr()).append(" dependencies=")
                .append(task.getDependencies().stream().map(Task::getId).toList()).append('\n');
        for (Task child : task.getChildren()) {
            task(out, child, indent + "  ");
        }
    }

    private static void execution(StringBuilder out, Execution e, String indent) {
        out.append(indent).append(e.eClass().getName()).append(' ').append(e.getId()).append(" name=")
                .append(e.getName()).append(' ').append(e.getStatus()).append(" submitted=")
                .append(e.getSubmittedAt()).append(" started=").append(e.getStartedAt()).append(" ended=")
                .append(e.getEndedAt()).append(" host=").append(e.getHost() == null ? null : e.getHost().getId())
                .append(" agent=").append(e.getAgent() == null ? null : e.getAgent().getId()).append('\n');
        out.append(indent).append("  parameters=").append(e.getParameters().stream()
                .map(p -> p.getKey() + "=" + p.getValue() + ":" + p.getType()).toList()).append('\n');
        out.append(indent).append("  metrics=").append(e.getMetrics().stream()
                .map(m -> m.getKey() + "=" + m.getValue() + " " + m.getUnit() + " @" + m.getStep()).toList())
                .append('\n');
        out.append(indent).append(" ").append(properties(e.getProperties())).append('\n');
        out.append(indent).append("  used=").append(links(e.getUsed())).append(" generated=")
                .append(links(e.getGenerated())).append('\n');
        Telemetry telemetry = e.getTelemetry();
        if (telemetry != null) {
            out.append(indent).append("  telemetry ").append(telemetry.getSchema().getId()).append(' ')
                    .append(telemetry.getSchema().getChannels()).append(telemetry.getSchema().getUnits())
                    .append(Arrays.toString(telemetry.getAtStart())).append(Arrays.toString(telemetry.getAtEnd()))
                    .append('\n');
        }
        for (Series s : e.getSeries()) {
            out.append(indent).append("  series ").append(s.getKey()).append(' ').append(s.getKind()).append(' ')
                    .append(s.getUnit()).append(' ').append(s.getSource()).append(' ').append(s.getDevice())
                    .append(' ').append(s.getAxis()).append(Arrays.toString(s.getXs()))
                    .append(Arrays.toString(s.getYs())).append('\n');
        }
        for (EnergyEstimate en : e.getEnergy()) {
            out.append(indent).append("  energy ").append(en.getComponent()).append(' ').append(en.getJoules())
                    .append(' ').append(en.getMethod()).append(' ').append(en.getSource()).append(' ')
                    .append(en.getPueApplied()).append(' ').append(en.getCarbonIntensity()).append(' ')
                    .append(en.getCo2eGrams()).append('\n');
        }
    }

    private static String properties(List<StringProperty> properties) {
        return " properties=" + properties.stream().map(p -> p.getKey() + "=" + p.getValue())
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static String links(List<ArtifactLink> links) {
        return links.stream().map(l -> l.getArtifact().getId() + "/" + l.getRole() + "@" + l.getTime()).toList()
                .toString();
    }
}
