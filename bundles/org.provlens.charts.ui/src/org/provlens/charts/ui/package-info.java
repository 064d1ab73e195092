/** The chart adapters over SWTChart (theme, painting to screen and SVG, zoom, export); the only SWTChart users. */
package org.provlens.charts.ui;
