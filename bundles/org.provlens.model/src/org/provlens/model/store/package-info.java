/**
 * The bulk store of a workspace: telemetry snapshots and series, kept column-wise in memory-mapped files beside
 * the workspace file instead of as arrays on the Java heap, appended by imports and read by typed queries.
 */
package org.provlens.model.store;
