/**
 * A test-only plug-in that the IDE installation test starts in an Eclipse IDE with ProvLens installed: it reports
 * what the IDE shows and runs, then closes it. Never part of a feature.
 */
package org.provlens.ide.checker;
