/** The Runs navigator: campaigns, workflows and task hierarchies, lazily expanded. */
package org.provlens.ui.navigator;
