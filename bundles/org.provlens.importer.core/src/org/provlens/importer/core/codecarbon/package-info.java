/** The CodeCarbon importer: energy and carbon estimates from {@code emissions.csv}. */
package org.provlens.importer.core.codecarbon;
