package uk.org.casereview.api.actionplan;

import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import uk.org.casereview.api.spreadsheet.CsvFiles;
import uk.org.casereview.api.spreadsheet.SpreadsheetText;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * Writes action plan rows with the columns of {@link ActionPlanColumns}: CSV through the service's CSV mapper, XLSX
 * through POI's streaming workbook (a window of rows in memory). Every text cell is neutralised ({@link SpreadsheetText}):
 * a cell that begins with {@code =}, {@code +}, {@code -} or {@code @} is never run as a formula.
 */
final class PlanWriter {

    private PlanWriter() {
    }

    static void write(List<Map<String, String>> rows, SpreadsheetFormat format, OutputStream out) throws IOException {
        if (format == SpreadsheetFormat.CSV) {
            CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
            ActionPlanColumns.ALL.forEach(schema::addColumn);
            CsvFiles.mapper().writer(schema.build()).writeValues(out).writeAll(rows).close();
            return;
        }
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet("Action plan");
            Row header = sheet.createRow(0);
            for (int c = 0; c < ActionPlanColumns.ALL.size(); c++) {
                header.createCell(c).setCellValue(ActionPlanColumns.ALL.get(c));
            }
            int r = 1;
            for (Map<String, String> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < ActionPlanColumns.ALL.size(); c++) {
                    String value = values.get(ActionPlanColumns.ALL.get(c));
                    if (value != null && !value.isEmpty()) {
                        row.createCell(c).setCellValue(SpreadsheetText.neutralise(value));
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
    }
}
