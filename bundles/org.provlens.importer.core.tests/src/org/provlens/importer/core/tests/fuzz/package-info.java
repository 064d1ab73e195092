/** The fuzzing harness of the importers: damaged inputs of every format, and the properties every import keeps. */
package org.provlens.importer.core.tests.fuzz;
