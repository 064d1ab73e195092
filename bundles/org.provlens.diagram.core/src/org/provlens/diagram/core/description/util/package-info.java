/** Generated switch, adapter factory and validator of the diagram description metamodel. */
package org.provlens.diagram.core.description.util;
