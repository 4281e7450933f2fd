package uk.org.casereview.domain.calendar;

/**
 * The clocks, configurable; the defaults are Working Together to Safeguard Children 2023 (chapter 5) and the
 * 2018 Regulations.
 */
public record Timescales(
        int notificationWorkingDays,
        int rapidReviewWorkingDays,
        int panelResponseWorkingDays,
        int publicationMonths,
        int finalReportWorkingDaysBeforePublication,
        int amberWithinDays) {

    public Timescales {
        if (notificationWorkingDays < 0 || rapidReviewWorkingDays < 0 || panelResponseWorkingDays < 0
                || publicationMonths < 0 || finalReportWorkingDaysBeforePublication < 0 || amberWithinDays < 0) {
            throw new IllegalArgumentException("timescales must not be negative: " + this);
        }
    }

    public static Timescales workingTogether2023() {
        return new Timescales(5, 15, 15, 6, 7, 28);
    }
}
