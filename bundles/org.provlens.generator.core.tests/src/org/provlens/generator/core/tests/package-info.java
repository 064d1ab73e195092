/** Tests of the campaign generator: determinism, structure, physics, scaling and import by the real Flowcept importer. */
package org.provlens.generator.core.tests;
