/** Tests of the W3C PROV-JSON export, import and validation. */
package org.provlens.importer.core.tests.prov;
