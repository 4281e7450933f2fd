package uk.org.casereview.api.pages;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import uk.org.casereview.api.support.Api;
import uk.org.casereview.api.support.ApiTest;
import uk.org.casereview.api.support.Browser;

import java.nio.file.Files;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journeys of SPEC section 8 in a real browser (headless Chromium), as each role would walk them, with axe-core run
 * on every page shown: zero WCAG 2.2 A or AA violations. Screenshots of the main pages go to target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageJourneysTest extends ApiTest {

    private Browser browser;

    @BeforeAll
    void startBrowser() {
        browser = new Browser(port);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void signedOut() {
        browser.open("/sign-in");
        browser.driver().manage().deleteAllCookies();
    }

    /** The page shown has no WCAG 2.2 A or AA violation. */
    private void accessible() {
        assertThat(browser.accessibilityViolations()).as("axe-core on " + browser.path()).isEmpty();
    }

    @Test
    void aRecorderRecordsARapidReviewFromNotificationToThePanelsResponse() {
        browser.open("/");
        assertThat(browser.path()).startsWith("/sign-in");
        assertThat(browser.heading()).isEqualTo("Sign in");
        accessible();
        browser.signIn("recorder", "recorder-secret");
        assertThat(browser.path()).isEqualTo("/");
        assertThat(browser.pageText()).contains("Signed in as recorder").contains("Overdue actions by agency")
                .contains("Statutory milestones due and overdue").contains("Recommendations by status").contains("What changed this week");
        accessible();

        browser.click("Record a serious incident notification");
        assertThat(browser.heading()).isEqualTo("Record a serious incident notification");
        accessible();

        // an empty form: the GOV.UK error summary and each error beside its question, with the API's messages; nothing recorded
        long before = eventCount();
        browser.date("awareOn", "2025-02-30");
        browser.save();
        assertThat(browser.title()).startsWith("Error: ");
        assertThat(browser.errorSummary()).contains("reference must not be blank", "children must not be empty", "outcome must not be null",
                "awareOn must be a real date written yyyy-MM-dd, not '2025-02-30'", "notifiedOn must not be null",
                "harmCategories must not be empty");
        assertThat(browser.errorAt("reference")).isEqualTo("reference must not be blank");
        assertThat(browser.errorAt("awareOn")).isEqualTo("awareOn must be a real date written yyyy-MM-dd, not '2025-02-30'");
        assertThat(browser.driver().findElement(By.id("awareOn-day")).getAttribute("value")).as("answers kept").isEqualTo("30");
        accessible();
        assertThat(eventCount()).as("a failed form post records nothing").isEqualTo(before);

        String reference = "RR-PAGES-" + UUID.randomUUID().toString().substring(0, 6);
        browser.type("reference", reference);
        browser.type("children", "Child P\nChild Q");
        browser.choose("outcome", "DIED");
        browser.date("awareOn", "2025-05-01");
        browser.date("notifiedOn", "2025-05-06");
        browser.choose("harmCategories", "NEGLECT");
        browser.choose("themes", "NEGLECT");
        browser.choose("themes", "BABIES_AND_INFANTS");
        browser.save();
        assertThat(browser.path()).as(browser.pageText()).startsWith("/rapid-reviews/");
        String rapidReview = browser.path();
        assertThat(browser.text()).contains("Notification recorded").contains(reference).contains("Child P, Child Q");
        accessible();

        browser.click("Record a rapid review meeting");
        browser.date("heldOn", "2025-05-13");
        browser.choose("agencies", "POLICE");
        browser.choose("agencies", "CHILDRENS_SOCIAL_CARE");
        browser.save();
        assertThat(browser.text()).contains("Meeting recorded");

        browser.click("Record the decision");
        accessible();
        browser.date("decidedOn", "2025-05-20");
        browser.choose("decision", "CSPR");
        browser.save();
        assertThat(browser.errorAt("rationale")).isEqualTo("rationale must not be blank");
        browser.type("rationale", "Agencies did not share concerns about the baby's weight");
        browser.save();
        assertThat(browser.text()).contains("Decision recorded").contains("Cspr");

        // a date before the notification: refused by the domain, with its message, and nothing recorded
        browser.click("Record the submission to the National Panel");
        long beforeRefusal = eventCount();
        browser.date("submittedOn", "2025-04-01");
        browser.save();
        assertThat(browser.errorSummary()).isNotEmpty();
        assertThat(eventCount()).isEqualTo(beforeRefusal);
        accessible();
        browser.date("submittedOn", "2025-05-23");
        browser.save();
        assertThat(browser.text()).contains("Submission recorded");

        browser.click("Record the National Panel's response");
        browser.date("respondedOn", "2025-06-13");
        browser.choose("response", "AGREED");
        browser.type("comments", "A local CSPR is appropriate");
        browser.save();
        assertThat(browser.text()).contains("Panel response recorded").contains("Panel agreed")
                .contains("Statutory milestones").contains("Timeline").contains("A local CSPR is appropriate");
        assertThat(browser.driver().findElements(By.cssSelector(".app-timeline__entry")).size()).isGreaterThanOrEqualTo(5);
        accessible();
        browser.screenshot("rapid-review");

        // as at a date before the decision, the page shows the rapid review as it stood then
        browser.open(rapidReview + "?asOf=2025-05-15");
        assertThat(browser.text()).contains("Not yet decided").contains("Meeting held").doesNotContain("Panel agreed");
        accessible();
    }

    @Test
    void aRecommendationGoesToClosureWithAnAgencyLeadsEvidence() {
        browser.signIn("recorder", "recorder-secret");
        browser.click("Record a serious incident notification");
        String reference = "RR-REC-" + UUID.randomUUID().toString().substring(0, 6);
        browser.type("reference", reference);
        browser.type("children", "Child S");
        browser.choose("outcome", "SERIOUSLY_HARMED");
        browser.date("awareOn", "2025-01-06");
        browser.date("notifiedOn", "2025-01-08");
        browser.choose("harmCategories", "PHYSICAL_ABUSE");
        browser.save();

        browser.click("Commission a practice review from this rapid review");
        accessible();
        String cspr = "CSPR-" + reference;
        browser.type("reference", cspr);
        browser.choose("kind", "CSPR");
        browser.type("title", "Child S: a baby with unexplained bruising");
        browser.date("decidedOn", "2025-02-03");
        browser.choose("themes", "DOMESTIC_ABUSE");
        browser.save();
        assertThat(browser.path()).startsWith("/practice-reviews/");
        assertThat(browser.text()).contains("Practice review commissioned").contains("Child S: a baby with unexplained bruising");
        accessible();

        browser.click("Record a recommendation of this review");
        browser.type("number", "1");
        browser.type("text", "Police notify schools of every domestic abuse call-out where a child lives");
        browser.choose("themes", "DOMESTIC_ABUSE");
        browser.date("madeOn", "2025-03-03");
        browser.save();
        assertThat(browser.path()).as(browser.errorSummary().toString()).startsWith("/recommendations/");
        String recommendation = browser.path();

        browser.click("Record the partnership's response");
        browser.date("respondedOn", "2025-03-10");
        browser.choose("accepted", "true");
        browser.save();
        assertThat(browser.text()).contains("Response recorded").contains("Accepted");

        assign("Notify schools within 24 hours of every call-out", "POLICE", "Detective Inspector, safeguarding", "2025-07-31");
        assign("Train designated safeguarding leads in schools", "EDUCATION", "Head of inclusion", "2025-05-31");
        assertThat(browser.text()).contains("Action 1: Police").contains("Action 2: Education").contains("Red");
        accessible();
        browser.signOut();
        assertThat(browser.text()).contains("You have signed out");

        // the police lead sees its agency's actions, with forms only for them
        browser.signIn("police-lead", "police-secret");
        assertThat(browser.pageText()).contains("Agency lead").contains("Police has");
        accessible();
        browser.click("My agency's actions");
        assertThat(browser.text()).contains("Notify schools within 24 hours").doesNotContain("Train designated safeguarding leads in schools");
        accessible();
        String recommendationId = recommendation.substring("/recommendations/".length());
        browser.driver().findElement(By.cssSelector("a[href*='/forms/progress?id=" + recommendationId + "']")).click();
        accessible();
        browser.date("reportedOn", "2025-05-01");
        browser.type("note", "Protocol agreed with the schools; first notifications sent");
        browser.save();
        assertThat(browser.path()).isEqualTo(recommendation);
        assertThat(browser.text()).contains("Progress reported").contains("Protocol agreed with the schools");
        assertThat(browser.driver().findElements(By.partialLinkText("Report progress"))).as("one form link: the police action's").hasSize(1);

        browser.click("Submit evidence");
        browser.date("submittedOn", "2025-06-02");
        browser.type("summary", "Notification log for May: 41 call-outs, 41 schools told within a day");
        browser.save();
        assertThat(browser.text()).contains("Evidence submitted").contains("Notification log for May");
        accessible();

        // the education action's form, reached by its address, refuses the police lead with the API's message; nothing recorded
        String educationAction = browser.driver().findElements(By.cssSelector(".govuk-summary-card")).get(1).getAttribute("id").substring("action-".length());
        browser.open("/forms/progress?id=" + recommendationId + "&actionId=" + educationAction);
        long before = eventCount();
        browser.date("reportedOn", "2025-05-01");
        browser.type("note", "Not ours to report");
        browser.save();
        assertThat(browser.errorSummary()).singleElement().asString().contains("may report only on its own agency's actions");
        assertThat(eventCount()).isEqualTo(before);
        browser.signOut();

        // the recorder accepts the evidence, records the education action done, and closes the recommendation
        browser.signIn("recorder", "recorder-secret");
        browser.open(recommendation);
        browser.click("Review evidence");
        browser.date("reviewedOn", "2025-06-10");
        browser.choose("accepted", "true");
        browser.save();
        assertThat(browser.text()).contains("Evidence reviewed");

        browser.click("Close the recommendation");
        browser.date("closedOn", "2025-06-20");
        browser.type("impactStatement", "Schools now hear of every call-out within a day");
        browser.save();
        assertThat(browser.errorSummary()).as("an action is still open").isNotEmpty();
        accessible();

        browser.open("/forms/evidence?id=" + recommendationId + "&actionId=" + educationAction);
        browser.date("submittedOn", "2025-06-05");
        browser.type("summary", "All 38 designated safeguarding leads trained");
        browser.save();
        browser.click("Review evidence");
        browser.date("reviewedOn", "2025-06-12");
        browser.choose("accepted", "true");
        browser.save();
        browser.click("Close the recommendation");
        browser.date("closedOn", "2025-06-20");
        browser.type("impactStatement", "Schools now hear of every call-out within a day; two disclosures followed");
        browser.save();
        assertThat(browser.text()).contains("Recommendation closed").contains("Closed").contains("two disclosures followed");
        accessible();
        browser.screenshot("recommendation");
    }

    @Test
    void aRecorderCorrectsAFactStrikesOneOutAndRecordsAJointReview() {
        String reference = "RR-CORRECT-" + UUID.randomUUID().toString().substring(0, 6);
        Api.Response notified = api().post("/api/v1/rapid-reviews", """
                {"reference":"%s","children":["Child C"],"outcome":"SERIOUSLY_HARMED","awareOn":"2025-04-01",
                 "notifiedOn":"2025-04-02","harmCategories":["NEGLECT"]}""".formatted(reference));
        assertThat(notified.status()).as(notified.toString()).isEqualTo(201);
        String id = notified.text("id");
        assertThat(api().post("/api/v1/rapid-reviews/" + id + "/meetings", "{\"heldOn\":\"2025-04-08\",\"agencies\":[\"POLICE\"]}").status()).isEqualTo(200);
        assertThat(api().post("/api/v1/rapid-reviews/" + id + "/decision",
                "{\"decidedOn\":\"2025-04-20\",\"decision\":\"CSPR\",\"rationale\":\"Learning about neglect\"}").status()).isEqualTo(200);

        browser.signIn("recorder", "recorder-secret");
        browser.open("/rapid-reviews/" + id);
        assertThat(browser.driver().findElements(By.partialLinkText("Correct this"))).as("one link a fact").hasSize(3);

        // the decision (fact 2), with its date typed wrongly: the form comes filled in with the fact as recorded
        browser.driver().findElement(By.cssSelector("a[href$='/forms/corrections/rapid-reviews/" + id + "/2']")).click();
        assertThat(browser.heading()).isEqualTo("Correct a fact: decision recorded");
        assertThat(browser.driver().findElement(By.id("decidedOn-day")).getAttribute("value")).isEqualTo("20");
        assertThat(browser.driver().findElement(By.id("rationale")).getAttribute("value")).isEqualTo("Learning about neglect");
        accessible();

        // no reason: the GOV.UK error summary, and nothing recorded
        long before = eventCount();
        browser.date("decidedOn", "2025-04-21");
        browser.save();
        assertThat(browser.errorAt("reason")).isEqualTo("Enter why the fact is corrected");
        assertThat(eventCount()).isEqualTo(before);
        accessible();

        // a date the history cannot have (before the notification): refused by the domain with its message, nothing recorded
        browser.type("reason", "Typed wrongly");
        browser.date("decidedOn", "2025-03-01");
        browser.save();
        assertThat(browser.errorSummary()).isNotEmpty();
        assertThat(eventCount()).isEqualTo(before);

        browser.date("decidedOn", "2025-04-21");
        browser.save();
        assertThat(browser.path()).isEqualTo("/rapid-reviews/" + id);
        assertThat(browser.text()).contains("Fact corrected").contains("Typed wrongly").contains("Corrected");
        assertThat(api().get("/api/v1/rapid-reviews/" + id).json().path("decision").path("decidedOn").asText()).isEqualTo("2025-04-21");
        accessible();

        // the meeting was recorded on the wrong case: struck out
        browser.driver().findElement(By.cssSelector("a[href$='/forms/corrections/rapid-reviews/" + id + "/1']")).click();
        browser.choose("change", "STRIKE_OUT");
        browser.type("reason", "This meeting was about another child");
        browser.save();
        assertThat(browser.text()).contains("Fact struck out").contains("This meeting was about another child");
        assertThat(browser.driver().findElements(By.partialLinkText("Correct this"))).as("the corrected and struck-out facts are not offered again")
                .hasSize(1);

        // a correction of a fact that does not exist, and an unknown page: GOV.UK pages, not JSON
        browser.open("/forms/corrections/rapid-reviews/" + id + "/99");
        assertThat(browser.heading()).isEqualTo("Page not found");
        accessible();
        browser.open("/no-such-page");
        assertThat(browser.heading()).isEqualTo("Page not found");
        accessible();
        assertThat(anonymous().get("/api/v1/no-such-endpoint").contentType()).as("API clients still get a problem detail")
                .startsWith("application/problem+json");

        // a joint review, commissioned from the rapid review with its partners
        browser.open("/rapid-reviews/" + id);
        browser.click("Commission a practice review from this rapid review");
        browser.type("reference", "JR-" + reference);
        browser.choose("kind", "JOINT_REVIEW");
        browser.type("title", "Child C: a joint review with the adults board");
        browser.date("decidedOn", "2025-04-25");
        browser.choose("jointWith", "SAFEGUARDING_ADULTS_BOARD");
        accessible();
        browser.save();
        assertThat(browser.path()).as(browser.errorSummary().toString()).startsWith("/practice-reviews/");
        String practiceReview = browser.path().substring("/practice-reviews/".length());
        assertThat(api().get("/api/v1/practice-reviews/" + practiceReview).json().path("jointWith").toString())
                .isEqualTo("[\"SAFEGUARDING_ADULTS_BOARD\"]");
        accessible();
    }

    @Test
    void aRecorderRecordsTheFactsOfVersion2ThroughTheirForms() {
        String reference = "RR-V2-" + UUID.randomUUID().toString().substring(0, 6);
        String notRequired = api().post("/api/v1/rapid-reviews", """
                {"reference":"%s-A","children":["Child N"],"outcome":"SERIOUSLY_HARMED","awareOn":"2025-05-01","notifiedOn":"2025-05-02","harmCategories":["NEGLECT"]}"""
                .formatted(reference)).text("id");
        String source = api().post("/api/v1/rapid-reviews", """
                {"reference":"%s-B","children":["Child M"],"outcome":"SERIOUSLY_HARMED","awareOn":"2025-01-03","notifiedOn":"2025-01-06","harmCategories":["NEGLECT"]}"""
                .formatted(reference)).text("id");
        Api.Response made = api().post("/api/v1/recommendations", """
                {"sourceId":"%s","number":"1","text":"Housing and police share notices of eviction","themes":["NEGLECT"],"madeOn":"2025-02-03"}"""
                .formatted(source));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        String recommendation = made.text("id");
        assertThat(api().post("/api/v1/recommendations/" + recommendation + "/response",
                "{\"respondedOn\":\"2025-02-10\",\"accepted\":true}").status()).isEqualTo(200);
        for (String agency : List.of("POLICE", "EDUCATION")) {
            assertThat(api().post("/api/v1/recommendations/" + recommendation + "/actions", """
                    {"description":"Share eviction notices (%s)","agency":"%s","owner":"Safeguarding lead","assignedOn":"2025-02-17","dueOn":"2025-05-30"}"""
                    .formatted(agency, agency)).status()).isEqualTo(201);
        }
        browser.signIn("recorder", "recorder-secret");

        // no rapid review needed
        browser.open("/rapid-reviews/" + notRequired);
        browser.click("Record that no rapid review is needed");
        accessible();
        browser.date("decidedOn", "2025-05-09");
        browser.choose("basis", "ANOTHER_AREA_LEADS");
        browser.type("reason", "The child lives in the neighbouring county, whose partnership leads");
        browser.save();
        assertThat(browser.text()).contains("Rapid review recorded as not required").contains("neighbouring county");
        accessible();

        // the police action passes to housing; the education action is withdrawn
        browser.open("/recommendations/" + recommendation);
        browser.driver().findElement(By.cssSelector("a[href*='/forms/reassignment'][href*='actionId=1']")).click();
        accessible();
        browser.date("reassignedOn", "2025-03-03");
        browser.select("agency", "HOUSING");
        browser.type("owner", "Head of housing options");
        browser.type("reason", "Housing holds the eviction notices");
        browser.save();
        assertThat(browser.text()).contains("Action reassigned").contains("Housing");

        browser.driver().findElement(By.cssSelector("a[href*='/forms/cancellation'][href*='actionId=2']")).click();
        accessible();
        browser.date("cancelledOn", "2025-03-04");
        browser.type("reason", "Schools do not receive eviction notices");
        browser.save();
        assertThat(browser.text()).contains("Action cancelled").contains("Cancelled");
        accessible();

        // the housing action is done; the recommendation is closed, reopened and its impact reviewed
        String action = "/api/v1/recommendations/" + recommendation + "/actions/1";
        assertThat(api().post(action + "/evidence", "{\"submittedOn\":\"2025-04-01\",\"summary\":\"Protocol signed\"}").status()).isEqualTo(200);
        assertThat(api().post(action + "/evidence-review", "{\"reviewedOn\":\"2025-04-08\",\"accepted\":true}").status()).isEqualTo(200);
        browser.open("/recommendations/" + recommendation);
        browser.click("Close the recommendation");
        browser.date("closedOn", "2025-04-15");
        browser.type("impactStatement", "Every eviction notice now reaches the police within a week");
        browser.save();
        assertThat(browser.text()).contains("Recommendation closed");

        browser.click("Reopen the recommendation");
        accessible();
        browser.date("reopenedOn", "2025-06-02");
        browser.type("reason", "Two notices in May were not shared");
        browser.save();
        assertThat(browser.text()).contains("Recommendation reopened").contains("Two notices in May were not shared");

        browser.click("Record an impact review");
        accessible();
        browser.date("reviewedOn", "2025-06-20");
        browser.type("finding", "An audit of 30 notices found 28 shared within a week");
        browser.choose("embedded", "false");
        browser.save();
        assertThat(browser.text()).contains("Impact review recorded").contains("28 shared within a week");
        accessible();
        assertThat(api().get("/api/v1/recommendations/" + recommendation).json().path("status").asText()).isEqualTo("IN_PROGRESS");
    }

    /** Waits for the import page to show the answer (its script reloads the page when the import is done). */
    private void awaitImport() {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(60))
                .withMessage(() -> "the import's answer on " + browser.path() + ": " + browser.pageText())
                .until(driver -> driver.findElements(By.id("report")).size() == 1);
    }

    private void assign(String description, String agency, String owner, String dueOn) {
        browser.click("Assign an action to an agency");
        browser.type("description", description);
        browser.select("agency", agency);
        browser.type("owner", owner);
        browser.date("assignedOn", "2025-03-17");
        browser.date("dueOn", dueOn);
        browser.save();
        assertThat(browser.text()).contains("Action assigned");
    }

    @Test
    void aRecorderImportsAnActionPlanFromAFileCheckingItFirst() throws Exception {
        java.nio.file.Path plan = Files.createTempFile("action-plan", ".csv");
        Files.writeString(plan, String.join(",", uk.org.casereview.api.actionplan.ActionPlanColumns.ALL) + "\n"
                + "CSPR-PAGE-IMPORT-1,CSPR,Child P,2024-05-21,1,Health visitors see fathers,NEGLECT,2024-11-21,ACCEPTED,2024-12-05,,"
                + "Audit new-birth visits,COMMUNITY_HEALTH,Head of health visiting,2024-12-10,2025-09-30,,ASSIGNED,,,,\n"
                + "CSPR-PAGE-IMPORT-1,CSPR,Child P,2024-05-21,2,Schools share attendance,NEGLECT,2024-11-21,ACCEPTED,2024-12-05,,"
                + "Share attendance weekly,FIRE_SERVICE,Head of inclusion,2024-12-10,2025-09-30,,ASSIGNED,,,,\n");
        browser.open("/");
        browser.signIn("recorder", "recorder-secret");
        browser.click("Import an action plan");
        assertThat(browser.heading()).isEqualTo("Import an action plan");
        accessible();

        // no file chosen: the GOV.UK error pattern
        browser.driver().findElement(By.cssSelector("main form button")).click();
        assertThat(browser.errorSummary()).containsExactly("Select a CSV or XLSX file of the action plan");
        assertThat(browser.errorAt("file")).isEqualTo("Select a CSV or XLSX file of the action plan");
        accessible();

        // a long file, checked only: a progress bar while it runs, then the answer, and nothing recorded
        java.nio.file.Path longPlan = Files.createTempFile("long-action-plan", ".csv");
        StringBuilder rows = new StringBuilder(String.join(",", uk.org.casereview.api.actionplan.ActionPlanColumns.ALL) + "\n");
        for (int n = 1; n <= 400; n++) {
            rows.append("CSPR-PAGE-LONG-1,CSPR,Child L,2024-05-21,").append(n).append(",Recommendation ").append(n)
                    .append(",NEGLECT,2024-11-21,ACCEPTED,2024-12-05,,Action ").append(n)
                    .append(",COMMUNITY_HEALTH,Head of health visiting,2024-12-10,2025-09-30,,ASSIGNED,,,,\n");
        }
        Files.writeString(longPlan, rows);
        browser.driver().findElement(By.id("file")).sendKeys(longPlan.toString());
        browser.choose("dryRun", "true");
        browser.driver().findElement(By.cssSelector("main form button")).click();
        assertThat(browser.heading()).isEqualTo("Import an action plan");
        assertThat(browser.driver().findElement(By.id("import-progress-bar")).getAttribute("max")).isEqualTo("400");
        assertThat(browser.text()).contains("Checking the file").contains("of 400 rows done");
        accessible();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(120))
                .until(driver -> driver.findElements(By.id("report")).size() == 1);
        assertThat(browser.text()).contains("What the import would do").contains("400 rows; 400 would be recorded");
        assertThat(browser.driver().findElements(By.id("import-progress-bar"))).isEmpty();
        assertThat(api().get("/api/v1/practice-reviews?size=500").body()).doesNotContain("CSPR-PAGE-LONG-1");

        // check only: nothing recorded, each row's outcome and problems
        browser.open("/imports/action-plan");
        browser.driver().findElement(By.id("file")).sendKeys(plan.toString());
        browser.choose("dryRun", "true");
        browser.driver().findElement(By.cssSelector("main form button")).click();
        awaitImport();
        assertThat(browser.text()).contains("What the import would do").contains("2 rows; 1 would be recorded; 0 already recorded; 1 refused")
                .contains("Would be recorded").contains("agency: unknown agency FIRE_SERVICE");
        accessible();
        assertThat(api().get("/api/v1/practice-reviews?size=500").body()).doesNotContain("CSPR-PAGE-IMPORT-1");
        browser.screenshot("action-plan-import");

        // the import: the good row is recorded, the refused one listed with its reason
        browser.open("/imports/action-plan");
        browser.driver().findElement(By.id("file")).sendKeys(plan.toString());
        browser.driver().findElement(By.cssSelector("main form button")).click();
        awaitImport();
        assertThat(browser.text()).contains("What was imported").contains("2 rows; 1 recorded; 0 already recorded; 1 refused");
        accessible();
        assertThat(api().get("/api/v1/practice-reviews?size=500").body()).contains("CSPR-PAGE-IMPORT-1");

        // a scrutineer sees the page but is offered no form
        browser.signOut();
        browser.open("/");
        browser.signIn("scrutineer", "scrutineer-secret");
        assertThat(browser.hasLink("Import an action plan")).isFalse();
        browser.open("/imports/action-plan");
        assertThat(browser.text()).contains("Only the business unit (the recorder role) may import an action plan.");
        assertThat(browser.driver().findElements(By.id("file"))).isEmpty();
        accessible();
    }

    @Test
    void aScrutineerReadsEveryPageAndIsOfferedNoForm() throws Exception {
        for (String reference : List.of("RR-SCRUTINY-A", "RR-SCRUTINY-B")) {
            assertThat(api().post("/api/v1/rapid-reviews", """
                    {"reference":"%s-%s","children":["Child T"],"outcome":"SERIOUSLY_HARMED","awareOn":"2025-06-02",
                     "notifiedOn":"2025-06-03","harmCategories":["NEGLECT"]}""".formatted(reference, UUID.randomUUID())).status()).isEqualTo(201);
        }
        browser.signIn("scrutineer", "scrutineer-secret");
        assertThat(browser.pageText()).contains("Independent scrutineer");
        assertThat(browser.hasLink("Record a serious incident notification")).isFalse();
        accessible();
        browser.screenshot("home");

        for (String page : List.of("/rapid-reviews", "/practice-reviews", "/recommendations", "/recommendations?status=IN_PROGRESS&rag=RED",
                "/overdue-actions", "/learning-themes", "/statutory-timeliness", "/yearly-reports", "/?asOf=2025-03-31")) {
            browser.open(page);
            assertThat(browser.title()).as(page).doesNotStartWith("Error").contains("Case review tracker");
            assertThat(browser.text()).as(page).doesNotContain("Record a");
            accessible();
        }
        // a list a page at a time, as the API's page and size
        browser.open("/rapid-reviews?size=1");
        assertThat(browser.text()).contains("Page 1 of");
        accessible();
        browser.click("Next");
        assertThat(browser.text()).contains("Page 2 of");
        accessible();
        browser.driver().findElement(By.cssSelector("main table a")).click();
        assertThat(browser.path()).startsWith("/rapid-reviews/");
        assertThat(browser.text()).contains("Statutory milestones").doesNotContain("Record what happened");
        accessible();

        // the yearly report's figures as JSON
        browser.open("/yearly-reports");
        accessible();
        browser.click("Reporting year 2025 to 2026 (JSON)");
        assertThat(browser.driver().getPageSource()).contains("\"notifications\"");

        // the yearly report's page: the report, a year chooser, its printable page, its PDF
        browser.open("/yearly-reports");
        browser.click("Reporting year 2024 to 2025");
        assertThat(browser.path()).isEqualTo("/yearly-reports/2024");
        assertThat(browser.heading()).isEqualTo("Yearly report 2024-25");
        assertThat(browser.text()).contains("Testshire Safeguarding Children Partnership", "Findings from Child Safeguarding Practice Reviews",
                "Reviews active in the year", "The record of decisions and actions", "Impact reviews");
        accessible();
        browser.select("year", "2023");
        browser.save();
        assertThat(browser.path()).isEqualTo("/yearly-reports/2023");
        assertThat(browser.heading()).isEqualTo("Yearly report 2023-24");
        accessible();
        String pdfLink = browser.driver().findElement(By.id("pdf")).getAttribute("href");
        browser.click("Printable page");
        assertThat(browser.heading()).isEqualTo("Yearly report 2023-24");
        assertThat(browser.text()).contains("Findings from Child Safeguarding Practice Reviews", "Notified within 5 working days of becoming aware");
        accessible();
        java.net.http.HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(pdfLink)).header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        // a form is not for a scrutineer: refused, with a page of its own
        browser.open("/forms/notification");
        assertThat(browser.heading()).isEqualTo("You cannot do this");
        accessible();

        // the CSV of the overdue actions, downloaded with the session
        browser.open("/overdue-actions");
        String csvLink = browser.driver().findElement(By.id("csv")).getAttribute("href");
        java.net.http.HttpResponse<String> csv = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(csvLink)).header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("recommendationId,sourceReference,recommendationNumber,actionId");

        // a bad date in the address is a clear page, not a stack trace
        browser.open("/rapid-reviews?asOf=2025-13-01");
        assertThat(browser.text()).contains("asOf must be a real date written yyyy-MM-dd, not '2025-13-01'");
        accessible();
        assertThat(Files.exists(java.nio.file.Path.of("target", "screenshots", "home.png"))).isTrue();
    }
}
