/** Horizontal analysis of tasks: levels, columns, the typed filter language, sorting and aggregation. Core: no UI. */
package org.provlens.analysis.core;
