/** Generated switch and adapter factory of the diagram state metamodel. */
package org.provlens.diagram.core.view.util;
