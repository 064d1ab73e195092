/** Deterministic generators of synthetic but realistic provenance (Flowcept JSONL campaigns) for samples, tests and benchmarks. */
package org.provlens.generator.core;
