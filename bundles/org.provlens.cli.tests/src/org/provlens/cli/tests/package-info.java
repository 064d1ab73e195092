/** Tests of the provlens command, run in process on real files. */
package org.provlens.cli.tests;
