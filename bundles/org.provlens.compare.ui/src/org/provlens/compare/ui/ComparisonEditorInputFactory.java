package org.provlens.compare.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;

/** Restores {@link ComparisonEditorInput}s, so open comparisons come back after a restart. */
public class ComparisonEditorInputFactory implements IElementFactory {

    @Override
    public IAdaptable createElement(IMemento memento) {
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (IMemento child : memento.getChildren(ComparisonEditorInput.KEY_EXECUTION)) {
            String id = child.getString(ComparisonEditorInput.KEY_ID);
            if (id != null) {
                ids.add(id);
                String name = child.getString(ComparisonEditorInput.KEY_NAME);
                names.add(name == null ? id : name);
            }
        }
        return ids.size() < 2 ? null : new ComparisonEditorInput(ids, names,
                Boolean.TRUE.equals(memento.getBoolean(ComparisonEditorInput.KEY_TASKS)));
    }
}
