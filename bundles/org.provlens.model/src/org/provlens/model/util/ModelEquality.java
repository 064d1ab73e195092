package org.provlens.model.util;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.provlens.model.ProvlensPackage;
import org.provlens.model.Series;
import org.provlens.model.Task;
import org.provlens.model.Telemetry;

/**
 * Structural equality of model trees that also compares primitive sample arrays by content.
 *
 * <p>EMF's {@link EcoreUtil.EqualityHelper} compares attribute values with {@code equals}, which for the
 * {@code DoubleArray} data type is identity, so two loads of the same series would never be equal. Telemetry and
 * series values are compared wherever they are ({@link Bulk}: a store's rows or the arrays); row numbers
 * themselves are where the values are kept, not what they are, and are not compared. Likewise a task's
 * parameters, metrics and properties are compared wherever they are (its own lists or its run's
 * {@link org.provlens.model.ValuePool}, see {@link ValuePools}), and the pools themselves are not.</p>
 */
public final class ModelEquality {

    private ModelEquality() {
    }

    /**
     * Whether two objects and their contents are equal, arrays compared element by element (NaN equal to NaN).
     *
     * @param first one object, may be {@code null}
     * @param second the other, may be {@code null}
     * @return whether they are structurally equal
     */
    public static boolean equal(EObject first, EObject second) {
        return new Helper().equals(first, second);
    }

    private static final class Helper extends EcoreUtil.EqualityHelper {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean haveEqualFeature(EObject first, EObject second, EStructuralFeature feature) {
            // Bulk values are equal whether held in arrays (set) or in a store (the arrays unset).
            if (feature instanceof EAttribute attribute && isBulk(attribute)) {
                return haveEqualAttribute(first, second, attribute);
            }
            if (feature == ProvlensPackage.Literals.WORKFLOW__VALUE_POOL
                    || feature == ProvlensPackage.Literals.TASK__POOLED_PARAMETERS
                    || feature == ProvlensPackage.Literals.TASK__POOLED_METRICS
                    || feature == ProvlensPackage.Literals.TASK__POOLED_PROPERTIES) {
                return true;
            }
            if (first instanceof Task || second instanceof Task) {
                if (feature == ProvlensPackage.Literals.EXECUTION__PARAMETERS
                        || feature == ProvlensPackage.Literals.EXECUTION__METRICS
                        || feature == ProvlensPackage.Literals.EXECUTION__PROPERTIES) {
                    return equalValues((List<?>) Tasks.get(first, feature), (List<?>) Tasks.get(second, feature));
                }
            }
            return super.haveEqualFeature(first, second, feature);
        }

        /**
         * Compares value objects (parameters, metrics, properties: attributes only) by their attributes, outside
         * the helper's pairing of objects: a pooled value is one object shared by many tasks.
         */
        private static boolean equalValues(List<?> first, List<?> second) {
            if (first.size() != second.size()) {
                return false;
            }
            for (int i = 0; i < first.size(); i++) {
                EObject a = (EObject) first.get(i);
                EObject b = (EObject) second.get(i);
                if (a.eClass() != b.eClass()) {
                    return false;
                }
                for (EAttribute attribute : a.eClass().getEAllAttributes()) {
                    if (!Objects.equals(a.eGet(attribute), b.eGet(attribute))) {
                        return false;
                    }
                }
            }
            return true;
        }

        private static boolean isBulk(EAttribute attribute) {
            return attribute == ProvlensPackage.Literals.TELEMETRY__AT_START
                    || attribute == ProvlensPackage.Literals.TELEMETRY__AT_END
                    || attribute == ProvlensPackage.Literals.TELEMETRY__ROW
                    || attribute == ProvlensPackage.Literals.SERIES__XS
                    || attribute == ProvlensPackage.Literals.SERIES__YS
                    || attribute == ProvlensPackage.Literals.SERIES__ROW;
        }

        @Override
        protected boolean haveEqualAttribute(EObject first, EObject second, EAttribute attribute) {
            if (attribute == ProvlensPackage.Literals.TELEMETRY__ROW || attribute == ProvlensPackage.Literals.SERIES__ROW) {
                return true;
            }
            if (attribute == ProvlensPackage.Literals.TELEMETRY__AT_START) {
                return Arrays.equals(Bulk.atStart((Telemetry) first), Bulk.atStart((Telemetry) second));
            }
            if (attribute == ProvlensPackage.Literals.TELEMETRY__AT_END) {
                return Arrays.equals(Bulk.atEnd((Telemetry) first), Bulk.atEnd((Telemetry) second));
            }
            if (attribute == ProvlensPackage.Literals.SERIES__XS) {
                return Arrays.equals(Bulk.xs((Series) first), Bulk.xs((Series) second));
            }
            if (attribute == ProvlensPackage.Literals.SERIES__YS) {
                return Arrays.equals(Bulk.ys((Series) first), Bulk.ys((Series) second));
            }
            Object a = first.eGet(attribute);
            Object b = second.eGet(attribute);
            if (a instanceof double[] x && b instanceof double[] y) {
                return Arrays.equals(x, y);
            }
            return super.haveEqualAttribute(first, second, attribute);
        }
    }
}
