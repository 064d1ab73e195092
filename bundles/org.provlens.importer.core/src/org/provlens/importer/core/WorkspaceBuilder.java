package org.provlens.importer.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.InternalEList;
import org.provlens.model.Agent;
import org.provlens.model.AgentKind;
import org.provlens.model.Artifact;
import org.provlens.model.ArtifactKind;
import org.provlens.model.Campaign;
import org.provlens.model.Host;
import org.provlens.model.ProvlensFactory;
import org.provlens.model.Site;
import org.provlens.model.Task;
import org.provlens.model.Telemetry;
import org.provlens.model.TelemetrySchema;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;
import org.provlens.model.store.BulkStore;
import org.provlens.model.util.Bulk;
import org.provlens.model.util.Tasks;
import org.provlens.model.util.ValuePools;

/**
 * Finds or creates model elements by their source identity, so that importing the same records twice, or the
 * RUNNING and FINISHED messages of one task, yields one element each.
 *
 * <p>Importers ask the builder for elements by id while they read, and call {@link #finish(Consumer)} at the
 * end: only then are new tasks placed under their parent task or workflow, because Flowcept and CMF records
 * may name a parent that arrives later in the file. Lists are appended without EMF's uniqueness scan, which would
 * make a million-task import quadratic; the id index guarantees uniqueness instead.</p>
 *
 * <p>Not thread safe: one builder per import job.</p>
 */
public final class WorkspaceBuilder {

    /** Id of the campaign that receives records without a campaign id. */
    public static final String DEFAULT_CAMPAIGN = "default";

    /** Id of the site that receives hosts of unknown location. */
    public static final String UNKNOWN_SITE = "site:unknown";

    private static final ProvlensFactory FACTORY = ProvlensFactory.eINSTANCE;

    private final Workspace workspace;
    /** The workspace's bulk store, {@code null} when its values are held on the heap. */
    private final BulkStore store;
    /** Workflows created or given records by this builder: what a save must write. */
    private final Set<Workflow> touched = new LinkedHashSet<>();
    /** Touched workflows whose importer gave every repeated string one instance as it read them. */
    private final Set<Workflow> shared = new java.util.HashSet<>();
    /** One instance of each string the importers of this builder share (keys, values, names). */
    private final Map<String, String> strings = new HashMap<>();
    private final Map<String, Campaign> campaigns = new HashMap<>();
    private final Map<String, Workflow> workflows = new HashMap<>();
    private final Map<String, Task> tasks = new HashMap<>();
    private final Map<String, Artifact> artifacts = new HashMap<>();
    private final Map<String, Host> hosts = new HashMap<>();
    private final Map<String, Agent> agents = new HashMap<>();
    private final Map<String, Site> sites = new HashMap<>();
    private final Map<List<String>, TelemetrySchema> schemas = new HashMap<>();
    /** Tasks to place at {@link #finish}: task to (workflow, parent id or null), in arrival order. */
    private final Map<Task, Placement> pending = new LinkedHashMap<>();
    private final Map<Workflow, String> pendingWorkflowParents = new LinkedHashMap<>();

    private record Placement(Workflow workflow, String parentId) {
    }

    /**
     * A builder that adds to a workspace, indexing what it already holds.
     *
     * @param workspace the workspace to add to
     */
    public WorkspaceBuilder(Workspace workspace) {
        this.workspace = workspace;
        this.store = BulkStore.of(workspace);
        for (TreeIterator<EObject> it = workspace.eAllContents(); it.hasNext();) {
            EObject next = it.next();
            switch (next) {
                case Campaign c -> campaigns.put(c.getId(), c);
                case Workflow w -> workflows.put(w.getId(), w);
                case Task t -> tasks.put(t.getId(), t);
                case Artifact a -> artifacts.put(a.getId(), a);
                case Host h -> hosts.put(h.getId(), h);
                case Agent a -> agents.put(a.getId(), a);
                case Site s -> sites.put(s.getId(), s);
                case TelemetrySchema s -> schemas.put(List.copyOf(s.getChannels()), s);
                default -> {
                    // Values (parameters, series, ...) have no identity of their own.
                }
            }
            if (!(next instanceof Workspace || next instanceof Campaign || next instanceof Workflow
                    || next instanceof Task || next instanceof Site || next instanceof Host)) {
                it.prune();
            }
        }
    }

    /**
     * A builder for a new, empty workspace.
     *
     * @param name the workspace name
     * @return the builder
     */
    public static WorkspaceBuilder forNewWorkspace(String name) {
        Workspace workspace = FACTORY.createWorkspace();
        workspace.setName(name);
        return new WorkspaceBuilder(workspace);
    }

    /**
     * The workspace being built.
     *
     * @return the workspace
     */
    public Workspace workspace() {
        return workspace;
    }

