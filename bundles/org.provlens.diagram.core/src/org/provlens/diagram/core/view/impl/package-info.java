/** Generated implementation classes of the diagram state metamodel; internal, create instances through ViewFactory. */
package org.provlens.diagram.core.view.impl;
