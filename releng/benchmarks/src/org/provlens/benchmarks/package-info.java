/**
 * Benchmarks of ProvLens run as plain Java commands outside OSGi and Tycho (see {@code releng/benchmarks/README.md}):
 * a deterministic synthetic workspace and what is measured on it.
 */
package org.provlens.benchmarks;
