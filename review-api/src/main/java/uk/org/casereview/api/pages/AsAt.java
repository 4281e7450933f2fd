package uk.org.casereview.api.pages;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import uk.org.casereview.api.web.Today;

import java.time.LocalDate;

/** The date a page is "as at": the one asked for, or today. Every page shows it and offers to change it. */
@Component
public class AsAt {

    private final Today today;

    public AsAt(Today today) {
        this.today = today;
    }

    public LocalDate date(LocalDate asked, Model model) {
        LocalDate date = today.orToday(asked);
        model.addAttribute("asOf", date);
        model.addAttribute("asOfAsked", asked);
        return date;
    }
}
