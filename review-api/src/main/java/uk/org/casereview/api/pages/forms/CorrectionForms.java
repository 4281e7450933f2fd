package uk.org.casereview.api.pages.forms;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.org.casereview.api.correction.CorrectionRequest;
import uk.org.casereview.api.correction.FactRequest;
import uk.org.casereview.api.practicereview.PracticeReviewController;
import uk.org.casereview.api.problem.ForbiddenException;
import uk.org.casereview.api.problem.ResourceNotFoundException;
import uk.org.casereview.api.rapidreview.RapidReviewController;
import uk.org.casereview.api.recommendation.RecommendationController;
import uk.org.casereview.api.security.Roles;
import uk.org.casereview.api.web.CurrentUser;
import uk.org.casereview.domain.history.Correction;
import uk.org.casereview.domain.commandhandling.CommandRefusedException;
import uk.org.casereview.domain.commandhandling.InvalidCommandException;
import uk.org.casereview.projections.practicereview.PracticeReviewQueries;
import uk.org.casereview.projections.rapidreview.RapidReviewQueries;
import uk.org.casereview.projections.recommendation.RecommendationQueries;
import uk.org.casereview.projections.readmodel.History;
import uk.org.casereview.projections.readmodel.Recorded;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

import static uk.org.casereview.api.pages.forms.Question.Choice;
import static uk.org.casereview.api.pages.forms.Question.radios;
import static uk.org.casereview.api.pages.forms.Question.textarea;

/**
 * The recorder's correction of a fact recorded in error, from the "Correct this" link of its timeline entry: the form
 * that recorded the fact, filled in with the fact as it stands, with a reason; or the fact struck out. It is sent as the
 * API's correction ({@code POST .../{id}/corrections}), so the same rules apply and a refused correction changes nothing.
 */
@Controller
@RequestMapping("/forms/corrections/{kind}/{id}/{sequence}")
public class CorrectionForms {

    static final String CHANGE = "change";
    static final String REASON = "reason";
    static final String REPLACE = "REPLACE";
    static final String STRIKE_OUT = "STRIKE_OUT";

    /** What can be corrected: the facts of a rapid review, a practice review or a recommendation. */
    private record Corrected(Function<String, Optional<? extends History<?>>> history, Map<Class<?>, Class<? extends FactRequest>> requests,
                             BiConsumer<String, CorrectionRequest> correct, String page) {
    }

    private final Map<String, Corrected> kinds;
    private final List<CommandForm<?>> forms;
    private final CurrentUser currentUser;
    private final FormBodies bodies;
    private final ObjectMapper json;

    public CorrectionForms(RapidReviewQueries rapidReviews, PracticeReviewQueries practiceReviews, RecommendationQueries recommendations,
                           RapidReviewController rapidReviewController, PracticeReviewController practiceReviewController,
                           RecommendationController recommendationController, List<FormDefinitions> definitions,
                           CurrentUser currentUser, FormBodies bodies, ObjectMapper json) {
        this.kinds = Map.of(
                "rapid-reviews", new Corrected(rapidReviews::history, RapidReviewController.FACT_REQUESTS, rapidReviewController::correct, "/rapid-reviews/"),
                "practice-reviews", new Corrected(practiceReviews::history, PracticeReviewController.FACT_REQUESTS, practiceReviewController::correct,
                        "/practice-reviews/"),
                "recommendations", new Corrected(recommendations::history, RecommendationController.FACT_REQUESTS, recommendationController::correct,
                        "/recommendations/"));
        this.forms = definitions.stream().flatMap(d -> d.forms().stream()).toList();
        this.currentUser = currentUser;
        this.bodies = bodies;
        this.json = json;
    }

    @GetMapping
    public String show(@PathVariable String kind, @PathVariable String id, @PathVariable long sequence, Model model) {
        Fact fact = fact(kind, id, sequence);
        return page(model, fact, new FormAnswers(asTyped(fact)));
    }

    @PostMapping
    public String send(@PathVariable String kind, @PathVariable String id, @PathVariable long sequence, HttpServletRequest request,
                       Model model, RedirectAttributes redirect) {
        Fact fact = fact(kind, id, sequence);
        FormAnswers answers = new FormAnswers(request.getParameterMap());
        String change = answers.value(CHANGE);
        String reason = answers.value(REASON).trim();
        if (!REPLACE.equals(change) && !STRIKE_OUT.equals(change)) {
            answers.error(CHANGE, "Choose whether to correct the details or strike the fact out");
        }
        if (reason.isEmpty()) {
            answers.error(REASON, "Enter why the fact is corrected");
        } else if (reason.length() > 10_000) {
            answers.error(REASON, "The reason must be 10,000 characters or fewer");
        }
        JsonNode replacement = NullNode.instance;
        if (REPLACE.equals(change)) {
            Map<String, Object> fields = new HashMap<>(fact.recordedFields());
            fields.putAll(answers.fields(fact.form().questions()));
            Object body = bodies.body(fact.form().body(), fields, answers);
            replacement = body == null ? null : json.valueToTree(body);
        }
        if (!answers.hasErrors()) {
            try {
                fact.corrected().correct().accept(id, new CorrectionRequest(sequence, reason, replacement));
                redirect.addFlashAttribute("confirmation", STRIKE_OUT.equals(change) ? "Fact struck out" : "Fact corrected");
                return "redirect:" + fact.corrected().page() + id;
            } catch (InvalidCommandException e) {
                String field = e.field() == null ? "" : e.field().replaceFirst("^replacement\\.", "");
                answers.error(field, e.getMessage());
            } catch (CommandRefusedException | ForbiddenException e) {
                answers.formError(e.getMessage());
            }
        }
        answers.moveUnshownErrors(questions(fact));
        return page(model, fact, answers);
    }

