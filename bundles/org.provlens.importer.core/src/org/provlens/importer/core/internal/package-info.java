/** Internal helpers of the importers (JSON reading); not API. */
package org.provlens.importer.core.internal;
