package org.provlens.diagram.ui.editor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.provlens.diagram.core.ViewNode;

/**
 * The editor's part of the workbench selection: the elements of the selected nodes, so that the Properties view,
 * the navigator and Annotate… follow the diagram. A group stands for its members, the first
 * {@value #MEMBERS} of a larger group, so that a click does not make every view load ten thousand rows.
 */
final class DiagramEditorSelection implements ISelectionProvider {

    /** The most members of one group put in the selection. */
    static final int MEMBERS = 1000;

    private final ListenerList<ISelectionChangedListener> listeners = new ListenerList<>();
    private StructuredSelection selection = StructuredSelection.EMPTY;

    /**
     * Sets the selection from the selected nodes.
     *
     * @param nodes the nodes
     * @param notify whether to tell the workbench (not when the selection came from it)
     */
    void set(List<ViewNode> nodes, boolean notify) {
        LinkedHashSet<EObject> elements = new LinkedHashSet<>();
        for (ViewNode node : nodes) {
            List<EObject> own = node.elements();
            elements.addAll(own.size() > MEMBERS ? own.subList(0, MEMBERS) : own);
        }
        StructuredSelection next = new StructuredSelection(new ArrayList<>(elements));
        if (next.equals(selection)) {
            return;
        }
        selection = next;
        if (notify) {
            SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
            for (ISelectionChangedListener listener : listeners) {
                listener.selectionChanged(event);
            }
        }
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public ISelection getSelection() {
        return selection;
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void setSelection(ISelection newSelection) {
        // The editor selects nodes itself, from the canvas and from other parts' selections.
    }
}
