/** The Level table: all tasks of one level side by side, with filter, sort, grouping, drill down and CSV. */
package org.provlens.ui.table;
