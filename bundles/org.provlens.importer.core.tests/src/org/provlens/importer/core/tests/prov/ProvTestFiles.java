package org.provlens.importer.core.tests.prov;

import java.nio.file.Path;

/**
 * Finds files under this bundle's {@code testfiles/}, through {@link org.provlens.importer.core.tests.TestFiles}.
 */
final class ProvTestFiles {

    private ProvTestFiles() {
    }

    static Path get(String relative) {
        return org.provlens.importer.core.tests.TestFiles.get(relative);
    }
}
