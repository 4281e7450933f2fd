package uk.org.casereview.api.spreadsheet;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetTextTest {

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaIsPrefixedWithAQuote() {
        assertThat(SpreadsheetText.neutralise("=HYPERLINK(\"https://evil.example\",\"x\")")).isEqualTo("'=HYPERLINK(\"https://evil.example\",\"x\")");
        assertThat(SpreadsheetText.neutralise("+44 20 7946 0000")).isEqualTo("'+44 20 7946 0000");
        assertThat(SpreadsheetText.neutralise("-2+3")).isEqualTo("'-2+3");
        assertThat(SpreadsheetText.neutralise("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(SpreadsheetText.neutralise("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(SpreadsheetText.neutralise("\r=1+1")).isEqualTo("'\r=1+1");
    }

    @Test
    void otherTextIsLeftAsItIs() {
        assertThat(SpreadsheetText.neutralise("Audit information sharing")).isEqualTo("Audit information sharing");
        assertThat(SpreadsheetText.neutralise("a = b")).isEqualTo("a = b");
        assertThat(SpreadsheetText.neutralise("")).isEmpty();
        assertThat(SpreadsheetText.neutralise(null)).isNull();
    }

    @JsonPropertyOrder({"text", "number", "on"})
    record Row(String text, long number, LocalDate on) {
    }

    @Test
    void theCsvMapperNeutralisesEveryTextCell() throws Exception {
        var csv = CsvFiles.mapper();
        var writer = csv.writer(csv.schemaFor(Row.class).withHeader());
        assertThat(writer.writeValueAsString(new Row("=cmd|' /C calc'!A0", -3, LocalDate.of(2025, 5, 1))).lines())
                .containsExactly("text,number,on", "\"'=cmd|' /C calc'!A0\",-3,2025-05-01");
        assertThat(writer.writeValueAsString(new Row("a,=1+1", 1, null)).lines())
                .as("a separator in the text: the cell is quoted, so no new cell begins with =")
                .containsExactly("text,number,on", "\"a,=1+1\",1,");
    }
}
