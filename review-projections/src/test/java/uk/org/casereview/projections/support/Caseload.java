package uk.org.casereview.projections.support;

import uk.org.casereview.domain.practicereview.PracticeReviewKind;
import uk.org.casereview.domain.rapidreview.Outcome;
import uk.org.casereview.domain.rapidreview.PanelResponse;
import uk.org.casereview.domain.rapidreview.RapidReviewDecision;

import static uk.org.casereview.projections.support.Events.accepted;
import static uk.org.casereview.projections.support.Events.assigned;
import static uk.org.casereview.projections.support.Events.closed;
import static uk.org.casereview.projections.support.Events.commissioned;
import static uk.org.casereview.projections.support.Events.decision;
import static uk.org.casereview.projections.support.Events.declined;
import static uk.org.casereview.projections.support.Events.delay;
import static uk.org.casereview.projections.support.Events.evidenceAccepted;
import static uk.org.casereview.projections.support.Events.evidenceReturned;
import static uk.org.casereview.projections.support.Events.evidenced;
import static uk.org.casereview.projections.support.Events.finalReport;
import static uk.org.casereview.projections.support.Events.made;
import static uk.org.casereview.projections.support.Events.meeting;
import static uk.org.casereview.projections.support.Events.notified;
import static uk.org.casereview.projections.support.Events.panel;
import static uk.org.casereview.projections.support.Events.progress;
import static uk.org.casereview.projections.support.Events.published;
import static uk.org.casereview.projections.support.Events.reviewer;
import static uk.org.casereview.projections.support.Events.revised;
import static uk.org.casereview.projections.support.Events.submitted;
import static uk.org.casereview.projections.support.Events.withheld;

/**
 * A small partnership's caseload around the reporting year 2024-25 (1 April 2024 to 31 March 2025), small enough to
 * work out its yearly report by hand (see YearlyReportQueriesTest).
 * <pre>
 * RAPID REVIEWS  notified    outcome           themes                        decision(s)                     submitted          Panel
 * rr-0 RR-0      2024-02-01  DIED              NEGLECT                       CSPR 02-10                      02-15              AGREED 2024-04-05
 * rr-1 RR-1      2024-05-07  DIED              NEGLECT, BABIES_AND_INFANTS   CSPR 05-21                      05-24 (due 05-29)  AGREED 06-14
 * rr-2 RR-2      2024-09-12  SERIOUSLY_HARMED  CHILD_EXPLOITATION            NO_CSPR 10-01, then             10-10 (due 10-03), DISAGREED 10-31,
 *                                                                            NATIONAL_REVIEW_RECOMMENDED 11-05  11-06           NATIONAL_REVIEW 11-20
 * rr-3 RR-3      2025-03-10  DIED              ONLINE_HARM                   -                               - (due 03-31)      -
 * rr-4 RR-4      2025-04-02  SERIOUSLY_HARMED  ONLINE_HARM                   -                               -                  -
 *
 * PRACTICE REVIEWS  kind             decided     themes              publication due  what happened
 * pr-1 CSPR-1       CSPR (rr-1)      2024-05-21  NEGLECT             2024-11-21       reviewer 06-10, final report 11-12, published 2024-11-21 (on time)
 * pr-2 CSPR-2       CSPR             2024-01-15  DOMESTIC_ABUSE      2024-07-15       reviewer 02-01, final report 07-22, published 2024-08-01 (late, no delay)
 * pr-3 CSPR-3       CSPR             2024-02-12  MENTAL_HEALTH       2024-08-12       reviewer 03-01, delay 07-01 expected 2024-12-02; final report 11-18;
 *                                                                                      published 2024-11-29 (late: a delay never moves the due date)
 * pr-4 CSPR-4       CSPR             2024-06-03  DOMESTIC_ABUSE      2024-12-03       withheld 2024-12-10
 * pr-5 LLR-5        LEARNING_REVIEW  2024-10-01  CHILD_EXPLOITATION  -                -
 * pr-6 CSPR-6       CSPR             2024-12-02  ADOLESCENTS         2025-06-02       -
 * pr-7 CSPR-7       CSPR             2023-10-02  ONLINE_HARM         2024-04-02       reviewer 2023-11-01, final report 2025-04-03, published 2025-04-15
 *
 * RECOMMENDATIONS  source no.  made        themes                          what happened
 * rec-1            pr-1   1    2024-11-21  FATHERS_AND_MALE_CARERS         accepted 12-05; action 1 COMMUNITY_HEALTH due 2025-03-31,
 *                                                                          evidence 03-18 accepted 2025-03-20; closed 2025-03-25
 * rec-2            pr-1   2    2024-11-21  NEGLECT                         declined 12-05
 * rec-3            rr-1   1    2024-06-14  INFORMATION_SHARING, NEGLECT    accepted 06-20; action 1 PRIMARY_CARE due 2025-01-31 (open);
 *                                                                          action 2 POLICE due 2024-10-31, evidence returned 10-08,
 *                                                                          evidence again 10-15, accepted 2024-10-20
 * rec-4            pr-2   1    2024-03-20  NEGLECT                         accepted 2024-04-10; action 1 EDUCATION due 2024-12-31,
 *                                                                          revised on 2024-12-20 to 2025-02-28 (open)
 * rec-5            pr-3   1    2025-03-15  DOMESTIC_ABUSE                  -
 * rec-6            pr-3   2    2025-04-05  MENTAL_HEALTH                   -
 * </pre>
 * Facts are recorded by alice, except the Panel's responses (bob) and the agencies' evidence (carol).
 */
