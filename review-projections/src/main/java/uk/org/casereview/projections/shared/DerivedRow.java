package uk.org.casereview.projections.shared;

import java.util.LinkedHashMap;
import java.util.List;

/**
 * A row of a read-model table that is a pure function of one aggregate's history. Rows are compared whole (records);
 * a projection writes only the rows that the latest event added or removed.
 */
public interface DerivedRow {

    String table();

    /** The columns that identify the row, for deleting it. */
    List<String> key();

    /** Every column with its value, in insert order. */
    LinkedHashMap<String, Object> columns();
}
