package org.provlens.compare.ui.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;

import org.eclipse.nebula.widgets.nattable.NatTable;
import org.eclipse.nebula.widgets.nattable.config.AbstractRegistryConfiguration;
import org.eclipse.nebula.widgets.nattable.config.CellConfigAttributes;
import org.eclipse.nebula.widgets.nattable.config.DefaultNatTableStyleConfiguration;
import org.eclipse.nebula.widgets.nattable.config.IConfigRegistry;
import org.eclipse.nebula.widgets.nattable.coordinate.PositionCoordinate;
import org.eclipse.nebula.widgets.nattable.coordinate.Range;
import org.eclipse.nebula.widgets.nattable.data.IDataProvider;
import org.eclipse.nebula.widgets.nattable.grid.GridRegion;
import org.eclipse.nebula.widgets.nattable.grid.layer.ColumnHeaderLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.CornerLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.GridLayer;
import org.eclipse.nebula.widgets.nattable.grid.layer.RowHeaderLayer;
import org.eclipse.nebula.widgets.nattable.layer.DataLayer;
import org.eclipse.nebula.widgets.nattable.layer.event.ResizeStructuralRefreshEvent;
import org.eclipse.nebula.widgets.nattable.selection.SelectionLayer;
import org.eclipse.nebula.widgets.nattable.selection.command.SelectCellCommand;
import org.eclipse.nebula.widgets.nattable.selection.event.ISelectionEvent;
import org.eclipse.nebula.widgets.nattable.style.CellStyleAttributes;
import org.eclipse.nebula.widgets.nattable.style.DisplayMode;
import org.eclipse.nebula.widgets.nattable.style.HorizontalAlignmentEnum;
import org.eclipse.nebula.widgets.nattable.style.Style;
import org.eclipse.nebula.widgets.nattable.tooltip.NatTableContentTooltip;
import org.eclipse.nebula.widgets.nattable.ui.matcher.MouseEventMatcher;
import org.eclipse.nebula.widgets.nattable.viewport.ViewportLayer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * A grid of the compared runs side by side: one column per run, one row per key, row labels in a fixed header and
 * run names in the column header. Rows and columns are virtual (NatTable draws only what shows), so a thousand
 * runs scroll as smoothly as three. Cells carry style labels: a value that differs from the baseline's, the best
 * value of a row, a missing value, a difference that is better or worse, an unmatched child.
 */
public final class DiffGrid {

    /** Style label: the value differs from the baseline run's. */
    public static final String DIFFERS = "DIFFERS";
    /** Style label: the best value of its row. */
    public static final String BEST = "BEST";
    /** Style label: the run has no value. */
    public static final String MISSING = "MISSING";
    /** Style label: the difference to the baseline is an improvement. */
    public static final String BETTER = "BETTER";
    /** Style label: the difference to the baseline is a deterioration. */
    public static final String WORSE = "WORSE";
    /** Style label: the run has no child matching the others'. */
    public static final String UNMATCHED = "UNMATCHED";
    /** Style label: the baseline run's column. */
    public static final String BASELINE = "BASELINE";
    /** Style label of a row header: the row's values differ. */
    public static final String ROW_DIFFERS = "ROW_DIFFERS";

    /** What a grid shows. */
    public interface Model {
        /**
         * The number of rows.
         *
         * @return the count
         */
        int rows();

        /**
         * The number of runs.
         *
         * @return the count
         */
        int columns();

        /**
         * A row's label.
         *
         * @param row the row
         * @return its text
         */
        String rowLabel(int row);

        /**
         * A run's label.
         *
         * @param column the run's column
         * @return its text
         */
        String columnLabel(int column);

        /**
         * A cell's text.
         *
         * @param row the row
         * @param column the run's column
         * @return the text
         */
        String text(int row, int column);

        /**
         * A cell's tooltip: its whole value.
         *
         * @param row the row
         * @param column the run's column
         * @return the text, by default the cell's
         */
        default String tooltip(int row, int column) {
            return text(row, column);
        }

        /**
         * The style labels of a cell.
         *
         * @param row the row
         * @param column the run's column
         * @param labels receives the labels
         */
        void labels(int row, int column, List<String> labels);

        /**
         * Whether a row's label is emphasised (its values differ).
         *
         * @param row the row
         * @return true to emphasise
         */
        boolean emphasised(int row);
    }

    private static final Model EMPTY = new Model() {
        @Override
        public int rows() {
            return 0;
        }

        @Override
        public int columns() {
            return 0;
        }

        @Override
        public String rowLabel(int row) {
            return "";
        }

        @Override
        public String columnLabel(int column) {
            return "";
        }

        @Override
        public String text(int row, int column) {
            return "";
        }

        @Override
        public void labels(int row, int column, List<String> labels) {
            // none
        }

        @Override
        public boolean emphasised(int row) {
            return false;
        }
    };

