package uk.org.casereview.api.yearlyreport;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import uk.org.casereview.api.pages.Words;
import uk.org.casereview.api.spreadsheet.CsvFiles;
import uk.org.casereview.projections.yearlyreport.YearlyReport;
import uk.org.casereview.projections.yearlyreport.YearlyReportQueries;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The yearly report as documents: the printable HTML page (a Thymeleaf template with print CSS), the same page as a
 * tagged PDF (openhtmltopdf on PDFBox, with the fonts embedded), and the record as CSV, one row per action, written a
 * page of recommendations at a time.
 */
@Component
public class YearlyReportDocuments {

    private static final int CSV_PAGE = 500;

    private final TemplateEngine templates;
    private final Words words;
    private final YearlyReportQueries queries;
    private final CsvMapper csv = CsvFiles.mapper();

    public YearlyReportDocuments(TemplateEngine templates, Words words, YearlyReportQueries queries) {
        this.templates = templates;
        this.words = words;
        this.queries = queries;
    }

    public String html(YearlyReport report) {
        return templates.process("reports/yearly-report", new Context(Locale.UK, Map.of("r", report, "words", words)));
    }

    public byte[] pdf(YearlyReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .useFastMode()
                    .usePdfUaAccessibility(true)
                    .withHtmlContent(html(report), null)
                    .toStream(out);
            // a tagged PDF embeds every font: the page's, and the same for the generic families a style may fall back to
            for (String family : new String[]{"DejaVu Sans", "sans-serif", "serif"}) {
                builder.useFont(() -> font("DejaVuSans.ttf"), family, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
                builder.useFont(() -> font("DejaVuSans-Bold.ttf"), family, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            }
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the yearly report of " + report.year() + " could not be made a PDF", e);
        }
        return out.toByteArray();
    }

    private static java.io.InputStream font(String name) {
        return YearlyReportDocuments.class.getResourceAsStream("/fonts/" + name);
    }

    /** The record, one row per action with a header row, every text cell neutralised against formula injection. */
    public void csv(int year, LocalDate asOf, OutputStream out) throws IOException {
        CsvSchema schema = csv.schemaFor(CsvRow.class).withHeader();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (SequenceWriter rows = csv.writer(schema).writeValues(writer)) {
            queries.eachRecordPage(year, asOf, CSV_PAGE, record -> {
                try {
                    for (YearlyReport.RecordEntry entry : record) {
                        if (entry.actions().isEmpty()) {
                            rows.write(CsvRow.of(entry, null));
                        }
                        for (YearlyReport.RecordAction action : entry.actions()) {
                            rows.write(CsvRow.of(entry, action));
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** One line of the record's CSV. */
    @JsonPropertyOrder({"sourceReference", "sourceKind", "recommendationNumber", "recommendationText", "response", "respondedOn",
            "statusAtYearEnd", "actionId", "actionDescription", "agency", "owner", "actionStatus", "dueOn", "originalDueOn",
            "completedOn", "dueDateRevisions", "closedOn", "impactStatement", "impactReviews"})
    record CsvRow(String sourceReference, String sourceKind, String recommendationNumber, String recommendationText, String response,
                  LocalDate respondedOn, String statusAtYearEnd, String actionId, String actionDescription, String agency, String owner,
                  String actionStatus, LocalDate dueOn, LocalDate originalDueOn, LocalDate completedOn, Integer dueDateRevisions,
                  LocalDate closedOn, String impactStatement, String impactReviews) {
        static CsvRow of(YearlyReport.RecordEntry e, YearlyReport.RecordAction a) {
            String reviews = String.join("; ", e.impactReviews().stream()
                    .map(r -> r.reviewedOn() + (r.embedded() ? " embedded: " : " not embedded: ") + r.finding()).toList());
            return new CsvRow(e.sourceReference(), e.sourceKind(), e.number(), e.text(), e.response(), e.respondedOn(),
                    e.statusAtYearEnd(), a == null ? null : a.actionId(), a == null ? null : a.description(),
                    a == null ? null : a.agency(), a == null ? null : a.owner(), a == null ? null : a.status(),
                    a == null ? null : a.dueOn(), a == null ? null : a.originalDueOn(), a == null ? null : a.completedOn(),
                    a == null ? null : a.dueDateRevisions(), e.closedOn(), e.impactStatement(), reviews);
        }
    }
}