    /**
     * The campaign of an id, created when new.
     *
     * @param id the campaign id, or {@code null} for the {@link #DEFAULT_CAMPAIGN}
     * @return the campaign
     */
    public Campaign campaign(String id) {
        String key = id == null || id.isEmpty() ? DEFAULT_CAMPAIGN : id;
        return campaigns.computeIfAbsent(key, k -> {
            Campaign campaign = FACTORY.createCampaign();
            campaign.setId(k);
            campaign.setName(k);
            add(workspace.getCampaigns(), campaign);
            return campaign;
        });
    }

    /**
     * The workflow of an id, created in the given campaign when new.
     *
     * @param campaign where a new workflow goes
     * @param id the workflow id
     * @return the workflow
     */
    public Workflow workflow(Campaign campaign, String id) {
        Workflow found = workflows.computeIfAbsent(id, k -> {
            Workflow workflow = FACTORY.createWorkflow();
            workflow.setId(k);
            add(campaign.getWorkflows(), workflow);
            return workflow;
        });
        touched.add(found);
        shared.remove(found);
        return found;
    }

    /**
     * The workflows this builder created or gave records to, in first-touch order: those a save must write.
     *
     * @return the workflows
     */
    public Set<Workflow> touchedWorkflows() {
        return java.util.Collections.unmodifiableSet(touched);
    }

    /**
     * The string pool of this builder, for importers that share equal strings as they create them (an import
     * creates one instance per record: a million tasks, a million copies of {@code "TransformerBlock"}).
     *
     * @return the pool, each string mapped to its one instance
     */
    public Map<String, String> strings() {
        return strings;
    }

    /**
     * Records that an importer shared the strings of these workflows through {@link #strings()} as it read
     * them, so that no walk over their tasks has to do it again. A later record given to one of them (another
     * importer's) takes the mark back.
     *
     * @param workflows workflows the importer filled
     */
    public void stringsShared(java.util.Collection<Workflow> workflows) {
        shared.addAll(workflows);
    }

    /**
     * The touched workflows whose strings no importer shared: those to walk after the import.
     *
     * @return the workflows, in first-touch order
     */
    public java.util.List<Workflow> workflowsToShare() {
        return touched.stream().filter(w -> !shared.contains(w)).toList();
    }

    /**
     * The bulk store new telemetry and series values go to.
     *
     * @return the workspace's store, {@code null} when its values are held on the heap
     */
    public BulkStore store() {
        return store;
    }

    /**
     * Sets the values of a telemetry (its schema set): appended to the workspace's bulk store when it has one, so
     * that an import of a million tasks does not hold their telemetry on the heap.
     *
     * @param telemetry the telemetry
     * @param start values at start, one per channel of the schema
     * @param end values at end likewise
     */
    public void setTelemetry(Telemetry telemetry, double[] start, double[] end) {
        Bulk.setTelemetry(telemetry, store, start, end);
    }

    /**
     * Nests a workflow under its parent workflow once both are known ({@link #finish}).
     *
     * @param workflow the child
     * @param parentId the parent's id
     */
    public void setParentWorkflow(Workflow workflow, String parentId) {
        pendingWorkflowParents.put(workflow, parentId);
    }

    /**
     * An existing task of an id, to change, or {@code null}. The task gets its own copies of its values (an
     * importer may change them, the pool's are shared) and its run counts as touched (saved, pooled again).
     *
     * @param id the task id
     * @return the task or {@code null}
     */
    public Task existingTask(String id) {
        Task task = tasks.get(id);
        if (task != null) {
            ValuePools.expand(task);
            touch(Tasks.workflowOf(task));
        }
        return task;
    }

    /**
     * An existing task of an id, to refer to (a dependency), or {@code null}: neither the task nor its run change.
     *
     * @param id the task id
     * @return the task or {@code null}
     */
    public Task referencedTask(String id) {
        return tasks.get(id);
    }

    /**
     * Records that an importer changed an existing workflow it did not get through {@link #workflow}: it is saved
     * and its values pooled again after the import.
     *
     * @param workflow the workflow, ignored when {@code null}
     */
    public void touch(Workflow workflow) {
        if (workflow != null && touched.add(workflow)) {
            shared.remove(workflow);
        }
    }