    private Model model = EMPTY;
    private final boolean numeric;
    private final DataLayer bodyData;
    private final DataLayer columnData;
    private final NatTable table;
    private final SelectionLayer selection;
    private final ViewportLayer viewport;
    private final List<Color> colors = new ArrayList<>();
    private Font bold;
    private Font italic;

    /**
     * A grid.
     *
     * @param parent the parent
     * @param rowHeaderWidth the width of the row labels, in pixels
     * @param columnWidth the width of a run's column
     * @param numeric whether the cells are numbers (aligned right) rather than text (aligned left)
     */
    public DiffGrid(Composite parent, int rowHeaderWidth, int columnWidth, boolean numeric) {
        IDataProvider body = new Cells(() -> model.columns(), () -> model.rows(), (c, r) -> model.text(r, c));
        IDataProvider columnHeader = new Cells(() -> model.columns(), () -> 1, (c, r) -> model.columnLabel(c));
        IDataProvider rowHeader = new Cells(() -> 1, () -> model.rows(), (c, r) -> model.rowLabel(r));
        IDataProvider corner = new Cells(() -> 1, () -> 1, (c, r) -> "");
        this.numeric = numeric;
        bodyData = new DataLayer(body, columnWidth, 22);
        List<String> scratch = new ArrayList<>();
        bodyData.setConfigLabelAccumulator((labels, column, row) -> {
            scratch.clear();
            if (row < model.rows() && column < model.columns()) {
                model.labels(row, column, scratch);
            }
            scratch.forEach(labels::addLabel);
        });
        selection = new SelectionLayer(bodyData);
        viewport = new ViewportLayer(selection);
        columnData = new DataLayer(columnHeader, columnWidth, 24);
        ColumnHeaderLayer columns = new ColumnHeaderLayer(columnData, viewport, selection);
        DataLayer rowData = new DataLayer(rowHeader, rowHeaderWidth, 22);
        rowData.setConfigLabelAccumulator((labels, column, row) -> {
            if (row < model.rows() && model.emphasised(row)) {
                labels.addLabel(ROW_DIFFERS);
            }
        });
        RowHeaderLayer rows = new RowHeaderLayer(rowData, viewport, selection);
        CornerLayer cornerLayer = new CornerLayer(new DataLayer(corner), rows, columns);
        GridLayer grid = new GridLayer(viewport, columns, rows, cornerLayer);
        table = new NatTable(parent, SWT.NO_BACKGROUND | SWT.NO_REDRAW_RESIZE | SWT.DOUBLE_BUFFERED | SWT.V_SCROLL
                | SWT.H_SCROLL | SWT.BORDER, grid, false);
        table.addConfiguration(new DefaultNatTableStyleConfiguration());
        table.addConfiguration(new Styles());
        table.configure();
        new NatTableContentTooltip(table, GridRegion.BODY, GridRegion.ROW_HEADER, GridRegion.COLUMN_HEADER) {
            @Override
            protected String getText(Event event) {
                // A body cell's whole value, which its text may shorten.
                int column = table.getColumnIndexByPosition(table.getColumnPositionByX(event.x));
                int row = table.getRowIndexByPosition(table.getRowPositionByY(event.y));
                if (column >= 0 && row >= 0 && column < model.columns() && row < model.rows()
                        && table.getRegionLabelsByXY(event.x, event.y).hasLabel(GridRegion.BODY)) {
                    return model.tooltip(row, column);
                }
                return super.getText(event);
            }
        };
        table.addDisposeListener(e -> {
            colors.forEach(Color::dispose);
            if (bold != null) {
                bold.dispose();
                italic.dispose();
            }
        });
    }

