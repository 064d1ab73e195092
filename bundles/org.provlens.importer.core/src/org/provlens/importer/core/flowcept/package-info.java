/** The Flowcept importer: task and workflow records as a JSON array or a JSONL buffer file. */
package org.provlens.importer.core.flowcept;
