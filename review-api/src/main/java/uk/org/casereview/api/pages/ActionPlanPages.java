package uk.org.casereview.api.pages;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import uk.org.casereview.api.actionplan.ActionPlanController;
import uk.org.casereview.api.actionplan.ActionPlanImport;
import uk.org.casereview.api.actionplan.SpreadsheetFormat;
import uk.org.casereview.api.actionplan.UnreadableFileException;
import uk.org.casereview.api.security.Roles;
import uk.org.casereview.api.shared.CurrentUser;

import java.io.IOException;

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

    public ActionPlanPages(ActionPlanImport importer, ActionPlanController api, CurrentUser currentUser) {
        this.importer = importer;
        this.api = api;
        this.currentUser = currentUser;
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
            model.addAttribute("report", importer.run(file.getBytes(), format, dryRun));
            model.addAttribute("fileName", file.getOriginalFilename());
        } catch (UnreadableFileException e) {
            model.addAttribute("fileError", e.getMessage());
        }
        return "pages/action-plan-import";
    }
}
