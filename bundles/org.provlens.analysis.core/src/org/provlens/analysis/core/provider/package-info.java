/**
 * Data providers in Trace Compass's manner: a provider answers a typed query with an immutable
 * {@link org.provlens.analysis.core.provider.ProviderResponse} and takes a progress monitor, so the same numbers
 * reach a view (from a Job), the headless command and the reports.
 */
package org.provlens.analysis.core.provider;
