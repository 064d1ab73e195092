package org.provlens.generator.core;

import java.util.List;

/**
 * The world of the synthetic hyperparameter-search history: four task categories (tabular churn prediction,
 * time-series anomaly detection, image classification, LLM fine-tuning), their models and hyperparameters, and the
 * task families (a domain within a category, with its own range of dataset sizes) the history is drawn from.
 *
 * <p>Nothing here is random; {@link HpoTask} draws a task's characteristics and its response surface from a seed.</p>
 */
public final class HpoCatalogue {

    private HpoCatalogue() {
    }

    /**
     * One hyperparameter of a model and its search range.
     *
     * @param name the parameter name as the trials log it
     * @param low the smallest value
     * @param high the largest value
     * @param log whether it is searched on a log scale
     * @param integer whether its values are whole numbers
     * @param effort whether a larger value costs more energy (trees, units, epochs, rank)
     */
    public record Hyperparameter(String name, double low, double high, boolean log, boolean integer,
            boolean effort) {

        /**
         * The value at a normalised coordinate.
         *
         * @param u in [0, 1]
         * @return the value, rounded for integers
         */
        public double value(double u) {
            double clamped = Math.max(0, Math.min(1, u));
            double x = log ? Math.exp(Math.log(low) + clamped * (Math.log(high) - Math.log(low)))
                    : low + clamped * (high - low);
            return integer ? Math.rint(x) : x;
        }

        /**
         * The normalised coordinate of a value.
         *
         * @param x a value
         * @return in [0, 1] (values outside the range are clamped)
         */
        public double unit(double x) {
            double u = log ? (Math.log(Math.max(x, 1e-300)) - Math.log(low)) / (Math.log(high) - Math.log(low))
                    : (x - low) / (high - low);
            return Math.max(0, Math.min(1, u));
        }
    }

    /**
     * A model of a category and its hyperparameters.
     *
     * @param name the model as the trials log it (parameter {@code model})
     * @param parameters its hyperparameters
     * @param energyFactor its energy relative to the category's typical model
     */
    public record Model(String name, List<Hyperparameter> parameters, double energyFactor) {
        /** Copies the list. */
        public Model {
            parameters = List.copyOf(parameters);
        }
    }

