package org.provlens.cli;

import java.io.IOException;
import java.io.OutputStream;

import org.provlens.importer.core.internal.JsonTrees;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;

/** JSON output of the commands: pretty printed, UTF-8, never closing the underlying stream. */
final class Json {

    private Json() {
    }

    static JsonGenerator to(OutputStream out) throws IOException {
        JsonGenerator json = JsonTrees.FACTORY.createGenerator(out, JsonEncoding.UTF8);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.useDefaultPrettyPrinter();
        return json;
    }
}