    /** The styles of the labels. */
    private final class Styles extends AbstractRegistryConfiguration {
        @Override
        public void configureRegistry(IConfigRegistry registry) {
            FontData[] data = table.getFont().getFontData();
            bold = new Font(table.getDisplay(), data[0].getName(), data[0].getHeight(), SWT.BOLD);
            italic = new Font(table.getDisplay(), data[0].getName(), data[0].getHeight(), SWT.ITALIC);
            style(registry, DIFFERS, color(255, 243, 196), null, null);
            style(registry, BASELINE, color(232, 240, 252), null, null);
            style(registry, MISSING, null, color(150, 150, 150), null);
            style(registry, UNMATCHED, color(240, 240, 240), color(150, 150, 150), italic);
            style(registry, BETTER, null, color(0, 128, 0), null);
            style(registry, WORSE, null, color(190, 30, 30), null);
            style(registry, BEST, color(206, 240, 206), null, bold);
            Style header = new Style();
            header.setAttributeValue(CellStyleAttributes.FONT, bold);
            header.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.LEFT);
            registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, header, DisplayMode.NORMAL, ROW_DIFFERS);
            Style left = new Style();
            left.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT, HorizontalAlignmentEnum.LEFT);
            registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, left, DisplayMode.NORMAL,
                    GridRegion.ROW_HEADER);
            // Every body cell: numbers to the right, text to the left (labels above add colours and fonts).
            Style body = new Style();
            body.setAttributeValue(CellStyleAttributes.HORIZONTAL_ALIGNMENT,
                    numeric ? HorizontalAlignmentEnum.RIGHT : HorizontalAlignmentEnum.LEFT);
            registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, body, DisplayMode.NORMAL,
                    GridRegion.BODY);
        }

        private void style(IConfigRegistry registry, String label, Color background, Color foreground, Font font) {
            Style style = new Style();
            if (background != null) {
                style.setAttributeValue(CellStyleAttributes.BACKGROUND_COLOR, background);
            }
            if (foreground != null) {
                style.setAttributeValue(CellStyleAttributes.FOREGROUND_COLOR, foreground);
            }
            if (font != null) {
                style.setAttributeValue(CellStyleAttributes.FONT, font);
            }
            registry.registerConfigAttribute(CellConfigAttributes.CELL_STYLE, style, DisplayMode.NORMAL, label);
        }

        private Color color(int r, int g, int b) {
            Color color = new Color(table.getDisplay(), new RGB(r, g, b));
            colors.add(color);
            return color;
        }
    }

    /**
     * Shows a model.
     *
     * @param shown what to show, {@code null} for nothing
     */
    public void setModel(Model shown) {
        model = shown == null ? EMPTY : shown;
        selection.clear(false);
        table.refresh();
    }

    /**
     * Sets the width of every run's column.
     *
     * @param width the width in pixels
     */
    public void setColumnWidth(int width) {
        if (bodyData.getDefaultColumnWidth() == width) {
            return;
        }
        bodyData.setDefaultColumnWidth(width);
        columnData.setDefaultColumnWidth(width);
        // Not table.refresh(): a structural refresh clears the selection and reports it as an empty selection, so
        // every comparison shown again (the full answer after the first) emptied the workbench's selection.
        bodyData.fireLayerEvent(new ResizeStructuralRefreshEvent(bodyData));
        columnData.fireLayerEvent(new ResizeStructuralRefreshEvent(columnData));
    }

    /**
     * The model shown.
     *
     * @return the model
     */
    public Model model() {
        return model;
    }

    /**
     * Calls back when a row label is clicked.
     *
     * @param action called with the row
     */
    public void onRowHeaderClick(IntConsumer action) {
        table.getUiBindingRegistry().registerFirstSingleClickBinding(MouseEventMatcher.rowHeaderLeftClick(SWT.NONE),
                (natTable, event) -> row(event.y, action));
    }

    /**
     * Calls back when a body cell is double-clicked.
     *
     * @param action called with the row
     */
    public void onDoubleClick(IntConsumer action) {
        table.getUiBindingRegistry().registerDoubleClickBinding(MouseEventMatcher.bodyLeftClick(SWT.NONE),
                (natTable, event) -> row(event.y, action));
    }

    private void row(int y, IntConsumer action) {
        int row = table.getRowIndexByPosition(table.getRowPositionByY(y));
        if (row >= 0 && row < model.rows()) {
            action.accept(row);
        }
    }

    /**
     * Calls back when the selection changes.
     *
     * @param action told of the change
     */
    public void onSelection(Runnable action) {
        selection.addLayerListener(event -> {
            if (event instanceof ISelectionEvent) {
                action.run();
            }
        });
    }

    /**
     * The selected cells.
     *
     * @return {row, column} pairs, by row then column
     */
    public List<int[]> selectedCells() {
        List<int[]> cells = new ArrayList<>();
        for (PositionCoordinate cell : selection.getSelectedCellPositions()) {
            cells.add(new int[] {cell.getRowPosition(), cell.getColumnPosition()});
        }
        return cells;
    }

    /**
     * Selects one cell as a click does, wherever the grid is scrolled.
     *
     * @param row the row
     * @param column the run's column
     */
    public void selectCell(int row, int column) {
        selection.doCommand(new SelectCellCommand(selection, column, row, false, false));
    }

    /**
     * The rows with a selected cell.
     *
     * @return the rows, ascending
     */
    public List<Integer> selectedRows() {
        List<Integer> rows = new ArrayList<>();
        for (Range range : selection.getSelectedRowPositions()) {
            for (int row = range.start; row < range.end; row++) {
                rows.add(row);
            }
        }
        rows.sort(null);
        return rows;
    }

    /**
     * The table.
     *
     * @return the NatTable
     */
    public NatTable table() {
        return table;
    }

    /**
     * The viewport, for scrolling.
     *
     * @return the viewport layer
     */
    public ViewportLayer viewport() {
        return viewport;
    }

    /** Read-only cells of a grid region, asked of the model when painted. */
    private record Cells(IntSupplier columns, IntSupplier rows, BiFunction<Integer, Integer, String> text)
            implements IDataProvider {
        @Override
        public Object getDataValue(int column, int row) {
            return text.apply(column, row);
        }

        @Override
        public void setDataValue(int column, int row, Object value) {
            // read-only
        }

        @Override
        public int getColumnCount() {
            return columns.getAsInt();
        }

        @Override
        public int getRowCount() {
            return rows.getAsInt();
        }
    }
}
