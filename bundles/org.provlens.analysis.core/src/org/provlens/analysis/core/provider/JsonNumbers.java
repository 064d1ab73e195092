package org.provlens.analysis.core.provider;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * How the headless twins of the providers write numbers in their JSON, so that scripts read the same form from
 * every verb: whole numbers without a fraction, null for NaN and infinities (JSON has neither; no data is never 0).
 */
public final class JsonNumbers {

    private JsonNumbers() {
    }

    /**
     * Writes a number.
     *
     * @param json the generator
     * @param value the value
     * @throws IOException when the output fails
     */
    public static void number(JsonGenerator json, double value) throws IOException {
        if (!Double.isFinite(value)) {
            json.writeNull();
        } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            json.writeNumber((long) value);
        } else {
            json.writeNumber(value);
        }
    }

    /**
     * Writes a field holding a number.
     *
     * @param json the generator
     * @param field the field's name
     * @param value the value
     * @throws IOException when the output fails
     */
    public static void number(JsonGenerator json, String field, double value) throws IOException {
        json.writeFieldName(field);
        number(json, value);
    }
}
