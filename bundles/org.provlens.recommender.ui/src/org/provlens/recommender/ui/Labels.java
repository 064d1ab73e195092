package org.provlens.recommender.ui;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.provlens.model.Annotation;
import org.provlens.model.Execution;
import org.provlens.recommender.core.Recommendations;
import org.provlens.recommender.core.SeedOutcomes;
import org.provlens.recommender.core.TaskCharacteristics;

/** The texts of the Recommendations view's cells. */
final class Labels {

    /**
     * A row of the recorded seeds: a recorded seed and one run started from it, or none yet.
     *
     * @param review the recorded seed
     * @param run the run, {@code null} when none started from it yet
     */
    record Row(SeedOutcomes.Review review, SeedOutcomes.SeededRun run) {
    }

    private Labels() {
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 100 ? "%.1f" : "%.4f", value);
    }

    static String signed(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%+.4f", value);
    }

    static String joules(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        return value >= 1e6 ? String.format(Locale.ROOT, "%.2f MJ", value / 1e6)
                : value >= 1e3 ? String.format(Locale.ROOT, "%.1f kJ", value / 1e3)
                        : String.format(Locale.ROOT, "%.0f J", value);
    }

    static String parameters(Map<String, Object> parameters) {
        return parameters.entrySet().stream().map(e -> e.getKey() + "=" + (e.getValue() instanceof Double d
                ? TaskCharacteristics.format(d) : e.getValue())).collect(Collectors.joining(", "));
    }

    static String name(Execution execution) {
        String name = execution.getName();
        return name == null || name.isBlank() ? execution.getId() : name + " [" + shortId(execution.getId()) + "]";
    }

    private static String shortId(String id) {
        return id == null ? "" : id.length() > 8 ? id.substring(0, 8) : id;
    }

    static String findings(Row row) {
        return row.review().findings().stream().map(Annotation::getText).collect(Collectors.joining("; "));
    }

    static String summary(Recommendations r) {
        String found = String.format(Locale.ROOT, "%d seeds from %d similar tasks (threshold %s), objective %s",
                r.seeds().size(), r.neighbours().size(), TaskCharacteristics.format(r.threshold()),
                r.objective() == null ? "none" : r.objective());
        return r.message().isEmpty() ? found : found + ": " + r.message();
    }
}
