/** Searches over hyperparameter spaces (random search and a small Gaussian-process Bayesian search) and the evaluations-to-target measure, to find out what seeds are worth. */
package org.provlens.recommender.core.evaluation;
