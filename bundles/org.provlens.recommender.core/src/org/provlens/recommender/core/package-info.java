/** Recommends model and hyperparameter seeds for a learning task from the past runs of similar tasks, and keeps the account of what the seeds were worth. */
package org.provlens.recommender.core;
