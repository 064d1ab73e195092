/** Tests of levels, columns, filters and aggregation. */
package org.provlens.analysis.core.tests;
