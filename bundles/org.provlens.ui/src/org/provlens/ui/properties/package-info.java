/** Property sources that show executions in the Properties view. */
package org.provlens.ui.properties;
