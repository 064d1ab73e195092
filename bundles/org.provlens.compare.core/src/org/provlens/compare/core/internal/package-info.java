/** The comparison's building blocks: resolving runs, diffing configurations, collecting outcomes and series, aligning children. */
package org.provlens.compare.core.internal;
