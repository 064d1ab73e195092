/** Tests of the recommender: characterisation, similarity, the knowledge graph, ranking, export, the seed account and the searches of the evaluation. */
package org.provlens.recommender.core.tests;
