package org.provlens.importer.core.mlflow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.provlens.model.Status;

/**
 * One MLflow run as read from either store, before it is mapped onto the model: the file store and the database
 * hold the same run, so one mapping serves both.
 */
final class RunData {

    final String id;
    /** Where the run's own record is (its meta.yaml, or the database's runs table), for problems. */
    final String where;
    final long line;
    final long record;
    String experimentId;
    String name;
    Status status = Status.UNKNOWN;
    double startedAt = Double.NaN;
    double endedAt = Double.NaN;
    String user;
    /** Other run fields (artifact_uri, lifecycle_stage, ...), kept as {@code mlflow.<field>} properties. */
    final Map<String, String> info = new LinkedHashMap<>();
    final Map<String, String> params = new LinkedHashMap<>();
    final Map<String, String> tags = new LinkedHashMap<>();
    final Map<String, MetricHistory> metrics = new LinkedHashMap<>();
    /** The datasets it logged as inputs. */
    final List<DatasetInput> inputs = new ArrayList<>();

    RunData(String id, String where, long line, long record) {
        this.id = id;
        this.where = where;
        this.line = line;
        this.record = record;
    }

    MetricHistory metric(String key) {
        return metrics.computeIfAbsent(key, k -> new MetricHistory());
    }
}
