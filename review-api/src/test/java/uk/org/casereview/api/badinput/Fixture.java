package uk.org.casereview.api.badinput;

/** The ids of the resources set up for one or more cases: a rapid review, a practice review, a recommendation, an action. */
final class Fixture {

    final Stage stage;
    String rapidReview;
    String practiceReview;
    String recommendation;
    String action;

    Fixture(Stage stage) {
        this.stage = stage;
    }

    /** Fills {rr}, {pr}, {rec} and {action} in a path template with the fixture's ids. */
    String path(String template) {
        return template.replace("{rr}", String.valueOf(rapidReview)).replace("{pr}", String.valueOf(practiceReview))
                .replace("{rec}", String.valueOf(recommendation)).replace("{action}", String.valueOf(action));
    }

    @Override
    public String toString() {
        return stage + "[rr=" + rapidReview + ", pr=" + practiceReview + ", rec=" + recommendation + ", action=" + action + "]";
    }
}
