/** How the diagram provider works: synchronization, evaluation of typed finders and conditions, styles and ELK layout. */
package org.provlens.diagram.core.internal;
