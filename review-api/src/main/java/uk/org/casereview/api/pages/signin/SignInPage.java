package uk.org.casereview.api.pages.signin;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.List;

/** The sign-in page (name and password, and a button per identity provider) and the page of a role that may not. */
@Controller
public class SignInPage {

    /** An identity provider to sign in with: the link that starts OIDC sign-in, and its name. */
    public record IdentityProvider(String link, String name) {
    }

    private final ObjectProvider<UserDetailsService> users;
    private final ObjectProvider<ClientRegistrationRepository> identityProviders;

    public SignInPage(ObjectProvider<UserDetailsService> users, ObjectProvider<ClientRegistrationRepository> identityProviders) {
        this.users = users;
        this.identityProviders = identityProviders;
    }

    @GetMapping(PageSecurity.SIGN_IN)
    public String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String signedOut,
                         @RequestParam(required = false) String timedOut, Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("signedOut", signedOut != null);
        model.addAttribute("timedOut", timedOut != null);
        model.addAttribute("passwords", users.getIfAvailable() != null);
        List<IdentityProvider> providers = new ArrayList<>();
        if (identityProviders.getIfAvailable() instanceof Iterable<?> registrations) {
            for (Object registration : registrations) {
                ClientRegistration client = (ClientRegistration) registration;
                providers.add(new IdentityProvider("/oauth2/authorization/" + client.getRegistrationId(), client.getClientName()));
            }
        }
        model.addAttribute("identityProviders", providers);
        return "pages/sign-in";
    }

    @RequestMapping("/not-allowed")
    public String notAllowed(Model model, jakarta.servlet.http.HttpServletResponse response) {
        response.setStatus(403);
        model.addAttribute("title", "You cannot see this page");
        model.addAttribute("detail", "Your role does not allow it. Sign in with another account, or ask the business unit for access.");
        return "pages/problem";
    }
}
