package uk.org.casereview.api.pages.forms;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A form for one command: its questions fill the API's request body ({@code body}, with the same field checks), and
 * {@code send} sends it through the API's own controller method (the same command path, rules and messages), then
 * answers the page to show next. Adding a form for a new command is one of these in a {@link FormDefinitions}.
 *
 * @param name     the form's name in its address, /forms/{name}
 * @param title    the page heading, a question or an instruction ("Record the rapid review decision")
 * @param done     the confirmation shown on the next page ("Decision recorded")
 * @param roles    the roles that may send it
 * @param body     the request record of the API endpoint
 * @param fixed    fields of the body that come from the target, not from a question (a recommendation's source)
 * @param back     the page the form is about, for the back link
 * @param send     sends the body for the target; answers the address of the page to show next
 */
public record CommandForm<B>(String name, String title, String done, Set<String> roles, Class<B> body, List<Question> questions,
                             Function<FormTarget, Map<String, Object>> fixed, Function<FormTarget, String> back, Sender<B> send) {

    @FunctionalInterface
    public interface Sender<B> {
        String send(FormTarget target, B body);
    }

    public static <B> Builder<B> of(String name, Class<B> body) {
        return new Builder<>(name, body);
    }

    public Question question(String field) {
        return questions.stream().filter(q -> q.name().equals(field)).findFirst().orElse(null);
    }

    public static final class Builder<B> {
        private final String name;
        private final Class<B> body;
        private String title;
        private String done;
        private Set<String> roles = Set.of(uk.org.casereview.api.security.Roles.RECORDER);
        private List<Question> questions = List.of();
        private Function<FormTarget, Map<String, Object>> fixed = target -> Map.of();
        private Function<FormTarget, String> back = target -> "/";

        private Builder(String name, Class<B> body) {
            this.name = name;
            this.body = body;
        }

        public Builder<B> title(String title, String done) {
            this.title = title;
            this.done = done;
            return this;
        }

        public Builder<B> roles(String... roles) {
            this.roles = Set.of(roles);
            return this;
        }

        public Builder<B> questions(Question... questions) {
            this.questions = List.of(questions);
            return this;
        }

        public Builder<B> fixed(Function<FormTarget, Map<String, Object>> fixed) {
            this.fixed = fixed;
            return this;
        }

        public Builder<B> back(Function<FormTarget, String> back) {
            this.back = back;
            return this;
        }

        public CommandForm<B> sends(Sender<B> send) {
            return new CommandForm<>(name, title, done, roles, body, questions, fixed, back, send);
        }
    }
}
