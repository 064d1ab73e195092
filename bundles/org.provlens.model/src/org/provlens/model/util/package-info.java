/** Hand-written helpers of the ProvLens model: persistence, navigation and the data type conversions. */
package org.provlens.model.util;
