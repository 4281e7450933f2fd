package uk.org.casereview.api.pages.forms;

import java.util.List;

/** The forms of one part of the process (rapid reviews, practice reviews, recommendations). */
public interface FormDefinitions {

    List<CommandForm<?>> forms();
}
