/** The Recommendations view: seeds for a run's task or a described one, their evidence and the task's neighbours, and the account of runs started from seeds. */
package org.provlens.recommender.ui;
