/** Generated implementation classes of the diagram description metamodel; internal, create instances through DescriptionFactory. */
package org.provlens.diagram.core.description.impl;
