/** Tests of the importers on real-shaped files. */
package org.provlens.importer.core.tests;
