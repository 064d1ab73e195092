/** Tests of energy and carbon accounting, with expectations computed by hand in each test. */
package org.provlens.energy.core.tests;
