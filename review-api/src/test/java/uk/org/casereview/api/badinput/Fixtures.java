package uk.org.casereview.api.badinput;

import uk.org.casereview.api.support.Api;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sets up resources over the API with valid writes, stage by stage (see {@link Stage}). Dates are chosen so that the
 * valid bodies of {@link WriteEndpoints} follow on from them; "today" is 2025-06-30.
 */
final class Fixtures {

    private static final String RUN = Long.toString(System.currentTimeMillis() % 1_000_000, 36).toUpperCase();
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final Api api;

    Fixtures(Api api) {
        this.api = api;
    }

    /** A token no other request of this run uses: short enough for a recommendation number (20 characters). */
    static String unique() {
        return RUN + "-" + COUNTER.incrementAndGet();
    }

    Fixture build(Stage stage) {
        if (stage == Stage.NONE) {
            return new Fixture(Stage.NONE);
        }
        Fixture parent = build(stage.parent);
        Fixture fixture = new Fixture(stage);
        fixture.rapidReview = parent.rapidReview;
        fixture.practiceReview = parent.practiceReview;
        fixture.recommendation = parent.recommendation;
        fixture.action = parent.action;
        step(stage, fixture);
        return fixture;
    }

    private void step(Stage stage, Fixture f) {
        String rr = "/api/v1/rapid-reviews/" + f.rapidReview;
        String pr = "/api/v1/practice-reviews/" + f.practiceReview;
        String rec = "/api/v1/recommendations/" + f.recommendation;
        String action = rec + "/actions/" + f.action;
        switch (stage) {
            case RR_NOTIFIED -> f.rapidReview = ok(api.post("/api/v1/rapid-reviews", """
                    {"reference":"RR-BADFIX-%s","children":["Child F"],"outcome":"SERIOUSLY_HARMED","awareOn":"2025-03-03",
                     "notifiedOn":"2025-03-05","harmCategories":["PHYSICAL_ABUSE"],"themes":["DOMESTIC_ABUSE"]}""".formatted(unique())), "id");
            case RR_DECIDED -> ok(api.post(rr + "/decision", """
                    {"decidedOn":"2025-03-20","decision":"CSPR","rationale":"Learning about information sharing"}"""), null);
            case RR_SUBMITTED -> ok(api.post(rr + "/submission", """
                    {"submittedOn":"2025-03-21"}"""), null);
            case RR_AGREED -> ok(api.post(rr + "/panel-response", """
                    {"respondedOn":"2025-04-10","response":"AGREED","comments":"A local CSPR is appropriate"}"""), null);
            case PR_COMMISSIONED -> f.practiceReview = ok(api.post("/api/v1/practice-reviews", """
                    {"reference":"CSPR-BADFIX-%s","kind":"CSPR","title":"Child F","decidedOn":"2025-03-25","children":["Child F"],
                     "themes":["NEGLECT"]}""".formatted(unique())), "id");
            case PR_REVIEWER -> ok(api.post(pr + "/reviewer", """
                    {"reviewer":"Dr F. Reviewer","appointedOn":"2025-04-01"}"""), null);
            case PR_REPORT_SENT -> ok(api.post(pr + "/final-report", """
                    {"sentOn":"2025-06-01"}"""), null);
            case PR_PUBLISHED -> ok(api.post(pr + "/publication", """
                    {"publishedOn":"2025-06-20","url":"https://lscp.example.org/reviews/child-f","scope":"FULL"}"""), null);
            case PR_WITHHELD -> ok(api.post(pr + "/withholding", """
                    {"decidedOn":"2025-06-20","reason":"Publication would identify a sibling"}"""), null);
            case REC_MADE -> f.recommendation = ok(api.post("/api/v1/recommendations", """
                    {"sourceId":"%s","number":"1","text":"Agencies share concerns","themes":["INFORMATION_SHARING"],
                     "madeOn":"2025-04-01"}""".formatted(f.rapidReview)), "id");
            case REC_ACCEPTED -> ok(api.post(rec + "/response", """
                    {"respondedOn":"2025-04-02","accepted":true}"""), null);
            case REC_DECLINED -> ok(api.post(rec + "/response", """
                    {"respondedOn":"2025-04-02","accepted":false,"rationale":"Already covered by the 2024 strategy"}"""), null);
            case ACTION_ASSIGNED -> f.action = ok(api.post(rec + "/actions", """
                    {"description":"Audit information sharing","agency":"POLICE","owner":"DI Smith","assignedOn":"2025-04-03",
                     "dueOn":"2025-09-30"}"""), "actionId");
            case ACTION_EVIDENCED -> ok(api.post(action + "/evidence", """
                    {"submittedOn":"2025-06-10","summary":"Audit report"}"""), null);
            case ACTION_COMPLETE -> ok(api.post(action + "/evidence-review", """
                    {"reviewedOn":"2025-06-12","accepted":true,"comment":"Complete"}"""), null);
            case REC_CLOSED -> ok(api.post(rec + "/closure", """
                    {"closedOn":"2025-06-20","impactStatement":"Concerns are now shared within a day"}"""), null);
            default -> throw new IllegalArgumentException(stage.toString());
        }
    }

    private static String ok(Api.Response response, String idField) {
        if (response.status() / 100 != 2) {
            throw new IllegalStateException("setting up the resources failed: " + response);
        }
        return idField == null ? null : response.text(idField);
    }
}
