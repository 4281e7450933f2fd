package uk.org.casereview.api.spreadsheet;

/**
 * Text as it goes into a cell of a CSV or XLSX file the service writes. Text is stored as it was recorded (a note may
 * well begin with "-" or "="), but a spreadsheet program opening the file would run a cell that begins with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return as a formula ({@code =HYPERLINK(...)}: CSV injection).
 * As OWASP recommends, such a cell is prefixed with a single quote, so that it is shown as the text it is; the CSV
 * writer quotes the cell and doubles any quote inside it.
 *
 * @see <a href="https://owasp.org/www-community/attacks/CSV_Injection">OWASP: CSV injection</a>
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /** The text as a cell that a spreadsheet shows as text, never runs. */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }

    /**
     * The text a cell of a file this service wrote was neutralised from: an import of an export reads back the text as
     * recorded. Any other cell is read as it is (a cell that begins with {@code =} is text, never a formula).
     */
    public static String asRecorded(String cell) {
        if (cell != null && cell.length() > 1 && cell.charAt(0) == '\'') {
            return switch (cell.charAt(1)) {
                case '=', '+', '-', '@', '\t', '\r' -> cell.substring(1);
                default -> cell;
            };
        }
        return cell;
    }
}
