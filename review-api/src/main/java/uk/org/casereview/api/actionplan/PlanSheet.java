package uk.org.casereview.api.actionplan;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;
import uk.org.casereview.api.spreadsheet.SpreadsheetText;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the rows of an action plan from a CSV file (Jackson's CSV parser, UTF-8) or the first sheet of an XLSX workbook
 * (Apache POI's streaming SAX reader, which keeps POI's protections: no external entities or DOCTYPE, and zip-bomb
 * checks). A formula is never evaluated: an XLSX formula cell is read as its text ({@code =...}), and CSV text that
 * begins with {@code =} is text like any other. A cell that this service neutralised when it wrote the file
 * ({@code '=...}) is read back as the text it was.
 */
final class PlanSheet {

    private PlanSheet() {
    }

    static List<PlanRow> read(byte[] file, SpreadsheetFormat format, int maxRows) {
        List<List<String>> rows = format == SpreadsheetFormat.CSV ? csv(file, maxRows) : xlsx(file, maxRows);
        if (rows.isEmpty()) {
            throw new UnreadableFileException("the file is empty: its first row must name the columns " + String.join(", ", ActionPlanColumns.ALL));
        }
        List<String> header = rows.get(0).stream().map(name -> name == null ? "" : name.trim().toLowerCase(java.util.Locale.ROOT)).toList();
        checkHeader(header);
        List<PlanRow> plan = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            Map<String, String> byColumn = new LinkedHashMap<>();
            for (int c = 0; c < header.size() && c < cells.size(); c++) {
                String value = cells.get(c) == null ? "" : SpreadsheetText.asRecorded(cells.get(c).strip());
                if (!value.isEmpty() && !header.get(c).isEmpty()) {
                    byColumn.put(header.get(c), value);
                }
            }
            if (!byColumn.isEmpty()) {
                plan.add(new PlanRow(r + 1, byColumn));
            }
        }
        return plan;
    }

    private static void checkHeader(List<String> header) {
        Set<String> seen = new HashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String name : header) {
            if (name.isEmpty()) {
                continue;
            }
            if (!ActionPlanColumns.ALL.contains(name)) {
                unknown.add(name);
            } else if (!seen.add(name)) {
                throw new UnreadableFileException("the header names the column " + name + " twice");
            }
        }
        List<String> missing = ActionPlanColumns.ALL.stream().filter(name -> !seen.contains(name)).toList();
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw new UnreadableFileException("the first row must name the columns " + String.join(", ", ActionPlanColumns.ALL)
                    + " (in any order)" + (missing.isEmpty() ? "" : "; missing: " + String.join(", ", missing))
                    + (unknown.isEmpty() ? "" : "; not columns of an action plan: " + String.join(", ", unknown)));
        }
    }

    private static List<List<String>> csv(byte[] file, int maxRows) {
        String text = utf8(file);
        if (text.indexOf('\0') >= 0) {
            throw new UnreadableFileException("the file is not CSV text: it holds NUL characters");
        }
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<String[]> records = mapper.readerFor(String[].class).with(CsvSchema.emptySchema()).readValues(text)) {
            while (records.hasNextValue()) {
                rows.add(List.of(records.nextValue()));
                if (rows.size() > maxRows + 1) {
                    throw tooManyRows(maxRows);
                }
            }
        } catch (UnreadableFileException e) {
            throw e;
        } catch (Exception e) {
            throw new UnreadableFileException("the file is not valid CSV: " + e.getMessage().lines().findFirst().orElse(""));
        }
        return rows;
    }

    /** The file's text, strictly UTF-8 (a byte order mark is allowed and dropped). */
    private static String utf8(byte[] file) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException("the file is not UTF-8 text: save the CSV as \"CSV UTF-8\"");
        }
    }

    private static UnreadableFileException tooManyRows(int maxRows) {
        return new UnreadableFileException("the file has more than " + maxRows + " rows: split it into smaller files");
    }

    private static List<List<String>> xlsx(byte[] file, int maxRows) {
        try (InputStream in = new ByteArrayInputStream(file); OPCPackage workbook = OPCPackage.open(in)) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UnreadableFileException("the workbook has no sheet");
            }
            Rows rows = new Rows(maxRows);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                FormulaCells formulas = new FormulaCells(parser, rows);
                rows.formulas = formulas;
                formulas.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new IsoDates(), true));
                formulas.parse(new InputSource(sheet));
            }
            return rows.rows;
        } catch (UnreadableFileException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                if (cause.getCause() instanceof UnreadableFileException unreadable) {
                    throw unreadable;
                }
                cause = cause.getCause();
            }
            throw new UnreadableFileException("the file is not an XLSX workbook that can be read safely: "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(e.getClass().getSimpleName()));
        }
    }

    /**
     * Reads each formula's text (its {@code <f>} element): a formula cell is its text, {@code =...}, whether or not the
     * workbook holds a value computed for it.
     */
    private static final class FormulaCells extends XMLFilterImpl {
        private final Rows rows;
        private String reference;
        private boolean inFormula;
        private StringBuilder formula;

        FormulaCells(XMLReader parent, Rows rows) {
            super(parent);
            this.rows = rows;
        }

        String formula() {
            return formula == null ? null : "=" + formula;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            if ("c".equals(localName)) {
                reference = atts.getValue("r");
                formula = null;
            } else if ("f".equals(localName)) {
                inFormula = true;
                formula = new StringBuilder();
            }
            super.startElement(uri, localName, qName, atts);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (inFormula) {
                formula.append(ch, start, length);
            }
            super.characters(ch, start, length);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            if ("f".equals(localName)) {
                inFormula = false;
            }
            super.endElement(uri, localName, qName);
            if ("c".equals(localName) && formula != null && reference != null) {
                // a formula with no value computed for it is not passed on by POI's handler: it is read here
                rows.current.putIfAbsent((int) new CellReference(reference).getCol(), formula());
                formula = null;
            }
        }
    }

    /** The cells of each row by column index; a row or column skipped by the sheet is empty. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final int maxRows;
        private final List<List<String>> rows = new ArrayList<>();
        private TreeMap<Integer, String> current;
        private FormulaCells formulas;

        Rows(int maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowNum) {
            while (rows.size() < rowNum) {
                rows.add(List.of());
            }
            if (rows.size() > maxRows + 1) {
                throw tooManyRows(maxRows);
            }
            current = new TreeMap<>();
        }

        @Override
        public void endRow(int rowNum) {
            List<String> cells = new ArrayList<>();
            if (!current.isEmpty()) {
                for (int c = 0; c <= current.lastKey(); c++) {
                    cells.add(current.getOrDefault(c, ""));
                }
            }
            rows.add(cells);
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? current.size() : new CellReference(reference).getCol();
            String value = formattedValue == null ? "" : formattedValue;
            current.put(column, formulas.formula() != null ? formulas.formula() : value);
        }
    }

    /** Date cells as ISO dates (a spreadsheet's own date format would be read as its locale shows it). */
    private static final class IsoDates extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }
}
