package org.provlens.importer.core.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Finds files under this bundle's {@code testfiles/}, whether tests run from the bundle folder or Tycho's work folder. */
public final class TestFiles {

    private TestFiles() {
    }

    /**
     * A file under {@code testfiles/}.
     *
     * @param relative the path below {@code testfiles/}
     * @return the file
     */
    public static Path get(String relative) {
        return Stream.of(Path.of("testfiles"), Path.of(System.getProperty("basedir", "."), "testfiles"),
                Path.of("..", "..", "testfiles"))
                .map(dir -> dir.resolve(relative))
                .filter(Files::exists)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("test file not found: testfiles/" + relative
                        + " (working directory " + Path.of("").toAbsolutePath() + ")"));
    }
}
