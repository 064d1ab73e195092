/** Side-by-side comparison of workflow runs and tasks: configuration and outcome diffs, aligned hierarchies, overlay series. */
package org.provlens.compare.core;
