/** The diagram description metamodel (Sirius's vocabulary, typed features): generated interfaces in src-gen, see model/description.ecore. */
package org.provlens.diagram.core.description;
