/**
 * The CMF (HPE Common Metadata Framework) importer: metadata JSON exports, local MLMD SQLite stores and the CMF
 * server's artifact and execution listings, all mapped onto the same campaigns, workflows, tasks and artifacts.
 */
package org.provlens.importer.core.cmf;
