package uk.org.casereview.api.pages.forms;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.org.casereview.api.problem.ForbiddenException;
import uk.org.casereview.api.problem.ResourceNotFoundException;
import uk.org.casereview.api.web.CurrentUser;
import uk.org.casereview.domain.commandhandling.CommandRefusedException;
import uk.org.casereview.domain.commandhandling.InvalidCommandException;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every form for a command, GOV.UK style: GET shows the questions; POST turns the answers into the API's request body,
 * checks it with the API's own field checks and sends it through the API's controller. An answer that fails a check
 * or a command the domain refuses shows the form again with the GOV.UK error summary and each error next to its
 * question, with the API's messages; nothing is recorded. A command that succeeds goes on to the page it concerns,
 * with a confirmation.
 */
@Controller
@RequestMapping("/forms")
public class FormController {

    private final Map<String, CommandForm<?>> forms;
    private final CurrentUser currentUser;
    private final FormBodies bodies;

    public FormController(List<FormDefinitions> definitions, CurrentUser currentUser, FormBodies bodies) {
        this.forms = definitions.stream().flatMap(d -> d.forms().stream())
                .collect(Collectors.toMap(CommandForm::name, form -> form, (a, b) -> {
                    throw new IllegalStateException("two forms are named " + a.name());
                }, LinkedHashMap::new));
        this.currentUser = currentUser;
        this.bodies = bodies;
    }

    @GetMapping("/{name}")
    public String show(@PathVariable String name, @RequestParam(required = false) String id,
                       @RequestParam(required = false) String actionId, Model model) {
        CommandForm<?> form = allowed(name);
        return page(model, form, target(id, actionId), FormAnswers.empty());
    }

    @PostMapping("/{name}")
    public String send(@PathVariable String name, @RequestParam(required = false) String id,
                       @RequestParam(required = false) String actionId, HttpServletRequest request, Model model,
                       RedirectAttributes redirect) {
        CommandForm<?> form = allowed(name);
        FormTarget target = target(id, actionId);
        FormAnswers answers = new FormAnswers(request.getParameterMap());
        String next = send(form, target, answers);
        if (next == null) {
            return page(model, form, target, answers);
        }
        redirect.addFlashAttribute("confirmation", form.done());
        return "redirect:" + next;
    }

    private <B> String send(CommandForm<B> form, FormTarget target, FormAnswers answers) {
        Map<String, Object> fields = new HashMap<>(answers.fields(form.questions()));
        fields.putAll(form.fixed().apply(target));
        B body = bodies.body(form.body(), fields, answers);
        if (!answers.hasErrors()) {
            try {
                return form.send().send(target, body);
            } catch (InvalidCommandException e) {
                answers.error(e.field() == null ? "" : e.field(), e.getMessage());
            } catch (CommandRefusedException | ForbiddenException e) {
                answers.formError(e.getMessage());
            }
        }
        answers.moveUnshownErrors(form.questions());
        return null;
    }

    private String page(Model model, CommandForm<?> form, FormTarget target, FormAnswers answers) {
        model.addAttribute("form", form);
        model.addAttribute("target", target);
        model.addAttribute("answers", answers);
        model.addAttribute("errors", answers.errorsInOrder(form.questions()));
        return "pages/form";
    }

    private CommandForm<?> allowed(String name) {
        CommandForm<?> form = forms.get(name);
        if (form == null) {
            throw new ResourceNotFoundException("there is no form " + name);
        }
        if (form.roles().stream().noneMatch(currentUser::hasRole)) {
            throw new ForbiddenException("your role may not " + form.title().toLowerCase(java.util.Locale.UK));
        }
        return form;
    }

    private static FormTarget target(String id, String actionId) {
        return new FormTarget(id == null || id.isBlank() ? null : id, actionId == null || actionId.isBlank() ? null : actionId);
    }
}
