package org.provlens.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.provlens.model.ProvlensFactory;
import org.provlens.model.ProvlensPackage;
import org.provlens.model.util.DoubleArrays;

class DoubleArraysTest {

    @Test
    void roundTripsExactValuesIncludingSpecialOnes() {
        double[] values = {0.0, -0.0, 1.0 / 3.0, Double.NaN, Double.POSITIVE_INFINITY, Double.MIN_VALUE, 1e300};
        double[] back = DoubleArrays.fromString(DoubleArrays.toString(values));
        assertEquals(values.length, back.length);
        for (int i = 0; i < values.length; i++) {
            assertEquals(Double.doubleToRawLongBits(values[i]), Double.doubleToRawLongBits(back[i]), "index " + i);
        }
    }

    @Test
    void emptyAndNullAreKept() {
        assertArrayEquals(new double[0], DoubleArrays.fromString(DoubleArrays.toString(new double[0])));
        assertNull(DoubleArrays.toString(null));
        assertNull(DoubleArrays.fromString(null));
    }

    @Test
    void theGeneratedFactoryUsesTheSameConversion() {
        ProvlensFactory factory = ProvlensFactory.eINSTANCE;
        String text = factory.convertToString(ProvlensPackage.Literals.DOUBLE_ARRAY, new double[] {1.5, 2.5});
        assertEquals(DoubleArrays.toString(new double[] {1.5, 2.5}), text);
        assertArrayEquals(new double[] {1.5, 2.5},
                (double[]) factory.createFromString(ProvlensPackage.Literals.DOUBLE_ARRAY, text));
    }

    @Test
    void truncatedTextIsRejectedWithAReason() {
        String text = DoubleArrays.toString(new double[] {1.0, 2.0});
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> DoubleArrays.fromString(text.substring(0, 12)));
        assertEquals("A double array needs a multiple of 8 bytes, got 9 bytes", error.getMessage());
    }
}
