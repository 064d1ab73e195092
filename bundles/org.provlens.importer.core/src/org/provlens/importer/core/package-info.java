/** Importers of provenance formats into the ProvLens model: the shared import API and workspace builder. Core: no UI, no OSGi needed. */
package org.provlens.importer.core;
