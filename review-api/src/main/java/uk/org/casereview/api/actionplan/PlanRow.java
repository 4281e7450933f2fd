package uk.org.casereview.api.actionplan;

import java.util.Map;

/**
 * One row of an action plan: its line (the row number a spreadsheet program shows; the header is line 1) and its
 * cells by column name, trimmed, with empty cells absent.
 */
public record PlanRow(int line, Map<String, String> cells) {

    public String cell(String column) {
        return cells.get(column);
    }

    public boolean has(String column) {
        return cells.containsKey(column);
    }
}
