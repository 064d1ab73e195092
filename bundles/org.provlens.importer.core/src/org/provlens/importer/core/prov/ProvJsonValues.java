package org.provlens.importer.core.prov;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;

/**
 * Reads the values of PROV-JSON records into plain Java values ({@link Map}, {@link List}, {@link String},
 * {@link Long}, {@link Double}, {@link Boolean}, {@code null}, and {@link NumberText} for numbers neither keeps as written),
 * within limits that keep a hostile or broken document from exhausting the stack or the CPU: a record nested deeper
 * than {@link #MAX_DEPTH} levels is skipped whole (the parser moves past it), and long numbers are kept as their
 * digits rather than converted. Unlike {@code JsonTrees} (Flowcept's MongoDB exports), nothing is unwrapped: a
 * PROV-JSON object with one {@code $} key is a typed literal.
 */
final class ProvJsonValues {

    /** PROV-JSON records nest four levels (record, attribute, array of values, typed literal); more is not PROV. */
    static final int MAX_DEPTH = 64;

    /** Integers with more digits than a long may have are kept as text. */
    private static final int MAX_LONG_DIGITS = 18;

    /** Longer decimal numbers are parsed by the JDK, which reads a long mantissa in linear time. */
    private static final int FAST_DOUBLE_CHARS = 64;

    /**
     * The parser factory of PROV-JSON: Python's {@code json.dumps} writes {@code NaN} and {@code Infinity}, which are
     * accepted (and reported by the validator); strings may be as long as the heap allows (a
     * {@code provlens:JSON} series literal of a long run is far beyond jackson's default 20 million characters);
     * numbers of any length are tokenised (and kept as text, see above); nesting is bounded so that skipping a too
     * deep record costs little heap.
     */
    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(Integer.MAX_VALUE)
                    .maxNumberLength(Integer.MAX_VALUE)
                    .maxNameLength(1 << 24)
                    .maxNestingDepth(100_000)
                    .build())
            .build();

    /**
     * A number that a {@code long} or {@code double} would not keep as written: an integer of more digits than a
     * long, or a decimal beyond the range of a double ({@code 1e400}).
     *
     * @param text the number as written
     */
    record NumberText(String text) {
        /**
         * Whether it is written as an integer.
         *
         * @return true without fraction or exponent
         */
        boolean integral() {
            return text.chars().noneMatch(c -> c == '.' || c == 'e' || c == 'E');
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private boolean tooDeep;

    /**
     * Reads the value at the parser's current token, leaving the parser on its last token.
     *
     * @param parser a parser positioned on the first token of a value
     * @return the value; {@code null} also when it was {@link #tooDeep() too deep}
     * @throws IOException on malformed JSON
     */
    Object read(JsonParser parser) throws IOException {
        tooDeep = false;
        return value(parser, 0);
    }

    /**
     * Whether the last value read nested deeper than {@link #MAX_DEPTH} levels (then it was skipped).
     *
     * @return true when it did
     */
    boolean tooDeep() {
        return tooDeep;
    }

    private Object value(JsonParser parser, int depth) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            throw new IOException("expected a JSON value, found the end of the input");
        }
        if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && depth >= MAX_DEPTH) {
            tooDeep = true;
            parser.skipChildren();
            return null;
        }
        return switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
                    parser.nextToken();
                    map.put(name, value(parser, depth + 1));
                }
                yield map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(parser, depth + 1));
                }
                yield list;
            }
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT -> {
                String text = parser.getText();
                int digits = text.length() - (text.startsWith("-") ? 1 : 0);
                yield digits <= MAX_LONG_DIGITS ? (Object) Long.parseLong(text) : new NumberText(text);
            }
            case VALUE_NUMBER_FLOAT -> {
                if (parser.isNaN()) {
                    yield parser.getDoubleValue(); // NaN and the infinities Python writes
                }
                double value = parser.getTextLength() <= FAST_DOUBLE_CHARS ? parser.getDoubleValue()
                        : Double.parseDouble(parser.getText());
                yield Double.isInfinite(value) ? new NumberText(parser.getText()) : (Object) value;
            }
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new IOException("unexpected JSON token " + token);
        };
    }
}
