package uk.org.casereview.api.shared;

import org.springframework.stereotype.Component;

/** Who is making the request: the authenticated user's name, recorded on every fact. */
@Component
public class CurrentUser {

    public String name() {
        return "anonymous";
    }
}
