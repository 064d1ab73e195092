package org.provlens.model.util;

import java.util.Arrays;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Structural equality of model trees that also compares primitive sample arrays by content.
 *
 * <p>EMF's {@link EcoreUtil.EqualityHelper} compares attribute values with {@code equals}, which for the
 * {@code DoubleArray} data type is identity, so two loads of the same series would never be equal.</p>
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
        protected boolean haveEqualAttribute(EObject first, EObject second, EAttribute attribute) {
            Object a = first.eGet(attribute);
            Object b = second.eGet(attribute);
            if (a instanceof double[] x && b instanceof double[] y) {
                return Arrays.equals(x, y);
            }
            return super.haveEqualAttribute(first, second, attribute);
        }
    }
}
