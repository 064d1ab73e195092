/** Plain JUnit tests of the ProvLens model and its persistence. */
package org.provlens.model.tests;
