/** The recommender as a data provider: a typed query in, immutable recommendations out, for the view and the headless command alike. */
package org.provlens.recommender.core.provider;
