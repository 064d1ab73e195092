package org.provlens.ui.navigator;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.viewers.ILazyTreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.provlens.model.Campaign;
import org.provlens.model.Task;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;
import org.provlens.model.util.Tasks;
import org.provlens.model.util.WorkspaceFiles;

/**
 * Lazy content of the Runs navigator: workspace → campaigns → workflows → tasks grouped by activity at every
 * level ("epochs_loop_iteration ×40") → tasks → their children, grouped again. Only the rows SWT asks for are
 * materialised (a virtual tree); a node's groups are computed once, when it is first expanded, and kept until the
 * input or the filter changes, so a node of a million children costs one pass.
 *
 * <p>An optional filter (the set of elements to show, matches and their ancestors) hides everything else.</p>
 */
public class RunsContentProvider implements ILazyTreeContentProvider {

    /**
     * The one child a run has while its tasks are still being read (a large workspace opens in two steps): shown as
     * "Loading tasks…", replaced when they are there.
     *
     * @param workflow the run
     */
    public record Pending(Workflow workflow) {
    }

    private TreeViewer viewer;
    private final Map<Object, List<?>> children = new IdentityHashMap<>();
    /** Positions of the children of large nodes, built when first asked: revealing a selection asks for many. */
    private final Map<Object, Map<Object, Integer>> positions = new IdentityHashMap<>();
    private Set<Object> visible;
    private boolean pendingShown;

    @Override
    public void inputChanged(Viewer newViewer, Object oldInput, Object newInput) {
        this.viewer = (TreeViewer) newViewer;
        reset();
    }

    /**
     * Shows only some elements.
     *
     * @param elements the elements to show, with all their ancestors; {@code null} to show everything
     */
    public void setVisible(Set<Object> elements) {
        visible = elements;
        children.clear();
        positions.clear();
    }

    /**
     * The children of a navigator element, grouped and filtered as the tree shows them.
     *
     * @param element a workspace, campaign, workflow, activity group or task
     * @return its children, never {@code null}
     */
    public List<?> children(Object element) {
        return children.computeIfAbsent(element, this::compute);
    }

    private List<?> compute(Object element) {
        return switch (element) {
            case Workspace w -> filter(w.getCampaigns());
            case Campaign c -> filter(c.getWorkflows());
            case Workflow w when !WorkspaceFiles.isLoaded(w) -> {
                // Its tasks are read in a job: asking the list for them here would read them in this thread.
                pendingShown = true;
                yield List.of(new Pending(w));
            }
            case Workflow w -> group(element, filter(w.getTasks()));
            case Task t -> group(element, filter(Tasks.children(t)));
            case ActivityGroup g -> g.tasks();
            default -> List.of();
        };
    }

    private <T> List<T> filter(List<T> elements) {
        if (visible == null) {
            return elements;
        }
        List<T> kept = new ArrayList<>();
        for (T element : elements) {
            if (visible.contains(element)) {
                kept.add(element);
            }
        }
        return kept;
    }

    private static List<?> group(Object parent, List<Task> tasks) {
        if (tasks.size() <= 1) {
            return tasks;
        }
        Map<String, List<Task>> byActivity = new LinkedHashMap<>();
        for (Task task : tasks) {
            byActivity.computeIfAbsent(task.getActivity() == null ? "" : task.getActivity(), a -> new ArrayList<>())
                    .add(task);
        }
        List<ActivityGroup> groups = new ArrayList<>(byActivity.size());
        byActivity.forEach((activity, list) -> groups.add(new ActivityGroup(parent, activity, list)));
        return groups;
    }

    @Override
    public void updateElement(Object parent, int index) {
        List<?> list = children(parent);
        if (index < list.size()) {
            Object child = list.get(index);
            viewer.replace(parent, index, child);
            viewer.setChildCount(child, hasChildren(child) ? children(child).size() : 0);
        }
    }

    /**
     * Whether a "Loading tasks…" row was shown since the last reset: the tree must be refreshed once the tasks are
     * there.
     *
     * @return true when a run was shown without its tasks
     */
    public boolean pendingShown() {
        return pendingShown;
    }

    /** Forgets the computed children, so that the next refresh computes them again. */
    public void reset() {
        children.clear();
        positions.clear();
        pendingShown = false;
    }

    /**
     * The position of a child among its parent's children as the tree shows them.
     *
     * @param parent a navigator element
     * @param child one of its children
     * @return the index, -1 when it is not shown there (filtered out)
     */
    public int indexOf(Object parent, Object child) {
        List<?> list = children(parent);
        if (list.size() < 64) {
            return list.indexOf(child);
        }
        Map<Object, Integer> index = positions.computeIfAbsent(parent, p -> {
            Map<Object, Integer> map = new IdentityHashMap<>(list.size() * 4 / 3 + 1);
            for (int i = 0; i < list.size(); i++) {
                map.put(list.get(i), i);
            }
            return map;
        });
        return index.getOrDefault(child, -1);
    }

    /** Whether an element has children, without grouping them yet (the count is asked for every visible row). */
    private boolean hasChildren(Object element) {
        return switch (element) {
            case Task t -> !Tasks.children(t).isEmpty();
            case ActivityGroup g -> true;
            case Pending p -> false;
            default -> true;
        };
    }

    @Override
    public void updateChildCount(Object element, int currentChildCount) {
        int count = children(element).size();
        if (count != currentChildCount) {
            viewer.setChildCount(element, count);
        }
    }

    @Override
    public Object getParent(Object element) {
        return switch (element) {
            case Task t -> {
                Object parent = t.getParent() != null ? t.getParent() : t.getWorkflow();
                // Tasks sit in an activity group whenever their parent has more than one child; the group is the
                // instance the tree holds, whose children are cached.
                String activity = t.getActivity() == null ? "" : t.getActivity();
                for (Object child : children(parent)) {
                    if (child instanceof ActivityGroup group && group.activity().equals(activity)) {
                        yield group;
                    }
                }
                yield parent;
            }
            case ActivityGroup g -> g.parent();
            case Pending p -> p.workflow();
            case Workflow w -> w.getCampaign();
            case Campaign c -> c.eContainer();
            default -> null;
        };
    }
}
