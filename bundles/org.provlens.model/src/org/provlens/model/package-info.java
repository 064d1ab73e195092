/** The ProvLens metamodel of AI workflow provenance: generated interfaces in src-gen, see model/provlens.ecore. */
package org.provlens.model;
