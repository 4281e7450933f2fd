package uk.org.casereview.domain.rapidreview;

/** The abuse or neglect known or suspected. */
public enum HarmCategory {
    NEGLECT,
    PHYSICAL_ABUSE,
    SEXUAL_ABUSE,
    EMOTIONAL_ABUSE
}
