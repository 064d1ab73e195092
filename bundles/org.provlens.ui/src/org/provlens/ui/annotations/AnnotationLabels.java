package org.provlens.ui.annotations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.provlens.model.Annotation;
import org.provlens.model.ProvElement;
import org.provlens.model.Task;
import org.provlens.ui.navigator.RunsLabels;

/** Texts of annotations for the Annotations view's columns and its filter, shared with tests. */
public final class AnnotationLabels {

    /** Newest first; equal times by id, so the order is stable between refreshes. */
    public static final Comparator<Annotation> NEWEST_FIRST = Comparator
            .comparingDouble((Annotation a) -> Double.isNaN(a.getTime()) ? Double.NEGATIVE_INFINITY : a.getTime())
            .reversed().thenComparing(a -> a.getId() == null ? "" : a.getId());

    private AnnotationLabels() {
    }

    /**
     * The severity column.
     *
     * @param annotation the annotation
     * @return {@code INFO}, {@code WARNING} or {@code CRITICAL}
     */
    public static String severity(Annotation annotation) {
        return annotation.getSeverity().getLiteral();
    }

    /**
     * The text column: the text on one line, so a table row shows its start.
     *
     * @param annotation the annotation
     * @return the text with line breaks as spaces
     */
    public static String text(Annotation annotation) {
        return annotation.getText() == null ? "" : annotation.getText().replaceAll("\\s*\\R\\s*", " ").strip();
    }

    /**
     * The tags column.
     *
     * @param annotation the annotation
     * @return the tags, comma separated
     */
    public static String tags(Annotation annotation) {
        return String.join(", ", annotation.getTags());
    }

    /**
     * The author column.
     *
     * @param annotation the annotation
     * @return the author, empty when unknown
     */
    public static String author(Annotation annotation) {
        return annotation.getAuthor() == null ? "" : annotation.getAuthor();
    }

    /**
     * The time column, in UTC.
     *
     * @param annotation the annotation
     * @return {@code yyyy-MM-dd HH:mm:ss}, empty when unknown
     */
    public static String time(Annotation annotation) {
        return RunsLabels.formatTime(annotation.getTime());
    }

    /**
     * The targets column: each target as its activity (or name) and id.
     *
     * @param annotation the annotation
     * @return e.g. {@code model_train train-1, epochs_loop_iteration epoch-0}
     */
    public static String targets(Annotation annotation) {
        return annotation.getTargets().stream().map(AnnotationLabels::target).collect(Collectors.joining(", "));
    }

    /**
     * One target: a task's activity or another element's name, then its id; the id alone when it has neither or
     * when they are the same.
     *
     * @param element the target
     * @return e.g. {@code model_train train-1}
     */
    public static String target(ProvElement element) {
        String name = element instanceof Task task ? task.getActivity() : element.getName();
        String id = element.getId() == null ? "" : element.getId();
        return name == null || name.isEmpty() || name.equals(id) ? id : name + " " + id;
    }

    /**
     * Whether an annotation matches the filter of the Annotations view: every word of the query occurs, ignoring
     * case, in its text, one of its tags, its author or its severity.
     *
     * @param annotation the annotation
     * @param query the filter text; blank matches everything
     * @return whether the annotation is shown
     */
    public static boolean matches(Annotation annotation, String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        List<String> fields = new ArrayList<>(annotation.getTags().size() + 3);
        fields.add(lower(annotation.getText()));
        fields.add(lower(annotation.getAuthor()));
        fields.add(lower(severity(annotation)));
        annotation.getTags().forEach(tag -> fields.add(lower(tag)));
        for (String word : lower(query).strip().split("\\s+")) {
            if (fields.stream().noneMatch(field -> field.contains(word))) {
                return false;
            }
        }
        return true;
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