    /**
     * The task of an id, created when new. A new task is placed at {@link #finish}: under the task
     * {@code parentId} when that exists by then, else at the top of {@code workflow}. An existing task moves
     * only when a record names a parent it does not have yet.
     *
     * @param id the task id
     * @param workflow the workflow the task belongs to
     * @param parentId the parent task id, or {@code null}
     * @return the task
     */
    public Task task(String id, Workflow workflow, String parentId) {
        touched.add(workflow);
        shared.remove(workflow);
        Task task = tasks.get(id);
        if (task == null) {
            task = FACTORY.createTask();
            task.setId(id);
            tasks.put(id, task);
            pending.put(task, new Placement(workflow, parentId));
        } else {
            ValuePools.expand(task); // pooled again when the import is done
            touch(Tasks.workflowOf(task)); // the run it may leave
            if (parentId != null && (task.getParent() == null || !parentId.equals(task.getParent().getId()))) {
                pending.put(task, new Placement(workflow, parentId));
            }
        }
        return task;
    }

    /**
     * The artifact of an id (content hash or URI), created when new.
     *
     * @param id the identity
     * @param kind the kind given to a new artifact
     * @return the artifact
     */
    public Artifact artifact(String id, ArtifactKind kind) {
        return artifacts.computeIfAbsent(id, k -> {
            Artifact artifact = FACTORY.createArtifact();
            artifact.setId(k);
            artifact.setKind(kind);
            add(workspace.getArtifacts(), artifact);
            return artifact;
        });
    }

    /**
     * The site of an id, created when new.
     *
     * @param id the site id
     * @return the site
     */
    public Site site(String id) {
        return sites.computeIfAbsent(id, k -> {
            Site site = FACTORY.createSite();
            site.setId(k);
            site.setName(UNKNOWN_SITE.equals(k) ? "Unknown site" : k);
            add(workspace.getSites(), site);
            return site;
        });
    }

    /**
     * The host of a name, created at the {@link #UNKNOWN_SITE} when new.
     *
     * @param name the host name
     * @return the host
     */
    public Host host(String name) {
        return hosts.computeIfAbsent(name, k -> {
            Host host = FACTORY.createHost();
            host.setId(k);
            host.setName(k);
            add(site(UNKNOWN_SITE).getHosts(), host);
            return host;
        });
    }

    /**
     * The agent of an id, created when new.
     *
     * @param id the agent id
     * @param kind the kind given to a new agent
     * @return the agent
     */
    public Agent agent(String id, AgentKind kind) {
        return agents.computeIfAbsent(id, k -> {
            Agent agent = FACTORY.createAgent();
            agent.setId(k);
            agent.setName(k);
            agent.setKind(kind);
            add(workspace.getAgents(), agent);
            return agent;
        });
    }

    /**
     * The telemetry schema of a channel layout, shared by every snapshot of that layout.
     *
     * @param channels the channel names, in order
     * @param units the unit of each channel
     * @return the schema
     */
    public TelemetrySchema telemetrySchema(List<String> channels, List<String> units) {
        TelemetrySchema schema = schemas.get(channels);
        if (schema == null) {
            schema = FACTORY.createTelemetrySchema();
            schema.setId("telemetry-schema-" + (workspace.getTelemetrySchemas().size() + 1));
            schema.getChannels().addAll(channels);
            schema.getUnits().addAll(units);
            add(workspace.getTelemetrySchemas(), schema);
            schemas.put(List.copyOf(channels), schema);
        }
        return schema;
    }

    /**
     * Places the tasks created or re-parented since the last call and nests workflows.
     *
     * @param missingParent told of each task whose parent never arrived, with the missing id; the task is then
     *            kept at the top of its workflow
     * @return the number of tasks placed
     */
    public int finish(Consumer<String[]> missingParent) {
        int placed = 0;
        List<Map.Entry<Task, Placement>> work = new ArrayList<>(pending.entrySet());
        pending.clear();
        for (Map.Entry<Task, Placement> entry : work) {
            Task task = entry.getKey();
            Placement placement = entry.getValue();
            Task parent = placement.parentId() == null ? null : tasks.get(placement.parentId());
            if (placement.parentId() != null && (parent == null || parent == task || isAncestor(task, parent))) {
                missingParent.accept(new String[] {task.getId(), placement.parentId()});
                parent = null;
            }
            if (parent != null) {
                if (task.eContainer() == null) {
                    add(parent.getChildren(), task);
                } else {
                    parent.getChildren().add(task);
                }
            } else if (task.eContainer() == null) {
                add(placement.workflow().getTasks(), task);
            }
            placed++;
        }
        pendingWorkflowParents.forEach((workflow, parentId) -> {
            Workflow parent = workflows.get(parentId);
            if (parent != null && parent != workflow) {
                workflow.setParent(parent);
            }
        });
        pendingWorkflowParents.clear();
        return placed;
    }

    private static boolean isAncestor(Task task, Task candidate) {
        for (Task t = candidate.getParent(); t != null; t = t.getParent()) {
            if (t == task) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static <T> void add(EList<T> list, T element) {
        ((InternalEList<T>) list).addUnique(element);
    }
}