public final class Caseload {

    private Caseload() {
    }

    public static void record(ReadModelFixture fx) {
        fx.record(notified("rr-0", "RR-0", Outcome.DIED, "2024-01-29", "2024-02-01", "NEGLECT"),
                decision("rr-0", "2024-02-10", RapidReviewDecision.CSPR, "Neglect learning"),
                submitted("rr-0", "2024-02-15"),
                commissioned("pr-7", "CSPR-7", PracticeReviewKind.CSPR, null, "2023-10-02", "ONLINE_HARM"),
                commissioned("pr-2", "CSPR-2", PracticeReviewKind.CSPR, null, "2024-01-15", "DOMESTIC_ABUSE"),
                commissioned("pr-3", "CSPR-3", PracticeReviewKind.CSPR, null, "2024-02-12", "MENTAL_HEALTH"),
                reviewer("pr-7", "Ms F. Reviewer", "2023-11-01"),
                reviewer("pr-2", "Mr G. Reviewer", "2024-02-01"),
                reviewer("pr-3", "Dr H. Reviewer", "2024-03-01"),
                made("rec-4", "pr-2", "1", "2024-03-20", "NEGLECT"));
        fx.recordBy("bob", panel("rr-0", "2024-04-05", PanelResponse.AGREED, "Agreed"));
        fx.record(accepted("rec-4", "2024-04-10"),
                assigned("rec-4", "1", "EDUCATION", "2024-04-15", "2024-12-31"),
                notified("rr-1", "RR-1", Outcome.DIED, "2024-05-02", "2024-05-07", "NEGLECT", "BABIES_AND_INFANTS"),
                meeting("rr-1", "2024-05-14", "CHILDRENS_SOCIAL_CARE", "POLICE", "INTEGRATED_CARE_BOARD"),
                decision("rr-1", "2024-05-21", RapidReviewDecision.CSPR, "Agencies did not share concerns"),
                commissioned("pr-1", "CSPR-1", PracticeReviewKind.CSPR, "rr-1", "2024-05-21", "NEGLECT"),
                submitted("rr-1", "2024-05-24"),
                commissioned("pr-4", "CSPR-4", PracticeReviewKind.CSPR, null, "2024-06-03", "DOMESTIC_ABUSE"),
                reviewer("pr-1", "Dr A. Reviewer", "2024-06-10"));
        fx.recordBy("bob", panel("rr-1", "2024-06-14", PanelResponse.AGREED, "A local CSPR is appropriate"));
        fx.record(made("rec-3", "rr-1", "1", "2024-06-14", "INFORMATION_SHARING", "NEGLECT"),
                accepted("rec-3", "2024-06-20"),
                assigned("rec-3", "1", "PRIMARY_CARE", "2024-07-01", "2025-01-31"),
                assigned("rec-3", "2", "POLICE", "2024-07-01", "2024-10-31"),
                delay("pr-3", "2024-07-01", "Criminal trial", "2024-12-02"),
                finalReport("pr-2", "2024-07-22"),
                published("pr-2", "2024-08-01"),
                notified("rr-2", "RR-2", Outcome.SERIOUSLY_HARMED, "2024-09-02", "2024-09-12", "CHILD_EXPLOITATION"),
                decision("rr-2", "2024-10-01", RapidReviewDecision.NO_CSPR, "Single-agency learning"),
                commissioned("pr-5", "LLR-5", PracticeReviewKind.LEARNING_REVIEW, null, "2024-10-01", "CHILD_EXPLOITATION"));
        fx.recordBy("carol", evidenced("rec-3", "2", "2024-10-05", "Briefing notes"));
        fx.record(evidenceReturned("rec-3", "2", "2024-10-08", "No attendance figures"),
                submitted("rr-2", "2024-10-10"),
                progress("rec-3", "1", "2024-10-12", "Pathway drafted"));
        fx.recordBy("carol", evidenced("rec-3", "2", "2024-10-15", "Briefing notes and attendance"));
        fx.record(evidenceAccepted("rec-3", "2", "2024-10-20"));
        fx.recordBy("bob", panel("rr-2", "2024-10-31", PanelResponse.DISAGREED, "Consider a national review"));
        fx.record(decision("rr-2", "2024-11-05", RapidReviewDecision.NATIONAL_REVIEW_RECOMMENDED, "Exploitation across areas"),
                submitted("rr-2", "2024-11-06"),
                finalReport("pr-1", "2024-11-12"),
                finalReport("pr-3", "2024-11-18"));
        fx.recordBy("bob", panel("rr-2", "2024-11-20", PanelResponse.NATIONAL_REVIEW, "The Panel will review nationally"));
        fx.record(made("rec-1", "pr-1", "1", "2024-11-21", "FATHERS_AND_MALE_CARERS"),
                made("rec-2", "pr-1", "2", "2024-11-21", "NEGLECT"),
                published("pr-1", "2024-11-21"),
                published("pr-3", "2024-11-29"),
                commissioned("pr-6", "CSPR-6", PracticeReviewKind.CSPR, null, "2024-12-02", "ADOLESCENTS"),
                accepted("rec-1", "2024-12-05"),
                declined("rec-2", "2024-12-05", "The neglect strategy already covers this"),
                assigned("rec-1", "1", "COMMUNITY_HEALTH", "2024-12-10", "2025-03-31"),
                withheld("pr-4", "2024-12-10", "Would identify the family"),
                revised("rec-4", "1", "2024-12-20", "2024-12-31", "2025-02-28", "New curriculum from February"),
                notified("rr-3", "RR-3", Outcome.DIED, "2025-03-05", "2025-03-10", "ONLINE_HARM"),
                made("rec-5", "pr-3", "1", "2025-03-15", "DOMESTIC_ABUSE"));
        fx.recordBy("carol", evidenced("rec-1", "1", "2025-03-18", "Audit of new-birth visits"));
        fx.record(evidenceAccepted("rec-1", "1", "2025-03-20"),
                closed("rec-1", "2025-03-25", "Fathers seen at 92% of new-birth visits"),
                notified("rr-4", "RR-4", Outcome.SERIOUSLY_HARMED, "2025-03-31", "2025-04-02", "ONLINE_HARM"),
                made("rec-6", "pr-3", "2", "2025-04-05", "MENTAL_HEALTH"),
                finalReport("pr-7", "2025-04-03"),
                published("pr-7", "2025-04-15"));
    }
}
