/** Generated implementation classes of the ProvLens metamodel; internal, create instances through ProvlensFactory. */
package org.provlens.model.impl;
