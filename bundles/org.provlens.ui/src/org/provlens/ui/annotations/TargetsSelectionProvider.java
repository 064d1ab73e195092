package org.provlens.ui.annotations;

import java.util.LinkedHashSet;
import java.util.List;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.StructuredViewer;
import org.provlens.model.Annotation;
import org.provlens.model.ProvElement;

/**
 * Publishes the targets of the annotations selected in a viewer, rather than the annotations, as the part's
 * selection: what an annotation is about is what the other views (Properties, editors, later charts) should
 * show when it is selected.
 */
final class TargetsSelectionProvider implements ISelectionProvider {

    private final StructuredViewer viewer;
    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();

    TargetsSelectionProvider(StructuredViewer viewer) {
        this.viewer = viewer;
        viewer.addSelectionChangedListener(event -> {
            SelectionChangedEvent targets = new SelectionChangedEvent(this, getSelection());
            listeners.forEach(l -> l.selectionChanged(targets));
        });
    }

    /**
     * The annotations selected in the viewer.
     *
     * @return the selected annotations, in table order
     */
    List<Annotation> selectedAnnotations() {
        return viewer.getStructuredSelection().stream().filter(Annotation.class::isInstance)
                .map(Annotation.class::cast).toList();
    }

    @Override
    public ISelection getSelection() {
        LinkedHashSet<ProvElement> targets = new LinkedHashSet<>();
        selectedAnnotations().forEach(a -> targets.addAll(a.getTargets()));
        return targets.isEmpty() ? StructuredSelection.EMPTY : new StructuredSelection(List.copyOf(targets));
    }

    /** Selects the given annotations in the viewer; other elements, targets included, are ignored. */
    @Override
    public void setSelection(ISelection selection) {
        if (selection instanceof IStructuredSelection structured) {
            viewer.setSelection(new StructuredSelection(
                    structured.stream().filter(Annotation.class::isInstance).toList()), true);
        }
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }
}
