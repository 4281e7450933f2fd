package uk.org.casereview.api.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.org.casereview.api.shared.Commands;
import uk.org.casereview.api.shared.Ids;
import uk.org.casereview.domain.practicereview.AppointReviewer;
import uk.org.casereview.domain.practicereview.CommissionPracticeReview;
import uk.org.casereview.domain.practicereview.PracticeReviewKind;
import uk.org.casereview.domain.practicereview.PublicationScope;
import uk.org.casereview.domain.practicereview.PublishPracticeReview;
import uk.org.casereview.domain.practicereview.RecordPublicationDelay;
import uk.org.casereview.domain.practicereview.SendFinalReport;
import uk.org.casereview.domain.practicereview.WithholdPublication;
import uk.org.casereview.domain.rapidreview.HarmCategory;
import uk.org.casereview.domain.rapidreview.NotifySeriousIncident;
import uk.org.casereview.domain.rapidreview.Outcome;
import uk.org.casereview.domain.rapidreview.PanelResponse;
import uk.org.casereview.domain.rapidreview.RapidReviewDecision;
import uk.org.casereview.domain.rapidreview.RecordPanelResponse;
import uk.org.casereview.domain.rapidreview.RecordRapidReviewDecision;
import uk.org.casereview.domain.rapidreview.RecordRapidReviewMeeting;
import uk.org.casereview.domain.rapidreview.SubmitRapidReviewToPanel;
import uk.org.casereview.domain.recommendation.AssignAction;
import uk.org.casereview.domain.recommendation.CloseRecommendation;
import uk.org.casereview.domain.recommendation.MakeRecommendation;
import uk.org.casereview.domain.recommendation.ReportActionProgress;
import uk.org.casereview.domain.recommendation.RespondToRecommendation;
import uk.org.casereview.domain.recommendation.ReviewActionEvidence;
import uk.org.casereview.domain.recommendation.ReviseActionDueDate;
import uk.org.casereview.domain.recommendation.SubmitActionEvidence;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import static uk.org.casereview.domain.practicereview.PublicationScope.FULL;
import static uk.org.casereview.domain.practicereview.PublicationScope.IMPROVEMENTS_ONLY;
import static uk.org.casereview.domain.rapidreview.HarmCategory.EMOTIONAL_ABUSE;
import static uk.org.casereview.domain.rapidreview.HarmCategory.NEGLECT;
import static uk.org.casereview.domain.rapidreview.HarmCategory.PHYSICAL_ABUSE;
import static uk.org.casereview.domain.rapidreview.HarmCategory.SEXUAL_ABUSE;
import static uk.org.casereview.domain.rapidreview.Outcome.DIED;
import static uk.org.casereview.domain.rapidreview.Outcome.SERIOUSLY_HARMED;
import static uk.org.casereview.domain.rapidreview.PanelResponse.AGREED;
import static uk.org.casereview.domain.rapidreview.PanelResponse.DISAGREED;
import static uk.org.casereview.domain.rapidreview.RapidReviewDecision.NATIONAL_REVIEW_RECOMMENDED;
import static uk.org.casereview.domain.rapidreview.RapidReviewDecision.NO_CSPR;

/**
 * A realistic, wholly fictional data set for demonstrations: rapid reviews, practice reviews and recommendations of
 * a safeguarding children partnership from 2017 to autumn 2026, recorded through the same commands the REST API sends.
 * Children are pseudonyms ("Child A", "Baby B"); there are no names, dates of birth or addresses.
 *
 * <p>Loaded once, at start-up with the {@code demo} profile, into an empty event store. The data are authored with dates
 * up to 31 October 2026; when run later, every date moves on by the whole years since 1 November 2026, so the
 * action plan keeps the same shape (some actions overdue, recent reviews in progress).
 *
 * <p>What it shows, among other things: every rapid review decision and Panel response (including a disagreement
 * followed by a revised decision and resubmission), a late notification (Baby D), a rapid review submitted late
 * (Child E), practice reviews at every stage (published on time and late, delayed by a criminal trial and by an
 * inquest, withheld), a legacy serious case review with actions still open, a national review, a local learning review,
 * and about thirty recommendations with actions in every state, some overdue and some with revised due dates.
 */
@Component
@Profile("demo")
public class DemoData implements ApplicationRunner {

    /** The day after the last date the data were authored with; shifts are counted in whole years from here. */
    static final LocalDate AUTHORED_FOR = LocalDate.of(2026, 11, 1);

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private static final String SUBGROUP = "Accepted by the learning and improvement subgroup.";

    private final Commands commands;
    private final Ids ids;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private int shift;

