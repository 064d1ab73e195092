package org.provlens.importer.core.mlflow;

import java.util.Map;

/**
 * An MLflow experiment, from {@code mlruns/<experiment>/meta.yaml} or the experiments table.
 *
 * @param id the experiment id, may be {@code null} when only a run was read
 * @param name the experiment name, may be {@code null}
 * @param artifactLocation where its artifacts are, may be {@code null}
 * @param note the experiment's description ({@code mlflow.note.content} tag), may be {@code null}
 * @param tags the experiment's other tags ({@code mlruns/<experiment>/tags/} or the experiment_tags table), by
 *            key; teams record traits of the learning task there (category, modality, dataset size)
 */
record ExperimentInfo(String id, String name, String artifactLocation, String note, Map<String, String> tags) {

    /** Copies the tags, keeping their order. */
    ExperimentInfo {
        // In the order read: properties are added in this order.
        tags = tags == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tags));
    }

    /** An experiment without tags. */
    ExperimentInfo(String id, String name, String artifactLocation, String note) {
        this(id, name, artifactLocation, note, Map.of());
    }
}
