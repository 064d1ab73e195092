package org.provlens.energy.core.tests;

import java.nio.file.Path;
import java.util.stream.Stream;

/** The test data: this bundle's {@code testfiles/} and the repository's {@code samples/}, from wherever tests run. */
final class Files {

    private Files() {
    }

    /** A file under {@code testfiles/}. */
    static Path testfile(String relative) {
        return find(Path.of("testfiles", relative));
    }

    /** A file under the repository's {@code samples/}. */
    static Path sample(String relative) {
        return find(Path.of("..", "..", "samples", relative));
    }

    private static Path find(Path relative) {
        // From the bundle folder (the dev loop, Tycho) or the folder the basedir property names.
        return Stream.of(relative, Path.of(System.getProperty("basedir", ".")).resolve(relative))
                .filter(java.nio.file.Files::exists).findFirst()
                .orElseThrow(() -> new IllegalStateException(relative + " not found from "
                        + Path.of("").toAbsolutePath()));
    }
}
