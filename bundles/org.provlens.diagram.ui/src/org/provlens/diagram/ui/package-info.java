/** The diagram editors of the workbench: Lineage, Workflow DAG and Task Hierarchy on an SWT canvas, over the diagram core. */
package org.provlens.diagram.ui;
