package uk.org.casereview.api.badinput;

/**
 * How far along the resources an endpoint needs must be before a request is sent to it: each stage is its parent
 * plus one more valid write (see {@link Fixtures}).
 */
enum Stage {
    NONE(null),
    RR_NOTIFIED(NONE),
    RR_DECIDED(RR_NOTIFIED),
    RR_SUBMITTED(RR_DECIDED),
    RR_AGREED(RR_SUBMITTED),
    PR_COMMISSIONED(NONE),
    PR_REVIEWER(PR_COMMISSIONED),
    PR_REPORT_SENT(PR_REVIEWER),
    PR_PUBLISHED(PR_REPORT_SENT),
    PR_WITHHELD(PR_COMMISSIONED),
    REC_MADE(RR_NOTIFIED),
    REC_ACCEPTED(REC_MADE),
    REC_DECLINED(REC_MADE),
    ACTION_ASSIGNED(REC_ACCEPTED),
    ACTION_EVIDENCED(ACTION_ASSIGNED),
    ACTION_COMPLETE(ACTION_EVIDENCED),
    REC_CLOSED(ACTION_COMPLETE);

    final Stage parent;

    Stage(Stage parent) {
        this.parent = parent;
    }
}
