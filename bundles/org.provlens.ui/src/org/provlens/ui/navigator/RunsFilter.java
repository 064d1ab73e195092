package org.provlens.ui.navigator;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.provlens.model.Campaign;
import org.provlens.model.ProvElement;
import org.provlens.model.Task;
import org.provlens.model.Workflow;
import org.provlens.model.Workspace;

/** Finds what the navigator's filter text matches: campaigns, runs and tasks, with their ancestors. */
final class RunsFilter {

    private RunsFilter() {
    }

    /**
     * The elements to show for a filter text.
     *
     * @param workspace the workspace
     * @param needle lower-case text to find in ids, names and activities
     * @param monitor checked for cancellation every 10,000 elements
     * @return matching elements and all their ancestors up to the campaigns
     */
    static Set<Object> matching(Workspace workspace, String needle, IProgressMonitor monitor) {
        Set<Object> visible = new HashSet<>();
        int seen = 0;
        for (TreeIterator<EObject> it = workspace.eAllContents(); it.hasNext();) {
            EObject next = it.next();
            if (!(next instanceof Campaign || next instanceof Workflow || next instanceof Task)) {
                it.prune();
                continue;
            }
            if (++seen % 10_000 == 0 && monitor.isCanceled()) {
                return visible;
            }
            if (matches((ProvElement) next, needle)) {
                for (EObject e = next; e != null && !(e instanceof Workspace); e = e.eContainer()) {
                    if (!visible.add(e)) {
                        break; // its ancestors are in already
                    }
                }
            }
        }
        return visible;
    }

    private static boolean matches(ProvElement element, String needle) {
        return contains(element.getId(), needle) || contains(element.getName(), needle)
                || element instanceof Task task && contains(task.getActivity(), needle);
    }

    private static boolean contains(String text, String needle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
    }
}
