package org.provlens.recommender.core.evaluation;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * A hyperparameter search space: a choice of model, then the model's own hyperparameters. Points are searched in
 * unit coordinates (each hyperparameter mapped to [0, 1], on a log scale where it is searched so).
 *
 * @param models the models and their hyperparameters
 */
public record SearchSpace(List<ModelSpace> models) {

    /**
     * One hyperparameter's range.
     *
     * @param name its name
     * @param low the smallest value
     * @param high the largest value
     * @param log whether it is searched on a log scale
     * @param integer whether values are whole numbers
     */
    public record Dimension(String name, double low, double high, boolean log, boolean integer) {

        /**
         * The value at a unit coordinate.
         *
         * @param u in [0, 1] (clamped)
         * @return the value, rounded for integers
         */
        public double value(double u) {
            double c = Math.max(0, Math.min(1, u));
            double x = log ? Math.exp(Math.log(low) + c * (Math.log(high) - Math.log(low))) : low + c * (high - low);
            return integer ? Math.rint(x) : x;
        }

        /**
         * The unit coordinate of a value.
         *
         * @param x a value
         * @return in [0, 1] (values outside the range clamped)
         */
        public double unit(double x) {
            double u = log ? (Math.log(Math.max(x, 1e-300)) - Math.log(low)) / (Math.log(high) - Math.log(low))
                    : (x - low) / (high - low);
            return Math.max(0, Math.min(1, u));
        }
    }

    /**
     * A model and its hyperparameters.
     *
     * @param name the model
     * @param dimensions its hyperparameters
     */
    public record ModelSpace(String name, List<Dimension> dimensions) {
        /** Copies the list. */
        public ModelSpace {
            dimensions = List.copyOf(dimensions);
        }
    }

    /**
     * A point of the space.
     *
     * @param model the index of the model
     * @param u the unit coordinates of the model's hyperparameters
     */
    public record Point(int model, double[] u) {
        /** Copies the coordinates. */
        public Point {
            u = u.clone();
        }
    }

    /** Copies the list and checks it is not empty. */
    public SearchSpace {
        models = List.copyOf(models);
        if (models.isEmpty()) {
            throw new IllegalArgumentException("a search space needs at least one model");
        }
    }

    /**
     * A point drawn uniformly: a model, then each coordinate.
     *
     * @param random the random stream
     * @return the point
     */
    public Point random(RandomGenerator random) {
        int m = random.nextInt(models.size());
        double[] u = new double[models.get(m).dimensions().size()];
        for (int d = 0; d < u.length; d++) {
            u[d] = random.nextDouble();
        }
        return new Point(m, u);
    }

    /**
     * The values of a point, by hyperparameter name.
     *
     * @param point the point
     * @return the values (integers rounded)
     */
    public Map<String, Double> values(Point point) {
        Map<String, Double> values = new java.util.LinkedHashMap<>();
        List<Dimension> dimensions = models.get(point.model()).dimensions();
        for (int d = 0; d < dimensions.size(); d++) {
            values.put(dimensions.get(d).name(), dimensions.get(d).value(point.u()[d]));
        }
        return values;
    }

    /**
     * The point of a configuration, e.g. a seed's.
     *
     * @param model the model's name
     * @param values its values by name; a missing one is at the middle of its range
     * @return the point, {@code null} when the model is not in the space
     */
    public Point point(String model, Map<String, ? extends Number> values) {
        for (int m = 0; m < models.size(); m++) {
            if (models.get(m).name().equals(model)) {
                List<Dimension> dimensions = models.get(m).dimensions();
                double[] u = new double[dimensions.size()];
                for (int d = 0; d < u.length; d++) {
                    Number x = values.get(dimensions.get(d).name());
                    u[d] = x == null ? 0.5 : dimensions.get(d).unit(x.doubleValue());
                }
                return new Point(m, u);
            }
        }
        return null;
    }

    /**
     * The number of coordinates of the joint encoding the Bayesian search models: one indicator per model and
     * every model's hyperparameters.
     *
     * @return the width
     */
    int encodedWidth() {
        return models.size() + models.stream().mapToInt(m -> m.dimensions().size()).sum();
    }

    /**
     * The joint encoding of a point: 1 on its model's indicator, its coordinates in its model's slots, 0.5 in the
     * slots of the other models (so points of different models are far apart).
     *
     * @param point the point
     * @return the encoded point
     */
    double[] encode(Point point) {
        double[] x = new double[encodedWidth()];
        x[point.model()] = 1;
        int offset = models.size();
        for (int m = 0; m < models.size(); m++) {
            int n = models.get(m).dimensions().size();
            for (int d = 0; d < n; d++) {
                x[offset + d] = m == point.model() ? point.u()[d] : 0.5;
            }
            offset += n;
        }
        return x;
    }
}
