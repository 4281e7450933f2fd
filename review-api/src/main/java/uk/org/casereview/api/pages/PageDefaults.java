package uk.org.casereview.api.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import uk.org.casereview.api.problem.ForbiddenException;
import uk.org.casereview.api.problem.ResourceNotFoundException;
import uk.org.casereview.api.web.CurrentUser;
import uk.org.casereview.api.web.Today;
import uk.org.casereview.domain.commandhandling.InvalidCommandException;
import uk.org.casereview.domain.commandhandling.NotFoundException;

import java.time.LocalDate;

/**
 * What every page has (the person signed in, today, the date the page is "as at") and the pages' own error pages:
 * a page that cannot be shown answers a GOV.UK page with the same message as the API's problem detail, not JSON.
 */
@ControllerAdvice(basePackages = "uk.org.casereview.api.pages")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PageDefaults {

    private final CurrentUser currentUser;
    private final Today today;

    public PageDefaults(CurrentUser currentUser, Today today) {
        this.currentUser = currentUser;
        this.today = today;
    }

    @ModelAttribute
    void everyPage(Model model, HttpServletRequest request) {
        model.addAttribute("user", PageUser.of(currentUser));
        model.addAttribute("today", today.date());
        model.addAttribute("path", request.getRequestURI());
        model.addAttribute("navigation", NavigationItem.forUser(PageUser.of(currentUser)));
    }

    @ExceptionHandler({NotFoundException.class, ResourceNotFoundException.class})
    String notFound(RuntimeException e, Model model, HttpServletRequest request, HttpServletResponse response) {
        return problem(model, request, response, 404, "Page not found", e.getMessage());
    }

    @ExceptionHandler(ForbiddenException.class)
    String forbidden(ForbiddenException e, Model model, HttpServletRequest request, HttpServletResponse response) {
        return problem(model, request, response, 403, "You cannot do this", e.getMessage());
    }

    @ExceptionHandler(InvalidCommandException.class)
    String invalid(InvalidCommandException e, Model model, HttpServletRequest request, HttpServletResponse response) {
        return problem(model, request, response, 400, "There is a problem with the page address", e.getMessage());
    }

    @ExceptionHandler(TypeMismatchException.class)
    String typeMismatch(TypeMismatchException e, Model model, HttpServletRequest request, HttpServletResponse response) {
        String message = e.getRequiredType() == LocalDate.class
                ? e.getPropertyName() + " must be a real date written yyyy-MM-dd, not '" + e.getValue() + "'"
                : e.getPropertyName() + " has an invalid value '" + e.getValue() + "'";
        return problem(model, request, response, 400, "There is a problem with the page address", message);
    }

    private String problem(Model model, HttpServletRequest request, HttpServletResponse response, int status, String title, String detail) {
        everyPage(model, request);
        response.setStatus(status);
        model.addAttribute("title", title);
        model.addAttribute("detail", detail);
        return "pages/problem";
    }
}