    /**
     * A task category: its data modality, the metric its studies optimise and its models.
     *
     * @param name e.g. {@code churn_prediction}
     * @param modality e.g. {@code tabular}
     * @param metric the objective metric, e.g. {@code val_auc}
     * @param maximize whether higher is better
     * @param models the models searched over
     * @param joulesPerUnit energy of a typical trial on a task of unit size (see {@link HpoTask#size})
     * @param watts the mean power of a trial, which turns its energy into a duration
     * @param rows the range of dataset rows over the category (log-uniform)
     * @param secondary the second size trait ({@code features}, {@code sequence_length} or {@code classes})
     * @param secondaryRange its range (log-uniform)
     */
    public record Category(String name, String modality, String metric, boolean maximize, List<Model> models,
            double joulesPerUnit, double watts, double[] rows, String secondary, double[] secondaryRange) {
        /** Copies the list. */
        public Category {
            models = List.copyOf(models);
        }

        /**
         * The model of a name.
         *
         * @param model the name
         * @return the model
         * @throws IllegalArgumentException for a model of another category
         */
        public Model model(String model) {
            return models.stream().filter(m -> m.name().equals(model)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no model " + model + " in " + name));
        }
    }

    /**
     * A task family: a domain of a category whose tasks share a range of sizes and the domain's shift of the
     * optima.
     *
     * @param category the category
     * @param domain e.g. {@code telco}
     * @param rowsCentre log10 of the family's typical row count
     * @param secondaryCentre log10 of its typical secondary trait
     */
    public record Family(Category category, String domain, double rowsCentre, double secondaryCentre) {
        /**
         * The family's name.
         *
         * @return e.g. {@code telco-churn_prediction}
         */
        public String name() {
            return domain + "-" + category.name();
        }
    }

    private static Hyperparameter lr(double low, double high) {
        return new Hyperparameter("learning_rate", low, high, true, false, false);
    }

    private static Hyperparameter real(String name, double low, double high) {
        return new Hyperparameter(name, low, high, false, false, false);
    }

    private static Hyperparameter logReal(String name, double low, double high) {
        return new Hyperparameter(name, low, high, true, false, false);
    }

    private static Hyperparameter count(String name, double low, double high, boolean effort) {
        return new Hyperparameter(name, low, high, true, true, effort);
    }

    /** Tabular churn prediction, scored by validation AUC. */
    public static final Category CHURN = new Category("churn_prediction", "tabular", "val_auc", true, List.of(
            new Model("xgboost", List.of(lr(1e-3, 0.5), new Hyperparameter("max_depth", 2, 12, false, true, false),
                    count("n_estimators", 50, 2000, true), real("subsample", 0.5, 1)), 1.0),
            new Model("random_forest", List.of(count("n_estimators", 50, 1000, true),
                    new Hyperparameter("max_depth", 3, 30, false, true, false), count("min_samples_leaf", 1, 50, false),
                    real("max_features", 0.1, 1)), 1.6),
            new Model("logistic_regression", List.of(logReal("C", 1e-4, 100), real("l1_ratio", 0, 1)), 0.08),
            new Model("mlp", List.of(lr(1e-4, 0.1), count("hidden_units", 16, 1024, true), real("dropout", 0, 0.6),
                    count("batch_size", 32, 1024, false)), 2.5)),
            2.0e4, 140, new double[] {2e3, 2e5}, "features", new double[] {8, 150});

    /** Time-series anomaly detection, scored by validation F1. */
    public static final Category ANOMALY = new Category("anomaly_detection", "time_series", "val_f1", true, List.of(
            new Model("isolation_forest", List.of(count("n_estimators", 50, 1000, true),
                    logReal("contamination", 1e-3, 0.2), real("max_samples", 0.1, 1)), 0.4),
            new Model("lstm_autoencoder", List.of(lr(1e-4, 0.1), count("hidden_units", 16, 512, true),
                    count("window", 16, 512, false), real("dropout", 0, 0.5)), 3.0),
            new Model("tcn", List.of(lr(1e-4, 0.1), count("channels", 16, 256, true),
                    new Hyperparameter("kernel_size", 2, 9, false, true, false), real("dropout", 0, 0.5)), 2.0)),
            6.0e4, 260, new double[] {1e4, 5e6}, "sequence_length", new double[] {32, 1024});

    /** Image classification, scored by validation accuracy. */
    public static final Category IMAGE = new Category("image_classification", "image", "val_accuracy", true,
            List.of(imageModel("resnet18", 1.0), imageModel("resnet50", 2.6), imageModel("vit_small", 3.4)),
            2.5e6, 900, new double[] {5e3, 1.5e6}, "classes", new double[] {2, 1000});

    /** LLM fine-tuning, scored by validation loss. */
    public static final Category LLM = new Category("language_modelling", "text", "val_loss", false, List.of(
            llmModel("gpt2-medium", 0.25), llmModel("mistral-7b-lora", 1.0), llmModel("llama-3-8b-lora", 1.15)),
            6.0e7, 2400, new double[] {2e3, 5e5}, "sequence_length", new double[] {256, 8192});

    private static Model imageModel(String name, double energy) {
        return new Model(name, List.of(lr(1e-5, 0.1), count("batch_size", 16, 512, false),
                logReal("weight_decay", 1e-6, 1e-2), real("label_smoothing", 0, 0.3)), energy);
    }

    private static Model llmModel(String name, double energy) {
        return new Model(name, List.of(lr(1e-6, 1e-3), count("lora_rank", 4, 128, true),
                count("batch_size", 4, 128, false), real("warmup_ratio", 0, 0.2)), energy);
    }

    /** Every category. */
    public static final List<Category> CATEGORIES = List.of(CHURN, ANOMALY, IMAGE, LLM);

    /** The thirty task families of the history: seven or eight domains per category. */
    public static final List<Family> FAMILIES = List.of(
            new Family(CHURN, "telco", 3.8, 1.3), new Family(CHURN, "bank", 4.3, 1.1),
            new Family(CHURN, "retail", 4.8, 1.7), new Family(CHURN, "saas", 3.6, 1.5),
            new Family(CHURN, "insurance", 4.1, 1.9), new Family(CHURN, "gaming", 5.0, 1.4),
            new Family(CHURN, "utilities", 3.9, 1.0), new Family(CHURN, "streaming", 4.6, 1.6),
            new Family(ANOMALY, "server_metrics", 5.6, 2.2), new Family(ANOMALY, "iot_sensors", 6.1, 1.8),
            new Family(ANOMALY, "network_traffic", 6.4, 2.6), new Family(ANOMALY, "power_grid", 4.6, 2.9),
            new Family(ANOMALY, "manufacturing", 5.0, 2.0), new Family(ANOMALY, "payments", 5.9, 1.7),
            new Family(ANOMALY, "medical_vitals", 4.4, 2.4),
            new Family(IMAGE, "natural_images", 5.4, 2.2), new Family(IMAGE, "medical_xray", 4.2, 0.5),
            new Family(IMAGE, "satellite", 4.8, 1.2), new Family(IMAGE, "retail_products", 5.0, 2.6),
            new Family(IMAGE, "manufacturing_defects", 3.9, 0.6), new Family(IMAGE, "documents", 4.6, 1.1),
            new Family(IMAGE, "wildlife", 4.5, 2.0), new Family(IMAGE, "traffic_signs", 4.7, 1.6),
            new Family(LLM, "instruction_following", 4.8, 3.3), new Family(LLM, "code", 5.2, 3.6),
            new Family(LLM, "legal", 4.0, 3.7), new Family(LLM, "medical_qa", 4.2, 3.0),
            new Family(LLM, "customer_support", 4.5, 2.8), new Family(LLM, "summarisation", 4.6, 3.8),
            new Family(LLM, "translation", 5.0, 2.7));
}
