/** Tests of the Flowcept importer on bad input: every class of damage, built by the tests. */
package org.provlens.importer.core.tests.flowcept;
