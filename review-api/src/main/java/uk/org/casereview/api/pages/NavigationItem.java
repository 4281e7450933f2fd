package uk.org.casereview.api.pages;

import java.util.ArrayList;
import java.util.List;

/** One link of the service navigation, and whether it is the page shown. */
public record NavigationItem(String href, String words) {

    static List<NavigationItem> forUser(PageUser user) {
        List<NavigationItem> items = new ArrayList<>(List.of(new NavigationItem("/", "Home")));
        if (user.agencyLead()) {
            items.add(new NavigationItem("/my-actions", "My agency's actions"));
        }
        items.addAll(List.of(new NavigationItem("/rapid-reviews", "Rapid reviews"), new NavigationItem("/practice-reviews", "Practice reviews"),
                new NavigationItem("/recommendations", "Recommendations"), new NavigationItem("/overdue-actions", "Overdue actions"),
                new NavigationItem("/learning-themes", "Learning themes"), new NavigationItem("/statutory-timeliness", "Timeliness"),
                new NavigationItem("/yearly-reports", "Yearly report")));
        if (user.recorder()) {
            items.add(new NavigationItem("/imports/action-plan", "Import an action plan"));
        }
        return items;
    }

    public boolean active(String path) {
        return href.equals("/") ? "/".equals(path) : path != null && path.startsWith(href);
    }
}
