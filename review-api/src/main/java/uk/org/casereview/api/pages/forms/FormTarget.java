package uk.org.casereview.api.pages.forms;

/** What a form is about: the review or recommendation ({@code id}) and, for an action's forms, the action. */
public record FormTarget(String id, String actionId) {
}
