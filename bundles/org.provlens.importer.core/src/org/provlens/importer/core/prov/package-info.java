/** W3C PROV-JSON: export of a workspace, import of PROV-JSON documents, and a validator of the PROV-JSON structure. */
package org.provlens.importer.core.prov;