    /** One recorded fact, the form that records its kind, and the fields it was recorded with. */
    private record Fact(String kind, String id, long sequence, Corrected corrected, Object event, CommandForm<?> form,
                        Map<String, Object> recordedFields) {
    }

    private Fact fact(String kind, String id, long sequence) {
        if (!currentUser.hasRole(Roles.RECORDER)) {
            throw new ForbiddenException("only the case review subgroup's recorders may correct a fact");
        }
        Corrected corrected = kinds.get(kind);
        if (corrected == null) {
            throw new ResourceNotFoundException("there is no " + kind + " whose facts can be corrected");
        }
        History<?> history = corrected.history().apply(id).orElseThrow(() -> new ResourceNotFoundException("there is no " + id));
        Recorded<?> recorded = history.entries().stream().filter(r -> r.seq() == sequence).findFirst()
                .orElseThrow(() -> new ResourceNotFoundException("there is no fact " + sequence + " in " + id));
        Object event = recorded.event();
        Class<? extends FactRequest> request = corrected.requests().get(event.getClass());
        if (event instanceof Correction<?> || request == null) {
            throw new ResourceNotFoundException("fact " + sequence + " of " + id + " is a correction: correct the fact it corrects");
        }
        CommandForm<?> form = forms.stream().filter(f -> f.body().equals(request)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no form records a " + event.getClass().getSimpleName()));
        return new Fact(kind, id, sequence, corrected, event, form, recordedFields(event, request));
    }

    /**
     * The fields of the request that recorded the fact, taken from the fact by name; a yes/no field the fact does not
     * hold is read from its kind (an "...Accepted" fact was a yes).
     */
    private Map<String, Object> recordedFields(Object event, Class<? extends FactRequest> request) {
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = json.convertValue(event, Map.class);
        Map<String, Object> recorded = new LinkedHashMap<>();
        for (RecordComponent component : request.getRecordComponents()) {
            String name = component.getName();
            if (fields.containsKey(name)) {
                recorded.put(name, fields.get(name));
            } else if (component.getType() == Boolean.class) {
                recorded.put(name, event.getClass().getSimpleName().endsWith("Accepted"));
            }
        }
        return recorded;
    }

    /** The fact's fields as a person would have typed them into its form. */
    private static Map<String, String[]> asTyped(Fact fact) {
        Map<String, String[]> typed = new HashMap<>();
        typed.put(CHANGE, new String[]{REPLACE});
        for (Question question : fact.form().questions()) {
            Object value = fact.recordedFields().get(question.name());
            if (value == null) {
                continue;
            }
            switch (question.kind()) {
                case DATE -> {
                    LocalDate date = LocalDate.parse(value.toString());
                    typed.put(question.name() + "-day", new String[]{String.valueOf(date.getDayOfMonth())});
                    typed.put(question.name() + "-month", new String[]{String.valueOf(date.getMonthValue())});
                    typed.put(question.name() + "-year", new String[]{String.valueOf(date.getYear())});
                }
                case CHECKBOXES -> typed.put(question.name(), ((Collection<?>) value).stream().map(String::valueOf).toArray(String[]::new));
                case LINES -> typed.put(question.name(), new String[]{String.join("\n", ((Collection<?>) value).stream().map(String::valueOf).toList())});
                default -> typed.put(question.name(), new String[]{String.valueOf(value)});
            }
        }
        return typed;
    }

    private static List<Question> questions(Fact fact) {
        List<Question> questions = new ArrayList<>();
        questions.add(radios(CHANGE, "What is wrong with this fact?", List.of(
                new Choice(REPLACE, "Some of its details: correct them below"),
                new Choice(STRIKE_OUT, "It did not happen, or was recorded on the wrong case: strike it out"))));
        questions.add(textarea(REASON, "Why is it corrected?")
                .hint("The reason is kept with the correction on the timeline and in the audit trail. The fact as first recorded stays there too."));
        questions.addAll(fact.form().questions());
        return questions;
    }

    private String page(Model model, Fact fact, FormAnswers answers) {
        List<Question> questions = questions(fact);
        CommandForm<?> form = new CommandForm<>("corrections", "Correct a fact: " + fact.form().done().toLowerCase(java.util.Locale.UK),
                "Fact corrected", fact.form().roles(), fact.form().body(), questions, target -> Map.of(),
                target -> fact.corrected().page() + fact.id(), (target, body) -> null);
        model.addAttribute("form", form);
        model.addAttribute("target", new FormTarget(fact.id(), null));
        model.addAttribute("answers", answers);
        model.addAttribute("errors", answers.errorsInOrder(questions));
        model.addAttribute("action", "/forms/corrections/" + fact.kind() + "/" + fact.id() + "/" + fact.sequence());
        return "pages/form";
    }
}
