package org.provlens.importer.core.mlflow;

/**
 * An MLflow experiment, from {@code mlruns/<experiment>/meta.yaml} or the experiments table.
 *
 * @param id the experiment id, may be {@code null} when only a run was read
 * @param name the experiment name, may be {@code null}
 * @param artifactLocation where its artifacts are, may be {@code null}
 * @param note the experiment's description ({@code mlflow.note.content} tag), may be {@code null}
 */
record ExperimentInfo(String id, String name, String artifactLocation, String note) {
}
