package uk.org.casereview.api.pages;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import uk.org.casereview.api.actionplan.ActionPlanController;
import uk.org.casereview.api.actionplan.ActionPlanImport;
import uk.org.casereview.api.actionplan.ImportReport;
import uk.org.casereview.api.actionplan.SpreadsheetFormat;
import uk.org.casereview.api.actionplan.UnreadableFileException;
import uk.org.casereview.api.problem.ResourceNotFoundException;
import uk.org.casereview.api.security.Roles;
import uk.org.casereview.api.web.CurrentUser;

import java.io.IOException;
import java.util.Map;

/**
 * The recorder's page for bringing an existing action plan in: the template to download, a file upload (GOV.UK's file
 * upload component) with "check only" (the API's dry run), and the answer row by row, with each refused row's line,
 * column and reason. Through the same import as {@code POST /api/v1/imports/action-plan}.
 */
@Controller
public class ActionPlanPages {

    private static final long MAX_FILE_SIZE = 10L * 1024 * 1024;

    private final ActionPlanImport importer;
    private final ActionPlanController api;
    private final CurrentUser currentUser;
    private final ImportJobs jobs;

    public ActionPlanPages(ActionPlanImport importer, ActionPlanController api, CurrentUser currentUser, ImportJobs jobs) {
        this.importer = importer;
        this.api = api;
        this.currentUser = currentUser;
        this.jobs = jobs;
    }

    @GetMapping("/imports/action-plan")
    public String form(Model model) {
        model.addAttribute("mayImport", currentUser.hasRole(Roles.RECORDER));
        return "pages/action-plan-import";
    }

    @GetMapping("/imports/action-plan/template.csv")
    public ResponseEntity<byte[]> templateCsv() throws IOException {
        return api.template(SpreadsheetFormat.CSV_VALUE);
    }

    @GetMapping("/imports/action-plan/template.xlsx")
    public ResponseEntity<byte[]> templateXlsx() throws IOException {
        return api.template(SpreadsheetFormat.XLSX_VALUE);
    }

    @PostMapping(path = "/imports/action-plan", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public String upload(@RequestParam(name = "file", required = false) MultipartFile file,
                         @RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun, Model model) throws IOException {
        boolean mayImport = currentUser.hasRole(Roles.RECORDER);
        model.addAttribute("mayImport", mayImport);
        model.addAttribute("dryRun", dryRun);
        if (!mayImport) {
            return "pages/action-plan-import";
        }
        try {
            if (file == null || file.isEmpty()) {
                throw new UnreadableFileException("Select a CSV or XLSX file of the action plan");
            }
            if (file.getSize() > MAX_FILE_SIZE) {
                throw new UnreadableFileException("The file must be smaller than 10 MB");
            }
            SpreadsheetFormat format = SpreadsheetFormat.ofFileName(file.getOriginalFilename());
            if (format == null && file.getContentType() != null) {
                format = SpreadsheetFormat.of(MediaType.parseMediaType(file.getContentType()));
            }
            if (format == null) {
                throw new UnreadableFileException("The selected file must be a CSV or XLSX file");
            }
            byte[] bytes = file.getBytes();
            int rows = importer.rows(bytes, format);
            ImportJobs.Job job = jobs.start(currentUser.name(), file.getOriginalFilename(), bytes, format, dryRun, rows);
            return "redirect:/imports/action-plan/" + job.id();
        } catch (UnreadableFileException e) {
            model.addAttribute("fileError", e.getMessage());
        }
        return "pages/action-plan-import";
    }

    /** An import started on this page: a progress bar while it runs, then its answer row by row. */
    @GetMapping("/imports/action-plan/{jobId}")
    public String job(@PathVariable String jobId, Model model) {
        ImportJobs.Job job = jobs.find(jobId, currentUser.name())
                .orElseThrow(() -> new ResourceNotFoundException("there is no import " + jobId + " of yours: it may have finished over an hour ago"));
        model.addAttribute("mayImport", currentUser.hasRole(Roles.RECORDER));
        model.addAttribute("job", job);
        model.addAttribute("dryRun", job.dryRun());
        model.addAttribute("fileName", job.fileName());
        // read once: the import may finish while the page is drawn
        ImportReport report = job.report();
        String failure = job.failure();
        model.addAttribute("report", report);
        model.addAttribute("failure", failure);
        model.addAttribute("running", report == null && failure == null);
        return "pages/action-plan-import";
    }

    /** How far the import has got, for the progress bar's script. */
    @GetMapping(path = "/imports/action-plan/{jobId}/progress", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public Map<String, Object> progress(@PathVariable String jobId) {
        ImportJobs.Job job = jobs.find(jobId, currentUser.name())
                .orElseThrow(() -> new ResourceNotFoundException("there is no import " + jobId + " of yours"));
        return Map.of("done", job.done(), "rows", job.rows(), "finished", job.finished());
    }
}
