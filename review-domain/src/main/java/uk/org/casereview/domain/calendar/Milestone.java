package uk.org.casereview.domain.calendar;

/** The statutory milestones of SPEC section 4. */
public enum Milestone {
    /** The local authority notifies the National Panel: 5 working days after becoming aware. */
    NOTIFICATION,
    /** The rapid review goes to the National Panel: 15 working days after the notification. */
    RAPID_REVIEW,
    /** The National Panel's response is expected (informational): 15 working days after submission. */
    PANEL_RESPONSE,
    /** The final report goes to the Panel and the Secretary of State: 7 working days before publication. */
    FINAL_REPORT,
    /** The CSPR is published: 6 months after the decision to initiate it. */
    PUBLICATION
}
