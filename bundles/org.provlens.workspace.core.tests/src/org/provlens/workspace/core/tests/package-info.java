/** Tests of the workspace session: imports into the bulk store, saving and reopening, concurrent readers. */
package org.provlens.workspace.core.tests;
