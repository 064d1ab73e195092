package org.provlens.importer.core.mlflow;

/**
 * A dataset a run logged as input ({@code mlflow.log_input}): the dataset as MLflow's {@code Dataset} entity
 * stores it ({@code mlruns/<experiment>/datasets/<id>/meta.yaml} or the datasets table) and the input's context
 * tag ({@code mlflow.data.context}: training, validation, ...).
 *
 * @param name the dataset name
 * @param digest MLflow's digest of the dataset, may be {@code null}
 * @param sourceType where it came from (local, http, hugging_face, ...), may be {@code null}
 * @param source the source as MLflow's JSON text (e.g. {@code {"uri": "..."}}), may be {@code null}
 * @param schema the schema as JSON text, may be {@code null}
 * @param profile the profile as JSON text (e.g. {@code {"num_rows": 7043, "num_elements": 140860}}), may be
 *            {@code null}
 * @param context the input's {@code mlflow.data.context} tag, may be {@code null}
 */
record DatasetInput(String name, String digest, String sourceType, String source, String schema, String profile,
        String context) {

    /**
     * The same dataset as input of a run in a context.
     *
     * @param inputContext the context, may be {@code null}
     * @return the input
     */
    DatasetInput in(String inputContext) {
        return new DatasetInput(name, digest, sourceType, source, schema, profile, inputContext);
    }
}