    public DemoData(Commands commands, Ids ids, JdbcTemplate jdbc, Clock clock) {
        this.commands = commands;
        this.ids = ids;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        long events = eventCount();
        if (events > 0) {
            log.info("Demo data not loaded: the event store already holds {} events", events);
            return;
        }
        shift = yearsToShift(LocalDate.now(clock));
        log.info("Loading demo data (dates moved on by {} years)", shift);
        // every fact records who recorded it: the demo data is recorded by "demo-data"
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("demo-data", null, List.of()));
        try {
            load();
        } finally {
            SecurityContextHolder.clearContext();
        }
        log.info("Demo data loaded: {} events", eventCount());
    }

    /** Whole years from {@link #AUTHORED_FOR} to today; never negative. */
    static int yearsToShift(LocalDate today) {
        return Math.max(0, Period.between(AUTHORED_FOR, today).getYears());
    }

    private long eventCount() {
        Long count = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }

    private void load() {
        childFLegacySeriousCaseReview();
        childANeglectCspr();
        babyBHeadInjuryNoCspr();
        childCExploitationNationalReview();
        babyDPanelDisagreedThenCspr();
        childESexualAbuseDelayedByTrial();
        childGHomeEducationLearningReview();
        childHSelfHarmDelayedByInquest();
        childrenJAndMPublicationWithheld();
        babyNSaferSleepNoCspr();
        childPDomesticAbuseCspr();
        childQNoCspr();
        childRFamilyMovesCspr();
        childSPlacementsCspr();
        childTPanelDisagreed();
        babyUAwaitingPanel();
        childVDecidedNotSubmitted();
        childWAwaitingDecision();
        babyXJustNotified();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 2017-18 to 2019-20: a legacy serious case review whose action plan is still not finished
    // ---------------------------------------------------------------------------------------------------------------

    private void childFLegacySeriousCaseReview() {
        String scr = commission("SCR-2018-01", PracticeReviewKind.SERIOUS_CASE_REVIEW, null,
                "Child F: chronic neglect and missed health appointments", "2017-05-15", List.of("Child F"),
                "NEGLECT", "INFORMATION_SHARING", "PROFESSIONAL_CURIOSITY");
        reviewer(scr, "2017-06-12", "Alex Example, independent lead reviewer");
        finalReport(scr, "2018-03-05");
        publish(scr, "2018-03-27", "SCR-2018-01", FULL);

        Rec chronology = recommendation(scr, "1", "2018-03-27",
                "Agencies use a single multi-agency chronology for children subject of child protection plans, so that the "
                + "pattern of events is visible to everyone working with the family.",
                "INFORMATION_SHARING", "NEGLECT").accepted("2018-05-10");
        chronology.action("PARTNERSHIP", "Business manager, safeguarding children partnership", "2018-05-10", "2019-03-31",
                        "Agree a multi-agency chronology template and build it into the case management systems of each agency.")
                .progress("2018-11-20", "Template agreed by the partnership board; system changes specified.")
                .dueDateRevised("2019-03-12", "2020-03-31",
                        "Depends on the new children's social care case management system, delayed by the supplier.")
                .dueDateRevised("2020-03-20", "2021-09-30", "COVID-19: the system go-live was postponed.")
                .dueDateRevised("2021-09-14", "2026-03-31",
                        "The case management system was re-procured; the template will be built into the new system.")
                .progress("2025-10-14", "Template live in the children's social care and police systems; "
                        + "health systems are not yet connected.");
        chronology.action("INTEGRATED_CARE_BOARD", "Designated nurse for safeguarding children", "2018-05-10", "2019-03-31",
                        "Health providers complete chronologies in the agreed template for every child protection conference.")
                .completed("2019-06-18", "Audit of 25 conferences: health chronologies used the template in 23.", "2019-07-09");

        Rec curiosity = recommendation(scr, "2", "2018-03-27",
                "Practitioners are trained and supported to show professional curiosity and to challenge and escalate "
                + "when they disagree with decisions about a child.",
                "PROFESSIONAL_CURIOSITY").accepted("2018-05-10");
        curiosity.action("PARTNERSHIP", "Partnership training manager", "2018-05-10", "2019-03-31",
                        "Deliver multi-agency training on professional curiosity and the escalation policy.")
                .completed("2019-03-19", "Training delivered to 612 practitioners from nine agencies; evaluations attached.",
                        "2019-04-09");
        curiosity.closed("2019-12-10", "More than 600 practitioners were trained. Use of the escalation policy rose from 4 to "
                + "31 cases a year, and in the 2019 practitioner survey 81% said they felt confident to challenge decisions "
                + "about children (up from 45%).");

        Rec wasNotBrought = recommendation(scr, "3", "2018-03-27",
                "Health services treat a child's missed appointments as 'was not brought' and follow them up with the "
                + "family and the professionals involved.",
                "NEGLECT", "EARLY_HELP").accepted("2018-05-10");
        wasNotBrought.action("PRIMARY_CARE", "Named GP for safeguarding children", "2018-05-10", "2018-12-31",
                        "Every GP practice adopts the 'was not brought' policy for children.")
                .progress("2019-02-12", "Policy adopted by 20 of 38 practices.")
                .progress("2024-06-11", "Policy refreshed after the practice mergers; adopted by 29 of 38 practices.");
        wasNotBrought.action("COMMUNITY_HEALTH", "Head of children's community services", "2018-05-10", "2018-12-31",
                        "Community paediatrics and therapies follow up every missed appointment for a child.")
                .completed("2018-12-04", "Policy in force from September 2018; audit of 40 missed appointments attached.",
                        "2019-01-15");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 2021-22
    // ---------------------------------------------------------------------------------------------------------------

    private void childANeglectCspr() {
        String rr = notify("RR-2021-02", List.of("Child A"), DIED, "2021-06-07", "2021-06-08", List.of(NEGLECT),
                "NEGLECT", "FATHERS_AND_MALE_CARERS", "BABIES_AND_INFANTS");
        meeting(rr, "2021-06-22", "CHILDRENS_SOCIAL_CARE", "POLICE", "INTEGRATED_CARE_BOARD", "COMMUNITY_HEALTH",
                "PRIMARY_CARE", "EARLY_YEARS");
        decide(rr, "2021-06-22", RapidReviewDecision.CSPR,
                "Child A, a toddler, died at home and the post-mortem found signs of long-standing neglect. Six agencies were "
                + "involved with the family over two years. The rapid review raised questions about how neglect was "
                + "recognised, whether professionals knew who the father was, and how information was shared. The criteria "
                + "for a local CSPR are met.");
        submit(rr, "2021-06-24");
        panel(rr, "2021-07-15", AGREED, "The Panel agrees that a local CSPR is appropriate and asks that it looks at the "
                + "involvement of the father.");

        String cspr = commission("CSPR-2021-01", PracticeReviewKind.CSPR, rr, "Child A: neglect of a young child",
                "2021-06-22", List.of("Child A"), "NEGLECT", "FATHERS_AND_MALE_CARERS", "INFORMATION_SHARING");
        reviewer(cspr, "2021-07-12", "Sam Example, independent lead reviewer");
        finalReport(cspr, "2021-11-26");
        publish(cspr, "2021-12-10", "CSPR-2021-01", FULL);

        Rec fathers = recommendation(cspr, "1", "2021-12-10",
                "Health visitors routinely ask about and see fathers and male carers, and record who lives in the household "
                + "at every mandated contact.",
                "FATHERS_AND_MALE_CARERS", "BABIES_AND_INFANTS").accepted("2022-01-18");
        fathers.action("COMMUNITY_HEALTH", "Head of health visiting", "2022-01-18", "2022-06-30",
                        "Update the health visiting procedure and record templates to prompt for fathers and male carers.")
                .progress("2022-03-15", "Template drafted and tested with two teams.")
                .completed("2022-06-20", "Revised procedure and template live from 1 June 2022.", "2022-07-12");
        fathers.action("COMMUNITY_HEALTH", "Named nurse for safeguarding children", "2022-01-18", "2022-12-31",
                        "Audit how often fathers and male carers are seen at new-birth visits after the change.")
                .completed("2022-12-05", "Audit of 200 new-birth visits: fathers or male carers seen at 92% (baseline 41%).",
                        "2023-01-10");
        fathers.closed("2023-01-24", "Fathers and male carers are now seen at 92% of new-birth visits, up from 41% before "
                + "the review. Health visitors record who lives in the household at every contact; in the audit period two "
                + "families with a previously unknown male carer were offered early help as a result.");

        Rec neglectTool = recommendation(cspr, "2", "2021-12-10",
                "All agencies use the partnership neglect strategy and the Graded Care Profile 2 (GCP2) to assess neglect, "
                + "with a shared threshold for escalation.",
                "NEGLECT", "EARLY_HELP").accepted("2022-01-18");
        neglectTool.action("PARTNERSHIP", "Partnership training manager", "2022-01-18", "2022-09-30",
                        "Commission licensed GCP2 training for at least 120 practitioners across agencies.")
                .progress("2022-05-10", "Four cohorts booked; 60 practitioners trained so far.")
                .completed("2022-09-14", "134 practitioners from seven agencies trained; attendance and evaluation attached.",
                        "2022-10-04");
        neglectTool.action("CHILDRENS_SOCIAL_CARE", "Head of early help and assessment", "2022-01-18", "2022-12-31",
                        "Require a GCP2 assessment in every child in need and child protection plan where neglect is the main "
                        + "concern.")
                .completed("2022-11-30", "Practice standard issued; case management system requires the GCP2 score.",
                        "2022-12-13");
        neglectTool.closed("2023-03-14", "GCP2 is used in 88% of plans where neglect is the main concern (audit, February "
                + "2023). Parents say the tool helps them see what needs to change, and the average time children spend on a "
                + "plan for neglect fell from 16 to 11 months.");

        Rec household = recommendation(cspr, "3", "2021-12-10",
                "GP practices record who holds parental responsibility and any adult joining the household, and share "
                + "changes with health visiting.",
                "INFORMATION_SHARING", "FATHERS_AND_MALE_CARERS").accepted("2022-01-18");
        household.action("PRIMARY_CARE", "Named GP for safeguarding children", "2022-01-18", "2022-09-30",
                        "Issue guidance and a coding template for household members and parental responsibility to all GP "
                        + "practices.")
                .evidence("2022-09-01", "Guidance and template sent to all 38 practices.")
                .evidenceReturned("2022-09-20", "This shows the guidance was sent, not that it is used: please show how many "
                        + "practices use the template.")
                .evidence("2022-11-15", "Searches show the template in use in 31 of 38 practices; the other seven have "
                        + "training booked.")
                .evidenceAccepted("2022-12-06");
        household.action("INTEGRATED_CARE_BOARD", "Designated nurse for safeguarding children", "2022-01-18", "2023-03-31",
                        "Agree an information-sharing protocol between GP practices and health visiting for household changes.")
                .completed("2023-03-01", "Protocol signed by the ICB, the community health trust and the GP federation.",
                        "2023-03-21");
        household.closed("2023-05-16", "Health visitors now hear of a new adult in the household within a week in most "
                + "cases; the protocol was used 57 times in its first year.");
    }

    private void babyBHeadInjuryNoCspr() {
        String rr = notify("RR-2021-04", List.of("Baby B"), SERIOUSLY_HARMED, "2021-09-13", "2021-09-14",
                List.of(PHYSICAL_ABUSE), "BABIES_AND_INFANTS", "FATHERS_AND_MALE_CARERS");
        meeting(rr, "2021-09-28", "CHILDRENS_SOCIAL_CARE", "POLICE", "ACUTE_HOSPITAL", "COMMUNITY_HEALTH", "PRIMARY_CARE");
        decide(rr, "2021-09-28", NO_CSPR,
                "Baby B, aged seven weeks, suffered a non-accidental head injury. Only universal services knew the family and "
                + "their practice followed procedures. The learning, on coping with crying and on bruising in non-mobile "
                + "babies, is clear and is taken forward through two rapid review recommendations; a CSPR is unlikely to add "
                + "to it.");
        submit(rr, "2021-09-30");
        panel(rr, "2021-10-21", AGREED, "The Panel agrees with the decision and the learning identified.");

        Rec icon = recommendation(rr, "1", "2021-09-28",
                "Relaunch the ICON programme (Infant crying is normal, Comfort methods, It's OK to walk away, Never shake a "
                + "baby) so that every parent, including fathers, hears the message before discharge and at the first health "
                + "visit.",
                "BABIES_AND_INFANTS", "FATHERS_AND_MALE_CARERS").accepted("2021-10-12");
        icon.action("ACUTE_HOSPITAL", "Head of midwifery", "2021-10-12", "2022-03-31",
                        "Deliver the ICON message to both parents on the postnatal ward before discharge and record it.")
                .progress("2021-12-14", "Discharge checklist updated; midwives briefed.")
                .completed("2022-03-22", "ICON recorded for 95% of births in March 2022.", "2022-04-05");
        icon.action("COMMUNITY_HEALTH", "Head of health visiting", "2021-10-12", "2022-03-31",
                        "Repeat the ICON message at the new-birth visit, with both parents where possible.")
                .completed("2022-03-10", "New-birth visit template includes ICON; audit of 50 visits attached.", "2022-04-05");
        icon.closed("2022-05-17", "95% of parents hear the ICON message before leaving hospital and again at the new-birth "
                + "visit, and fathers mention it in the 2022 parent survey. No non-accidental head injuries in babies under "
                + "six months were notified in the following twelve months.");

        Rec bruising = recommendation(rr, "2", "2021-09-28",
                "Apply the bruising in non-mobile babies protocol in primary care and the emergency department: every bruise "
                + "in a baby who is not yet mobile is referred for a safeguarding assessment.",
                "BABIES_AND_INFANTS", "PROFESSIONAL_CURIOSITY").accepted("2021-10-12");
        bruising.action("PRIMARY_CARE", "Named GP for safeguarding children", "2021-10-12", "2022-01-31",
                        "Brief all GP practices on the protocol and add an alert to the clinical system.")
                .completed("2022-01-25", "Briefings held; clinical system alert live in all practices.", "2022-02-08");
        bruising.action("ACUTE_HOSPITAL", "Named nurse, emergency department", "2021-10-12", "2022-01-31",
                        "Add the protocol to emergency department triage.")
                .completed("2022-01-28", "Triage tool updated; staff briefing records attached.", "2022-02-08");
        bruising.closed("2022-03-15", "Referrals of bruised non-mobile babies for a safeguarding assessment rose from 14 to "
                + "37 a year; an audit found that every bruised non-mobile baby seen in the emergency department was referred.");
    }

    private void childCExploitationNationalReview() {
        String rr = notify("RR-2022-01", List.of("Child C"), DIED, "2022-01-24", "2022-01-25", List.of(PHYSICAL_ABUSE),
                "CHILD_EXPLOITATION", "ADOLESCENTS", "SAFETY_IN_EDUCATION");
        meeting(rr, "2022-02-08", "CHILDRENS_SOCIAL_CARE", "POLICE", "YOUTH_JUSTICE", "EDUCATION", "INTEGRATED_CARE_BOARD");
        decide(rr, "2022-02-08", NATIONAL_REVIEW_RECOMMENDED,
                "Child C, aged 16, died after being stabbed. He had been criminally exploited through county lines for more "
                + "than a year and was known to youth justice, police and children's social care. The circumstances share "
                + "features with incidents in other areas; the partners consider the learning of national importance.");
        submit(rr, "2022-02-10");
        panel(rr, "2022-03-03", PanelResponse.NATIONAL_REVIEW, "The Panel will include Child C in its national review of "
                + "criminal exploitation and serious youth violence. The partnership will contribute and respond to its "
                + "recommendations.");

        String national = commission("NR-2022-01", PracticeReviewKind.NATIONAL_REVIEW, rr,
                "National review: criminal exploitation and serious youth violence (including Child C)", "2022-03-03",
                List.of("Child C"), "CHILD_EXPLOITATION", "ADOLESCENTS", "SAFETY_IN_EDUCATION", "INFORMATION_SHARING");
        reviewer(national, "2022-04-04", "National Panel review team");
        finalReport(national, "2023-01-16");
        publish(national, "2023-02-07", "NR-2022-01", FULL);

        Rec hub = recommendation(national, "1", "2023-02-07",
                "Set up a multi-agency child exploitation hub with a shared screening tool and a daily information-sharing "
                + "meeting.",
                "CHILD_EXPLOITATION", "INFORMATION_SHARING", "ADOLESCENTS").accepted("2023-03-14");
        hub.action("POLICE", "Detective inspector, exploitation team", "2023-03-14", "2023-09-30",
                        "Co-locate police exploitation officers in the hub.")
                .completed("2023-09-18", "Four officers based in the hub since 4 September 2023.", "2023-10-10");
        hub.action("CHILDRENS_SOCIAL_CARE", "Service manager, adolescent services", "2023-03-14", "2023-12-31",
                        "Introduce the shared exploitation screening tool for every referral about exploitation.")
                .progress("2023-07-04", "Tool agreed with police and youth justice; training planned.")
                .completed("2023-12-12", "Tool in use since November 2023; 212 screenings completed.", "2024-01-16");
        // every action complete: awaiting the subgroup's impact statement

        Rec schools = recommendation(national, "2", "2023-02-07",
                "Schools tell the exploitation hub when a child at risk of exploitation is excluded, moved to a part-time "
                + "timetable or missing from education.",
                "SAFETY_IN_EDUCATION", "CHILD_EXPLOITATION", "ADOLESCENTS").accepted("2023-03-14");
        schools.action("EDUCATION", "Head of inclusion", "2023-03-14", "2023-12-31",
                        "Add the notification to the exclusions and part-time timetable protocol and brief every secondary "
                        + "headteacher.")
                .progress("2023-10-10", "Protocol redrafted; consultation with academy trusts under way.")
                .dueDateRevised("2023-12-05", "2024-07-31", "The academy trusts asked for a longer consultation.")
                .progress("2024-06-18", "Protocol agreed by 11 of 14 secondary schools.")
                .dueDateRevised("2024-07-22", "2025-03-31", "Aligned with the new statutory attendance guidance.")
                .completed("2025-03-20", "Protocol signed by all 14 secondary schools and three academy trusts; 48 "
                        + "notifications in the first term.", "2025-04-08");
        schools.action("YOUTH_JUSTICE", "Head of youth justice service", "2023-03-14", "2023-09-30",
                        "Youth justice workers attend the hub's daily meeting for the children they supervise.")
                .completed("2023-09-05", "Attendance log for July and August 2023 attached.", "2023-09-19");
        schools.action("PARTNERSHIP", "Business manager, safeguarding children partnership", "2025-04-08", "2026-12-31",
                        "Audit whether school notifications to the hub led to a plan for the child within five working days.")
                .progress("2026-09-15", "Audit sample of 40 notifications drawn; fieldwork in October.");

        Rec namedWorker = recommendation(national, "3", "2023-02-07",
                "Keep a named worker for young people at risk of exploitation until they are 25.",
                "ADOLESCENTS", "CHILD_EXPLOITATION");
        namedWorker.declined("2023-03-14", "The partnership cannot commit adult services to a named worker until 25. "
                + "Transitions for young people at risk of exploitation are covered by the transitional safeguarding protocol "
                + "agreed with the adult safeguarding board in 2022; the exploitation subgroup will audit its use each year.");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 2022-23
    // ---------------------------------------------------------------------------------------------------------------

    /** Notified late; the Panel disagreed with "no CSPR", the partners revised the decision; the CSPR was published late. */
    private void babyDPanelDisagreedThenCspr() {
        String rr = notify("RR-2022-05", List.of("Baby D"), SERIOUSLY_HARMED, "2022-09-05", "2022-09-20",
                List.of(PHYSICAL_ABUSE, NEGLECT), "BABIES_AND_INFANTS", "DOMESTIC_ABUSE", "MENTAL_HEALTH");
        meeting(rr, "2022-10-04", "CHILDRENS_SOCIAL_CARE", "POLICE", "ACUTE_HOSPITAL", "COMMUNITY_HEALTH", "MENTAL_HEALTH");
        decide(rr, "2022-10-04", NO_CSPR,
                "Baby D, aged four months, was seriously harmed. Single-agency reviews by health and children's social care "
                + "have already identified learning about pre-birth assessment; a CSPR would not add further learning.");
        submit(rr, "2022-10-07");
        panel(rr, "2022-10-28", DISAGREED, "The Panel does not agree. The father's history of domestic abuse was known to "
                + "probation and mental health services but not to the professionals supporting the mother; a local CSPR "
                + "should examine how information about him was shared.");
        decide(rr, "2022-11-08", RapidReviewDecision.CSPR,
                "Following the Panel's response the partners revised their decision: a local CSPR will examine how "
                + "information about the father was shared between probation, mental health services and health visiting.");
        submit(rr, "2022-11-10");
        panel(rr, "2022-11-29", AGREED, "The Panel agrees with the revised decision.");

        String cspr = commission("CSPR-2022-02", PracticeReviewKind.CSPR, rr,
                "Baby D: a father's history that no one put together", "2022-11-08", List.of("Baby D"),
                "BABIES_AND_INFANTS", "DOMESTIC_ABUSE", "MENTAL_HEALTH", "FATHERS_AND_MALE_CARERS");
        reviewer(cspr, "2022-12-12", "Chris Example, independent lead reviewer");
        finalReport(cspr, "2023-07-03");
        publish(cspr, "2023-07-20", "CSPR-2022-02", FULL);

        Rec preBirth = recommendation(cspr, "1", "2023-07-20",
                "Pre-birth assessments consider the mental health and domestic abuse history of both parents, including a "
                + "parent who does not live with the mother.",
                "WHOLE_FAMILY", "DOMESTIC_ABUSE", "FATHERS_AND_MALE_CARERS").accepted("2023-09-12");
        preBirth.action("CHILDRENS_SOCIAL_CARE", "Head of safeguarding and quality assurance", "2023-09-12", "2024-03-31",
                        "Revise the pre-birth assessment template and practice guidance.")
                .completed("2024-03-05", "Template and guidance revised; briefings for all assessment teams.", "2024-03-19");
        preBirth.action("MENTAL_HEALTH", "Named nurse for safeguarding children, mental health trust", "2023-09-12",
                        "2024-03-31", "Adult mental health teams ask every service user whether they are expecting or caring "
                        + "for a baby.")
                .completed("2024-02-20", "Question added to the assessment form; 87% completion in January 2024.",
                        "2024-03-19");
        preBirth.closed("2024-06-11", "Every pre-birth assessment sampled in the May 2024 audit considered both parents; in 9 "
                + "of 20, information about a father who did not live with the mother changed the plan for the baby.");

        Rec perinatal = recommendation(cspr, "2", "2023-07-20",
                "The perinatal mental health service shares safeguarding concerns with the health visitor at every transfer "
                + "of care.",
                "MENTAL_HEALTH", "INFORMATION_SHARING", "BABIES_AND_INFANTS").accepted("2023-09-12");
        perinatal.action("MENTAL_HEALTH", "Perinatal mental health service manager", "2023-09-12", "2024-06-30",
                        "Add a safeguarding handover to the perinatal discharge and transfer template.")
                .progress("2024-02-13", "Template change approved by the trust's records committee.")
                .evidence("2024-06-24", "Screenshot of the revised transfer template.")
                .evidenceReturned("2024-07-16", "The evidence shows the template, not that it is used: please provide an "
                        + "audit of handovers.")
                .dueDateRevised("2024-07-16", "2025-01-31", "Time for the audit of handovers the subgroup asked for.")
                .evidence("2025-01-20", "Audit of 30 transfers of care: safeguarding handover recorded in 27.")
                .evidenceAccepted("2025-02-11");
        perinatal.action("COMMUNITY_HEALTH", "Head of health visiting", "2023-09-12", "2024-03-31",
                        "Health visitors record the perinatal handover and contact the family within five working days.")
                .completed("2024-03-12", "Procedure updated; audit of 20 handovers attached.", "2024-04-09");
        perinatal.closed("2025-03-18", "Safeguarding concerns are now handed over at 27 of 30 transfers of care from the "
                + "perinatal mental health service, where none were recorded in the review period; health visitors contacted "
                + "every family within five working days of the handover.");

        Rec probation = recommendation(cspr, "3", "2023-07-20",
                "Probation tells children's social care and health visiting when a person supervised for domestic abuse "
                + "offences joins a household with a baby or an expectant mother.",
                "DOMESTIC_ABUSE", "FATHERS_AND_MALE_CARERS", "INFORMATION_SHARING").accepted("2023-09-12");
        probation.action("PROBATION", "Head of the probation delivery unit", "2023-09-12", "2024-03-31",
                        "Add a household-change check to the supervision of domestic abuse perpetrators, with a notification "
                        + "to children's social care.")
                .progress("2024-02-27", "Check added to supervision; the national case management system cannot yet send "
                        + "notifications, so they go by secure email.")
                .dueDateRevised("2024-03-26", "2025-09-30", "Waiting for the change to the national probation case "
                        + "management system.")
                .progress("2025-06-10", "National system change delayed again; the interim manual process is in place in two "
                        + "of three offices.");
        probation.action("CHILDRENS_SOCIAL_CARE", "Front door service manager", "2023-09-12", "2024-01-31",
                        "Record probation household-change notifications at the front door and screen them the same day.")
                .completed("2024-01-15", "Notification route live; 12 notifications screened in December 2023.", "2024-02-06");

        Rec housing = recommendation(cspr, "4", "2023-07-20",
                "Give families with a newborn baby in temporary accommodation priority for housing with space for a cot.",
                "BABIES_AND_INFANTS", "WHOLE_FAMILY");
        housing.declined("2023-09-12", "The partnership cannot direct the district councils' allocation policies. Instead, the "
                + "councils have agreed that housing officers check for a cot and a safe sleeping space whenever they place a "
                + "family with a baby, and provide a travel cot where there is none; the housing subgroup monitors this.");
    }

    /** Submitted to the Panel late; publication delayed by a criminal trial, then published after it. */
    private void childESexualAbuseDelayedByTrial() {
        String rr = notify("RR-2023-02", List.of("Child E"), SERIOUSLY_HARMED, "2023-02-02", "2023-02-03",
                List.of(SEXUAL_ABUSE, EMOTIONAL_ABUSE), "CHILD_SEXUAL_ABUSE", "ONLINE_HARM", "VOICE_OF_THE_CHILD");
        meeting(rr, "2023-02-21", "CHILDRENS_SOCIAL_CARE", "POLICE", "EDUCATION", "PRIMARY_CARE");
        meeting(rr, "2023-03-07", "CHILDRENS_SOCIAL_CARE", "POLICE", "EDUCATION", "PRIMARY_CARE", "MENTAL_HEALTH");
        decide(rr, "2023-03-07", RapidReviewDecision.CSPR,
                "Child E, aged 13, was sexually abused by an adult in the household; the abuse began online. Child E had "
                + "told a teacher of worries at home a year earlier. A second meeting was needed to hear from the school. "
                + "A CSPR is needed to understand how the child's disclosures were heard and acted on.");
        submit(rr, "2023-03-20");
        panel(rr, "2023-04-13", AGREED, "The Panel agrees. It notes that the rapid review reached it after the 15 working "
                + "day timescale and asks the partnership to explain the reasons.");

        String cspr = commission("CSPR-2023-01", PracticeReviewKind.CSPR, rr, "Child E: online grooming and a missed disclosure",
                "2023-03-07", List.of("Child E"), "CHILD_SEXUAL_ABUSE", "ONLINE_HARM", "VOICE_OF_THE_CHILD");
        reviewer(cspr, "2023-04-03", "Alex Example, independent lead reviewer");
        delay(cspr, "2023-07-17", "Criminal proceedings: the trial of an adult household member is listed for April 2024; "
                + "the police and the Crown Prosecution Service asked that publication wait until the trial ends.",
                "2024-04-30");
        finalReport(cspr, "2023-08-25");
        publish(cspr, "2024-04-23", "CSPR-2023-01", FULL);

        Rec onlineSafety = recommendation(cspr, "1", "2023-08-25",
                "Relationships and sex education teaches how to report online grooming and image-based abuse, and school "
                + "staff know how to respond to a report.",
                "ONLINE_HARM", "SAFETY_IN_EDUCATION", "CHILD_SEXUAL_ABUSE").accepted("2023-09-19");
        onlineSafety.action("EDUCATION", "Chair of the designated safeguarding leads' network", "2023-09-19", "2024-07-31",
                        "Give every school a lesson pack and staff briefing on reporting online grooming and image-based abuse.")
                .progress("2024-01-16", "Lesson pack written with the police online safety team; piloted in four schools.")
                .completed("2024-07-02", "Lesson pack used by every secondary school and 61 of 70 primary schools.",
                        "2024-07-16");
        onlineSafety.closed("2024-10-15", "In the pupil survey 78% of Year 8 pupils now know how to report image-based abuse "
                + "(35% before), and reports of online grooming from schools to the police doubled.");

        Rec seenAlone = recommendation(cspr, "2", "2023-08-25",
                "Children who disclose sexual abuse are seen alone, and their own words are recorded and acted on by every "
                + "agency.",
                "VOICE_OF_THE_CHILD", "CHILD_SEXUAL_ABUSE").accepted("2023-09-19");
        seenAlone.action("POLICE", "Detective chief inspector, public protection", "2023-09-19", "2024-03-31",
                        "Brief all public protection officers on recording the child's own words, and dip-sample investigations.")
                .completed("2024-03-15", "Briefing delivered; dip sample of 30 investigations attached.", "2024-04-02");
        seenAlone.action("CHILDRENS_SOCIAL_CARE", "Principal social worker", "2023-09-19", "2024-09-30",
                        "Audit whether children in section 47 enquiries about sexual abuse were seen alone and their words "
                        + "recorded.")
                .progress("2024-05-14", "Audit tool agreed with the police.")
                .progress("2025-02-11", "Audit delayed by a rise in referrals; half the sample reviewed.");

        Rec strategy = recommendation(cspr, "3", "2023-08-25",
                "Police and children's social care hold a strategy discussion within one working day of a disclosure of "
                + "child sexual abuse.",
                "CHILD_SEXUAL_ABUSE", "INFORMATION_SHARING").accepted("2023-09-19");
        strategy.action("POLICE", "Detective inspector, child abuse investigation team", "2023-09-19", "2024-06-30",
                        "Report monthly on the time from disclosure to strategy discussion.")
                .progress("2024-03-12", "Reporting started; 64% within one working day.")
                .dueDateRevised("2024-06-18", "2026-10-31", "The multi-agency safeguarding hub is being restructured and who "
                        + "chairs strategy discussions is changing; measure after it goes live.")
                .evidence("2026-10-27", "Performance report: 89% of strategy discussions within one working day in July to "
                        + "September 2026.");
        strategy.action("CHILDRENS_SOCIAL_CARE", "MASH service manager", "2023-09-19", "2024-03-31",
                        "Agree a joint standard with the police for strategy discussions about child sexual abuse.")
                .completed("2024-02-27", "Joint standard signed by both agencies.", "2024-03-12");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 2023-24
    // ---------------------------------------------------------------------------------------------------------------

    private void childGHomeEducationLearningReview() {
        String rr = notify("RR-2023-06", List.of("Child G"), SERIOUSLY_HARMED, "2023-06-12", "2023-06-13", List.of(NEGLECT),
                "ELECTIVE_HOME_EDUCATION", "NEGLECT", "DISABILITY");
        meeting(rr, "2023-06-27", "CHILDRENS_SOCIAL_CARE", "EDUCATION", "COMMUNITY_HEALTH", "PRIMARY_CARE");
        decide(rr, "2023-06-27", NO_CSPR,
                "Child G, aged 11 and electively home educated, was seriously harmed by neglect. The rapid review found "
                + "learning about how visible children educated at home are to services, but no significant concerns about "
                + "how agencies worked together. The partners will carry out a local learning review instead of a CSPR.");
        submit(rr, "2023-06-29");
        panel(rr, "2023-07-20", AGREED, "The Panel agrees and would welcome the learning review when it is complete.");

        String review = commission("LLR-2023-01", PracticeReviewKind.LEARNING_REVIEW, rr,
                "Child G: electively home educated children who are not seen", "2023-07-25", List.of("Child G"),
                "ELECTIVE_HOME_EDUCATION", "NEGLECT", "DISABILITY");
        reviewer(review, "2023-09-04", "Jo Example, partnership learning and improvement lead");
        finalReport(review, "2024-01-15");
        publish(review, "2024-02-06", "LLR-2023-01", IMPROVEMENTS_ONLY);

        Rec healthReview = recommendation(review, "1", "2024-02-06",
                "Share the list of electively home educated children with health services, so that school nurses can offer "
                + "every child a health review.",
                "ELECTIVE_HOME_EDUCATION", "INFORMATION_SHARING").accepted("2024-03-12");
        healthReview.action("EDUCATION", "Elective home education officer", "2024-03-12", "2024-09-30",
                        "Agree an information-sharing agreement and send the list to school nursing every month.")
                .completed("2024-09-10", "Agreement signed; monthly list sent since July 2024.", "2024-09-24");
        healthReview.action("COMMUNITY_HEALTH", "School nursing team lead", "2024-03-12", "2025-03-31",
                        "Offer a health review to every electively home educated child.")
                .progress("2024-11-05", "Offers sent to 410 children; 190 reviews completed.")
                .completed("2025-03-18", "Reviews offered to all 455 children; 337 completed.", "2025-04-01");
        healthReview.closed("2025-06-10", "School nurses now offer a health review to every electively home educated child; "
                + "74% took it up in 2024-25, and 11 children were referred on for help, two of them to children's social "
                + "care.");

        Rec homeVisits = recommendation(review, "2", "2024-02-06",
                "Officers visit electively home educated children with special educational needs or disabilities at home at "
                + "least once a year, and see the child.",
                "ELECTIVE_HOME_EDUCATION", "DISABILITY", "VOICE_OF_THE_CHILD").accepted("2024-03-12");
        homeVisits.action("EDUCATION", "Head of SEND", "2024-03-12", "2024-12-31",
                        "Recruit two more elective home education officers and introduce yearly home visits for children "
                        + "with SEND.")
                .progress("2024-09-17", "One officer recruited; visits started for children with an EHC plan.")
                .dueDateRevised("2024-12-10", "2025-12-31", "The second post had to be re-advertised.")
                .progress("2025-09-09", "Both officers in post; 60% of children with SEND visited this year.")
                .dueDateRevised("2025-12-15", "2027-03-31", "Visits will follow the new register of children not in "
                        + "school, expected in 2026-27.");
    }

    /** The final report has been sent; publication waits for an inquest with no date yet. */
    private void childHSelfHarmDelayedByInquest() {
        String rr = notify("RR-2024-01", List.of("Child H"), DIED, "2024-01-08", "2024-01-09", List.of(EMOTIONAL_ABUSE),
                "MENTAL_HEALTH", "ADOLESCENTS", "TRAUMA_INFORMED_PRACTICE");
        meeting(rr, "2024-01-23", "CHILDRENS_SOCIAL_CARE", "POLICE", "MENTAL_HEALTH", "ACUTE_HOSPITAL", "EDUCATION");
        decide(rr, "2024-01-23", RapidReviewDecision.CSPR,
                "Child H, aged 15, died by suicide. Child H had attended the emergency department twice after self-harm in "
                + "the previous six months and was waiting for a CAMHS appointment. A CSPR is needed to understand the "
                + "pathway after self-harm and the support offered at school.");
        submit(rr, "2024-01-26");
        panel(rr, "2024-02-15", AGREED, "The Panel agrees that a local CSPR is appropriate.");

        String cspr = commission("CSPR-2024-01", PracticeReviewKind.CSPR, rr, "Child H: the pathway after self-harm",
                "2024-01-23", List.of("Child H"), "MENTAL_HEALTH", "ADOLESCENTS", "TRAUMA_INFORMED_PRACTICE");
        reviewer(cspr, "2024-02-19", "Sam Example, independent lead reviewer");
        delay(cspr, "2024-06-24", "Inquest: HM Coroner has opened an inquest and the family asked that publication wait for "
                + "its conclusion. No date has been set for the final hearing.", null);
        finalReport(cspr, "2024-09-30");

        Rec followUp = recommendation(cspr, "1", "2024-09-30",
                "Children who attend the emergency department after self-harm are seen by CAMHS within 72 hours.",
                "MENTAL_HEALTH", "ADOLESCENTS").accepted("2024-10-22");
        followUp.action("ACUTE_HOSPITAL", "Lead nurse, paediatric emergency department", "2024-10-22", "2025-03-31",
                        "Refer every child seen after self-harm to the CAMHS crisis team before discharge.")
                .completed("2025-03-04", "Referral pathway live; audit of 40 attendances shows 39 referred.", "2025-03-18");
        followUp.action("MENTAL_HEALTH", "CAMHS service director", "2024-10-22", "2025-06-30",
                        "Offer a follow-up appointment within 72 hours of every emergency department referral.")
                .progress("2025-04-08", "Crisis team recruitment under way; 58% seen within 72 hours.")
                .progress("2026-01-20", "71% seen within 72 hours; two posts still vacant.");

        Rec training = recommendation(cspr, "2", "2024-09-30",
                "Secondary school staff are trained in trauma-informed practice, including how to respond when a pupil "
                + "discloses self-harm.",
                "TRAUMA_INFORMED_PRACTICE", "SAFETY_IN_EDUCATION", "MENTAL_HEALTH").accepted("2024-10-22");
        training.action("EDUCATION", "Mental health in schools lead", "2024-10-22", "2025-07-31",
                        "Deliver trauma-informed practice training to pastoral staff in every secondary school.")
                .completed("2025-07-15", "Pastoral staff from all 14 secondary schools trained.", "2025-07-29");
        training.action("VOLUNTARY_SECTOR", "Chief executive, young people's counselling service", "2026-10-06", "2027-03-31",
                "Extend the self-harm awareness training to youth clubs and sports coaches.");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 2024-25
    // ---------------------------------------------------------------------------------------------------------------

    private void childrenJAndMPublicationWithheld() {
        String rr = notify("RR-2024-04", List.of("Child J", "Child M"), DIED, "2024-05-13", "2024-05-14",
                List.of(NEGLECT, SEXUAL_ABUSE), "NEGLECT", "DISABILITY", "CHILD_SEXUAL_ABUSE");
        meeting(rr, "2024-05-29", "CHILDRENS_SOCIAL_CARE", "POLICE", "COMMUNITY_HEALTH", "EDUCATION", "PRIMARY_CARE");
        decide(rr, "2024-05-29", RapidReviewDecision.CSPR,
                "Child J died and Child M, a disabled sibling, was seriously harmed. Both children had been on child "
                + "protection plans for neglect for more than two years. A CSPR is needed to understand why the plans "
                + "drifted and how Child M's views were sought.");
        submit(rr, "2024-06-03");
        panel(rr, "2024-06-25", AGREED, "The Panel agrees.");

        String cspr = commission("CSPR-2024-02", PracticeReviewKind.CSPR, rr, "Child J and Child M: drift in plans for neglect",
                "2024-05-29", List.of("Child J", "Child M"), "NEGLECT", "DISABILITY", "VOICE_OF_THE_CHILD");
        reviewer(cspr, "2024-07-01", "Chris Example, independent lead reviewer");
        finalReport(cspr, "2024-11-18");
        withhold(cspr, "2024-11-28", "The safeguarding partners decided not to publish: the report would identify the "
                + "surviving child, who lives locally in a long-term placement and whose wishes were sought. The National "
                + "Panel and the Secretary of State were told, and the learning is shared in a practice briefing.");

        Rec communication = recommendation(cspr, "1", "2024-11-18",
                "Practitioners working with disabled children use the child's preferred way of communicating to seek their "
                + "views, with help from specialist staff where needed.",
                "DISABILITY", "VOICE_OF_THE_CHILD").accepted("2024-12-10");
        communication.action("CHILDRENS_SOCIAL_CARE", "Head of the disabled children's service", "2024-12-10", "2025-06-30",
                        "Train the disabled children's team in communication tools and record the method used with each child.")
                .completed("2025-06-16", "All 22 social workers trained; recording field added.", "2025-07-01");
        communication.closed("2025-09-16", "The way each child communicates is now recorded for 90% of disabled children on "
                + "plans, and in the six months after the training 17 children used communication aids to contribute to their "
                + "own child protection conferences.");

        Rec drift = recommendation(cspr, "2", "2024-11-18",
                "Child protection plans for neglect that last more than 18 months are escalated to the head of service and "
                + "reported to the partnership's neglect subgroup.",
                "NEGLECT", "PROFESSIONAL_CURIOSITY").accepted("2024-12-10");
        drift.action("CHILDRENS_SOCIAL_CARE", "Head of safeguarding and quality assurance", "2024-12-10", "2025-09-30",
                        "Add automatic escalation at 15 and 18 months to the case management system.")
                .progress("2025-05-06", "Alert specified; testing in June.")
                .evidence("2025-09-22", "The alert is live in the case management system.")
                .evidenceReturned("2025-10-14", "Please show that escalations led to a review of the plan, not only that the "
                        + "alert exists.")
                .dueDateRevised("2025-10-14", "2026-12-18", "Time to gather a year of escalations for the evidence the "
                        + "subgroup asked for.")
                .evidence("2026-10-20", "Report of 23 escalations in 2025-26: the head of service reviewed 19 plans within a "
                        + "month; four children's plans ended with a change of plan.");
        drift.action("PARTNERSHIP", "Chair of the neglect subgroup", "2024-12-10", "2025-03-31",
                        "Add long plans for neglect to the neglect subgroup's quarterly performance report.")
                .completed("2025-03-11", "Quarterly report for January to March 2025 attached.", "2025-03-25");

        Rec interpreters = recommendation(cspr, "3", "2024-11-18",
                "Interpreters and culturally appropriate advocacy are available to families whose first language is not "
                + "English, at child protection conferences and health appointments.",
                "RACE_CULTURE_AND_INEQUALITY", "VOICE_OF_THE_CHILD").accepted("2024-12-10");
        interpreters.action("COMMUNITY_HEALTH", "Head of patient experience", "2024-12-10", "2027-01-29",
                        "Book face-to-face interpreters for health visits to families who need them, and record the need.")
                .progress("2025-08-12", "Interpreter need now recorded at registration; new contract from April 2026.");
        interpreters.action("VOLUNTARY_SECTOR", "Manager, community advocacy service", "2026-09-08", "2027-03-31",
                "Recruit and train community advocates to support parents at child protection conferences.");
    }

    private void babyNSaferSleepNoCspr() {
        String rr = notify("RR-2025-01", List.of("Baby N"), DIED, "2025-01-13", "2025-01-14", List.of(NEGLECT),
                "BABIES_AND_INFANTS", "FATHERS_AND_MALE_CARERS", "NEGLECT");
        meeting(rr, "2025-01-28", "CHILDRENS_SOCIAL_CARE", "POLICE", "COMMUNITY_HEALTH", "ACUTE_HOSPITAL", "EARLY_YEARS");
        decide(rr, "2025-01-28", NO_CSPR,
                "Baby N, aged ten weeks, died while co-sleeping with a parent who had been drinking alcohol. Only universal "
                + "services knew the family; safer sleep advice had been given to the mother but not to the father. The "
                + "learning is clear and is addressed by two rapid review recommendations; a CSPR would not add to it.");
        submit(rr, "2025-01-31");
        panel(rr, "2025-02-20", AGREED, "The Panel agrees and notes the learning about fathers' understanding of safer sleep.");

        Rec assessment = recommendation(rr, "1", "2025-01-28",
                "Health visitors complete a safer sleep assessment at every contact, including where parents may co-sleep "
                + "after drinking alcohol or taking drugs.",
                "BABIES_AND_INFANTS", "NEGLECT").accepted("2025-02-11");
        assessment.action("COMMUNITY_HEALTH", "Head of health visiting", "2025-02-11", "2025-06-30",
                        "Add the safer sleep assessment to every health visiting contact template.")
                .completed("2025-06-09", "Assessment recorded at 96% of contacts in May 2025.", "2025-06-24");
        assessment.action("EARLY_YEARS", "Family hubs manager", "2025-02-11", "2025-09-30",
                        "Include safer sleep in every family hub's baby groups.")
                .completed("2025-09-16", "Sessions in all nine family hubs; 340 parents attended.", "2025-10-07");
        assessment.closed("2025-12-09", "Safer sleep assessments are recorded at 96% of health visiting contacts; 340 parents "
                + "attended safer sleep sessions in family hubs, a third of them fathers. No sudden infant deaths involving "
                + "co-sleeping after alcohol have been notified since the review.");

        Rec dads = recommendation(rr, "2", "2025-01-28",
                "Reach fathers and male carers with safer sleep messages through antenatal classes, drug and alcohol "
                + "services and workplaces.",
                "FATHERS_AND_MALE_CARERS", "BABIES_AND_INFANTS").accepted("2025-02-11");
        dads.action("VOLUNTARY_SECTOR", "Dads' project coordinator", "2025-02-11", "2026-03-31",
                        "Run a safer sleep campaign for fathers with local employers and antenatal classes.")
                .progress("2025-07-01", "Antenatal sessions for fathers running in both maternity units.")
                .dueDateRevised("2026-03-10", "2026-12-31", "The workplace campaign depends on a funding bid decided in "
                        + "April 2026.")
                .progress("2026-09-22", "Funding agreed; campaign launched with six large employers.");
        dads.action("INTEGRATED_CARE_BOARD", "Commissioning manager, drug and alcohol services", "2025-02-11", "2025-09-30",
                "Add safer sleep to the assessment of every parent of a baby in drug and alcohol treatment.");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 2025-26
    // ---------------------------------------------------------------------------------------------------------------

    private void childPDomesticAbuseCspr() {
        String rr = notify("RR-2025-03", List.of("Child P"), SERIOUSLY_HARMED, "2025-04-28", "2025-04-29",
                List.of(PHYSICAL_ABUSE, EMOTIONAL_ABUSE), "DOMESTIC_ABUSE", "WHOLE_FAMILY", "EARLY_HELP");
        meeting(rr, "2025-05-13", "CHILDRENS_SOCIAL_CARE", "POLICE", "EDUCATION", "ACUTE_HOSPITAL", "PROBATION",
                "VOLUNTARY_SECTOR");
        decide(rr, "2025-05-13", RapidReviewDecision.CSPR,
                "Child P, aged 8, was seriously harmed during a domestic abuse incident. The police had been called to the "
                + "home nine times in two years; the school was told of two of them. A CSPR is needed to look at how "
                + "domestic abuse notifications reach schools and early help.");
        submit(rr, "2025-05-16");
        panel(rr, "2025-06-05", AGREED, "The Panel agrees.");

        String cspr = commission("CSPR-2025-01", PracticeReviewKind.CSPR, rr,
                "Child P: domestic abuse that the school did not hear about", "2025-05-13", List.of("Child P"),
                "DOMESTIC_ABUSE", "WHOLE_FAMILY", "EARLY_HELP", "FATHERS_AND_MALE_CARERS");
        reviewer(cspr, "2025-06-09", "Jo Example, independent lead reviewer");
        finalReport(cspr, "2025-10-20");
        publish(cspr, "2025-11-04", "CSPR-2025-01", IMPROVEMENTS_ONLY);

        Rec encompass = recommendation(cspr, "1", "2025-11-04",
                "Schools are told by 9am on the next school day when the police attend a domestic abuse incident where a "
                + "pupil lives (Operation Encompass), and offer the child support that day.",
                "DOMESTIC_ABUSE", "SAFETY_IN_EDUCATION", "VOICE_OF_THE_CHILD").accepted("2025-12-09");
        encompass.action("POLICE", "Superintendent, safeguarding", "2025-12-09", "2026-06-30",
                        "Extend notifications to incidents at weekends and in school holidays.")
                .progress("2026-03-17", "Weekend notifications live.")
                .dueDateRevised("2026-06-26", "2026-12-11", "Holiday notifications need the agreement of two academy "
                        + "trusts, expected in the autumn term.");
        encompass.action("EDUCATION", "Chair of the designated safeguarding leads' network", "2026-10-06", "2027-03-31",
                "Train a key adult in every school to respond to Operation Encompass notifications.");

        Rec wholeFamily = recommendation(cspr, "2", "2025-11-04",
                "Whole-family assessments include the parenting role of, and the risk from, the parent who causes harm, not "
                + "only the protective parent.",
                "WHOLE_FAMILY", "DOMESTIC_ABUSE", "FATHERS_AND_MALE_CARERS").accepted("2025-12-09");
        wholeFamily.action("CHILDRENS_SOCIAL_CARE", "Principal social worker", "2025-12-09", "2027-03-31",
                        "Revise the assessment framework and train assessment teams in working with parents who cause harm.")
                .progress("2026-04-14", "Framework revised with the domestic abuse service; training from September.");
        wholeFamily.action("PROBATION", "Head of the probation delivery unit", "2025-12-09", "2026-12-31",
                        "Agree a joint working protocol so that probation contributes to assessments of the parent who "
                        + "causes harm.")
                .evidence("2026-10-22", "Joint working protocol signed by probation and children's social care.");

        Rec routineEnquiry = recommendation(cspr, "3", "2025-11-04",
                "Midwives and emergency department staff ask every woman about domestic abuse when she is seen alone, and "
                + "refer to the domestic abuse service.",
                "DOMESTIC_ABUSE").accepted("2025-12-09");
        routineEnquiry.action("ACUTE_HOSPITAL", "Named midwife for safeguarding", "2025-12-09", "2026-06-30",
                        "Make routine enquiry about domestic abuse part of every antenatal booking seen alone.")
                .completed("2026-06-15", "Routine enquiry recorded at 85% of antenatal bookings in May 2026.", "2026-07-07");
        routineEnquiry.action("ACUTE_HOSPITAL", "Named nurse, emergency department", "2025-12-09", "2026-09-30",
                        "Introduce routine enquiry in the emergency department for women seen alone.")
                .completed("2026-10-01", "Routine enquiry recorded at 64% of eligible attendances in September 2026.",
                        "2026-10-20");
        routineEnquiry.closed("2026-10-27", "Routine enquiry about domestic abuse is now recorded at 85% of antenatal bookings "
                + "and 64% of emergency department attendances by women seen alone; referrals from the hospital to the "
                + "domestic abuse service rose from 9 to 41 a quarter.");
    }

    private void childQNoCspr() {
        String rr = notify("RR-2026-01", List.of("Child Q"), SERIOUSLY_HARMED, "2026-01-12", "2026-01-13",
                List.of(PHYSICAL_ABUSE), "ADOLESCENTS", "EARLY_HELP");
        meeting(rr, "2026-01-27", "CHILDRENS_SOCIAL_CARE", "POLICE", "EDUCATION", "ACUTE_HOSPITAL");
        decide(rr, "2026-01-27", NO_CSPR,
                "Child Q, aged 14, was seriously harmed by physical abuse. Agencies responded promptly and in line with "
                + "procedures; the rapid review found good practice and no new learning. A CSPR is not needed.");
        submit(rr, "2026-01-29");
        panel(rr, "2026-02-19", AGREED, "The Panel agrees and notes the good practice of the school.");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 2026-27: work in progress
    // ---------------------------------------------------------------------------------------------------------------

    /** The final report has been sent and publication is due in December; its recommendations are new. */
    private void childRFamilyMovesCspr() {
        String rr = notify("RR-2026-02", List.of("Child R"), SERIOUSLY_HARMED, "2026-05-26", "2026-05-27",
                List.of(NEGLECT, PHYSICAL_ABUSE), "INFORMATION_SHARING", "DISABILITY", "WHOLE_FAMILY");
        meeting(rr, "2026-06-09", "CHILDRENS_SOCIAL_CARE", "POLICE", "COMMUNITY_HEALTH", "HOUSING", "DISTRICT_COUNCIL");
        decide(rr, "2026-06-09", RapidReviewDecision.CSPR,
                "Child R, aged 2, was seriously harmed. The child's mother has a learning disability and the family moved "
                + "between three local authority areas in a year. A CSPR is needed to look at information sharing when "
                + "families move and at support for parents with learning disabilities.");
        submit(rr, "2026-06-12");
        panel(rr, "2026-07-02", AGREED, "The Panel agrees.");

        String cspr = commission("CSPR-2026-01", PracticeReviewKind.CSPR, rr, "Child R: a family that kept moving",
                "2026-06-09", List.of("Child R"), "INFORMATION_SHARING", "DISABILITY", "WHOLE_FAMILY");
        reviewer(cspr, "2026-07-06", "Alex Example, independent lead reviewer");
        finalReport(cspr, "2026-10-26");

        recommendation(cspr, "1", "2026-10-26",
                "When a family with a child on a child in need or child protection plan moves to another area, the receiving "
                + "local authority and health services are told before the move and a transfer meeting is held.",
                "INFORMATION_SHARING", "WHOLE_FAMILY").accepted("2026-10-29");
        recommendation(cspr, "2", "2026-10-26",
                "Adult learning disability services assess a parent's support needs as soon as a pregnancy is known.",
                "DISABILITY", "WHOLE_FAMILY", "BABIES_AND_INFANTS");
    }

    /** A lead reviewer withdrew and was replaced. */
    private void childSPlacementsCspr() {
        String rr = notify("RR-2026-03", List.of("Child S"), DIED, "2026-07-27", "2026-07-28", List.of(NEGLECT),
                "PLACEMENT_SUFFICIENCY", "ADOLESCENTS", "CHILD_EXPLOITATION");
        meeting(rr, "2026-08-11", "CHILDRENS_SOCIAL_CARE", "POLICE", "YOUTH_JUSTICE", "MENTAL_HEALTH", "EDUCATION");
        decide(rr, "2026-08-11", RapidReviewDecision.CSPR,
                "Child S, aged 17 and looked after, died while placed outside the area. Child S had moved placement five "
                + "times in a year and had been reported missing eleven times. A CSPR is needed to look at placement "
                + "sufficiency and at the response to repeated missing episodes.");
        submit(rr, "2026-08-14");
        panel(rr, "2026-09-03", AGREED, "The Panel agrees and asks that the review involves the placing and host areas.");

        String cspr = commission("CSPR-2026-02", PracticeReviewKind.CSPR, rr, "Child S: five placements in a year",
                "2026-08-11", List.of("Child S"), "PLACEMENT_SUFFICIENCY", "ADOLESCENTS", "CHILD_EXPLOITATION");
        reviewer(cspr, "2026-08-24", "Sam Example, independent lead reviewer");
        reviewer(cspr, "2026-09-14", "Chris Example, independent lead reviewer (replacing a reviewer who withdrew because "
                + "of a conflict of interest)");
    }

    /** The Panel disagreed with "no CSPR"; the partners have not yet reconsidered. */
    private void childTPanelDisagreed() {
        String rr = notify("RR-2026-04", List.of("Child T"), SERIOUSLY_HARMED, "2026-09-14", "2026-09-15",
                List.of(PHYSICAL_ABUSE, EMOTIONAL_ABUSE), "RACE_CULTURE_AND_INEQUALITY", "VOICE_OF_THE_CHILD");
        meeting(rr, "2026-09-29", "CHILDRENS_SOCIAL_CARE", "POLICE", "EDUCATION", "PRIMARY_CARE");
        decide(rr, "2026-09-29", NO_CSPR,
                "Child T, aged 6, was seriously harmed. The school's single-agency review has identified the learning about "
                + "responding to injuries; a CSPR would not add to it.");
        submit(rr, "2026-10-02");
        panel(rr, "2026-10-23", DISAGREED, "The Panel does not agree. Child T's experience of racism and the family's limited "
                + "access to interpreters do not appear to have been considered; the Panel asks the partners to reconsider a "
                + "local CSPR.");
    }

    /** Submitted to the Panel, no response yet; the CSPR is commissioned and has no reviewer yet. */
    private void babyUAwaitingPanel() {
        String rr = notify("RR-2026-05", List.of("Baby U"), DIED, "2026-09-28", "2026-09-29", List.of(PHYSICAL_ABUSE),
                "BABIES_AND_INFANTS", "WHOLE_FAMILY");
        meeting(rr, "2026-10-13", "CHILDRENS_SOCIAL_CARE", "POLICE", "ACUTE_HOSPITAL", "COMMUNITY_HEALTH", "PRIMARY_CARE");
        decide(rr, "2026-10-13", RapidReviewDecision.CSPR,
                "Baby U, aged five weeks, died from injuries. An older sibling had been on a child protection plan two years "
                + "earlier. A CSPR is needed to understand how that history informed the support offered before the birth.");
        submit(rr, "2026-10-16");
        commission("CSPR-2026-03", PracticeReviewKind.CSPR, rr, "Baby U: a new baby in a family known before",
                "2026-10-13", List.of("Baby U"), "BABIES_AND_INFANTS", "WHOLE_FAMILY");
    }

    /** Decided, not yet sent to the Panel. */
    private void childVDecidedNotSubmitted() {
        String rr = notify("RR-2026-06", List.of("Child V"), SERIOUSLY_HARMED, "2026-10-12", "2026-10-13",
                List.of(SEXUAL_ABUSE, EMOTIONAL_ABUSE), "ONLINE_HARM", "ADOLESCENTS");
        meeting(rr, "2026-10-27", "CHILDRENS_SOCIAL_CARE", "POLICE", "EDUCATION", "MENTAL_HEALTH");
        decide(rr, "2026-10-27", NO_CSPR,
                "Child V, aged 12, was seriously harmed after being coerced online into sharing images. Agencies acted quickly "
                + "once told; the learning about online harm is already being addressed through the Child E recommendations. "
                + "A CSPR is not needed.");
    }

    /** Met, no decision yet. */
    private void childWAwaitingDecision() {
        String rr = notify("RR-2026-07", List.of("Child W"), SERIOUSLY_HARMED, "2026-10-19", "2026-10-20", List.of(NEGLECT),
                "NEGLECT", "EARLY_HELP");
        meeting(rr, "2026-10-30", "CHILDRENS_SOCIAL_CARE", "POLICE", "EDUCATION", "COMMUNITY_HEALTH", "EARLY_YEARS");
    }

    /** Just notified: the rapid review meeting is still to be held. */
    private void babyXJustNotified() {
        notify("RR-2026-08", List.of("Baby X"), SERIOUSLY_HARMED, "2026-10-28", "2026-10-29", List.of(PHYSICAL_ABUSE),
                "BABIES_AND_INFANTS");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Helpers: one command each, dates authored as ISO strings and moved on by the shift
    // ---------------------------------------------------------------------------------------------------------------

    /** The authored date, moved on by the whole years since the data were written. */
    private LocalDate d(String isoDate) {
        return isoDate == null ? null : LocalDate.parse(isoDate).plusYears(shift);
    }

    private String notify(String reference, List<String> children, Outcome outcome, String awareOn, String notifiedOn,
                          List<HarmCategory> harm, String... themes) {
        String id = ids.next();
        commands.send(id, new NotifySeriousIncident(id, reference, children, outcome, d(awareOn), d(notifiedOn), harm,
                List.of(themes)));
        return id;
    }

    private void meeting(String rapidReview, String heldOn, String... agencies) {
        commands.send(rapidReview, new RecordRapidReviewMeeting(rapidReview, d(heldOn), List.of(agencies)));
    }

    private void decide(String rapidReview, String decidedOn, RapidReviewDecision decision, String rationale) {
        commands.send(rapidReview, new RecordRapidReviewDecision(rapidReview, d(decidedOn), decision, rationale));
    }

    private void submit(String rapidReview, String submittedOn) {
        commands.send(rapidReview, new SubmitRapidReviewToPanel(rapidReview, d(submittedOn)));
    }

    private void panel(String rapidReview, String respondedOn, PanelResponse response, String comments) {
        commands.send(rapidReview, new RecordPanelResponse(rapidReview, d(respondedOn), response, comments));
    }

    private String commission(String reference, PracticeReviewKind kind, String rapidReview, String title, String decidedOn,
                              List<String> children, String... themes) {
        String id = ids.next();
        commands.send(id, new CommissionPracticeReview(id, reference, kind, rapidReview, title, d(decidedOn), children,
                List.of(themes), List.of()));
        return id;
    }

    private void reviewer(String practiceReview, String appointedOn, String reviewer) {
        commands.send(practiceReview, new AppointReviewer(practiceReview, reviewer, d(appointedOn)));
    }

    private void delay(String practiceReview, String recordedOn, String reason, String expectedOn) {
        commands.send(practiceReview, new RecordPublicationDelay(practiceReview, d(recordedOn), reason, d(expectedOn)));
    }

    private void finalReport(String practiceReview, String sentOn) {
        commands.send(practiceReview, new SendFinalReport(practiceReview, d(sentOn)));
    }

    private void publish(String practiceReview, String publishedOn, String reference, PublicationScope scope) {
        String url = "https://scp.example.org/reviews/" + reference.toLowerCase();
        commands.send(practiceReview, new PublishPracticeReview(practiceReview, d(publishedOn), url, scope));
    }

    private void withhold(String practiceReview, String decidedOn, String reason) {
        commands.send(practiceReview, new WithholdPublication(practiceReview, d(decidedOn), reason));
    }

    private Rec recommendation(String sourceId, String number, String madeOn, String text, String... themes) {
        String id = ids.next();
        commands.send(id, new MakeRecommendation(id, sourceId, number, text, List.of(themes), d(madeOn)));
        return new Rec(id);
    }

    /** A recommendation being recorded: the partnership's response, its actions and its closure. */
    private final class Rec {

        private final String id;

        private Rec(String id) {
            this.id = id;
        }

        Rec accepted(String respondedOn) {
            commands.send(id, new RespondToRecommendation(id, d(respondedOn), true, null));
            return this;
        }

        void declined(String respondedOn, String rationale) {
            commands.send(id, new RespondToRecommendation(id, d(respondedOn), false, rationale));
        }

        Act action(String agency, String owner, String assignedOn, String dueOn, String description) {
            String actionId = commands.send(id, new AssignAction(id, description, agency, owner, d(assignedOn), d(dueOn)));
            return new Act(id, actionId);
        }

        void closed(String closedOn, String impactStatement) {
            commands.send(id, new CloseRecommendation(id, d(closedOn), impactStatement, null));
        }
    }

    /** An action being recorded: progress, due-date revisions, evidence and its review. */
    private final class Act {

        private final String recommendation;
        private final String actionId;

        private Act(String recommendation, String actionId) {
            this.recommendation = recommendation;
            this.actionId = actionId;
        }

        Act progress(String reportedOn, String note) {
            commands.send(recommendation, new ReportActionProgress(recommendation, actionId, d(reportedOn), note));
            return this;
        }

        Act dueDateRevised(String revisedOn, String dueOn, String reason) {
            commands.send(recommendation, new ReviseActionDueDate(recommendation, actionId, d(revisedOn), d(dueOn), reason));
            return this;
        }

        Act evidence(String submittedOn, String summary) {
            commands.send(recommendation, new SubmitActionEvidence(recommendation, actionId, d(submittedOn), summary, null));
            return this;
        }

        Act evidenceAccepted(String reviewedOn) {
            commands.send(recommendation, new ReviewActionEvidence(recommendation, actionId, d(reviewedOn), true, SUBGROUP));
            return this;
        }

        Act evidenceReturned(String reviewedOn, String reason) {
            commands.send(recommendation, new ReviewActionEvidence(recommendation, actionId, d(reviewedOn), false, reason));
            return this;
        }

        /** Evidence submitted and accepted: the action is complete. */
        Act completed(String submittedOn, String summary, String acceptedOn) {
            return evidence(submittedOn, summary).evidenceAccepted(acceptedOn);
        }
    }
}
