/** The persisted state of diagrams (positions, pins, collapsed, hidden, groups): generated interfaces in src-gen, see model/view.ecore. */
package org.provlens.diagram.core.view;
