/** Annotations: findings users record on provenance elements, the Annotate dialog, its undoable operations and the Annotations view. */
package org.provlens.ui.annotations;
