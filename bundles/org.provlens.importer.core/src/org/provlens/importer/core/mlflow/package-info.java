/** The MLflow importer: experiments and runs from a file store ({@code mlruns}) or a SQLite tracking database. */
package org.provlens.importer.core.mlflow;
