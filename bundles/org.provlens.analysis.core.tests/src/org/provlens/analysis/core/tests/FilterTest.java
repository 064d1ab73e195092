package org.provlens.analysis.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.provlens.analysis.core.Filter;
import org.provlens.analysis.core.FilterException;
import org.provlens.analysis.core.LevelTable;
import org.provlens.analysis.core.TaskColumns;
import org.provlens.model.Task;

class FilterTest {

    private final LevelTable table = LevelTable.of(Campaigns.sweep(), "model_train");

    private List<String> ids(String expression) {
        return table.filter(expression).rows().stream().map(Task::getId).toList();
    }

    @Test
    void theIssuesExampleSelectsByActivityParameterAndStatus() {
        assertEquals(List.of("train-1", "train-3"),
                ids("activity = model_train and used.lr >= 0.01 and status != ERROR"));
    }

    @Test
    void precedenceParenthesesNotAndCaseInsensitiveKeywords() {
        assertEquals(List.of("train-0", "train-1", "train-3"), ids("used.optimizer = adam OR status = FINISHED"));
        assertEquals(List.of("train-0"), ids("used.optimizer = adam and not (used.lr > 0.005)"));
        assertEquals(List.of("train-2", "train-3"), ids("used.optimizer ~ 'SG'"));
        assertEquals(List.of("train-0", "train-1", "train-2", "train-3"), ids("  "));
    }

    @Test
    void absentValuesNeverMatchAComparison() {
        // train-2 diverged and has no loss: neither < nor != selects it.
        assertEquals(List.of("train-0", "train-1", "train-3"), ids("generated.loss != 99"));
        assertEquals(List.of("train-1"), ids("generated.loss < 0.35"));
    }

    @Test
    void telemetrySummariesAreColumns() {
        // Gauges give mean and max of start and end; counters give end minus start.
        assertEquals(List.of("train-2", "train-3"), ids("telemetry.gpu.gpu_0.power.max >= 302"));
        assertEquals(List.of("train-3"), ids("telemetry.gpu.gpu_0.power.mean = 201.5"));
        assertEquals(4, ids("telemetry.disk.io_sum.read_bytes.delta = 4000").size());
        assertEquals(List.of("train-3"), ids("duration > 300"));
    }

    @Test
    void errorsSayWhatAndWhere() {
        TaskColumns columns = table.columns();
        FilterException unknown = assertThrows(FilterException.class, () -> Filter.compile("used.lrr > 1", columns));
        assertEquals("column 1: unknown field 'used.lrr' (did you mean used.lr?)", unknown.getMessage());
        FilterException type = assertThrows(FilterException.class, () -> Filter.compile("used.lr = fast", columns));
        assertEquals("column 11: used.lr is a number; 'fast' is not", type.getMessage());
        FilterException textOrder = assertThrows(FilterException.class, () -> Filter.compile("status < B", columns));
        assertEquals(7, textOrder.getPosition());
        assertTrue(textOrder.getMessage().contains("status is text"), textOrder.getMessage());
        FilterException dangling = assertThrows(FilterException.class, () -> Filter.compile("status = X and", columns));
        assertEquals("column 15: expected a field name but the expression ends", dangling.getMessage());
        assertThrows(FilterException.class, () -> Filter.compile("(status = X", columns));
        assertThrows(FilterException.class, () -> Filter.compile("status = 'open", columns));
        assertThrows(FilterException.class, () -> Filter.compile("status ERROR", columns));
    }

    @Test
    void completionOffersFieldNamesForTheWordBeforeTheCursor() {
        TaskColumns columns = table.columns();
        String text = "status = FINISHED and used.";
        assertEquals(List.of("used.lr", "used.optimizer"), Filter.complete(text, text.length(), columns));
        assertTrue(Filter.complete("gen", 3, columns).contains("generated.loss"));
    }
}
