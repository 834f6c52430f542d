package cn.salescrm.web.security;

import cn.salescrm.domain.security.Roles;
import cn.salescrm.web.support.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

/**
 * Backing bean of {@code login.xhtml} (登录) and of 退出系统.
 */
@Named
@RequestScoped
public class LoginView {

    /** Session attribute of Soteria's LoginToContinue support; see {@link #forgetUnfinishedLogin}. */
    private static final String UNFINISHED_LOGIN_MARKER = "org.glassfish.soteria.caller_initiated_authentication";

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext faces;

    @Inject
    private Messages messages;

    private String username;
    private String password;

    /**
     * Logs in; on success goes to the customer grid, or to the home page for a user without a
     * customer role.
     */
    public void login() throws IOException {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        changeSessionId(request);
        AuthenticationStatus status = securityContext.authenticate(request,
                (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));

        switch (status) {
            // TODO: return to the page first asked for; the mechanism's saved request is not used yet.
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> external.redirect(external.getRequestContextPath() + landingPage(request));
            default -> {
                forgetUnfinishedLogin(request);
                messages.addError(null, "login.failed");
            }
        }
    }

    /**
     * Removes the marker that WildFly's Jakarta Security implementation (Soteria) keeps in the session
     * while a login the application started is unfinished. Left behind by a failed attempt, it made
     * every later protected page return an empty response instead of the login page.
     */
    private static void forgetUnfinishedLogin(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(UNFINISHED_LOGIN_MARKER);
        }
    }

    /**
     * Redirects an ajax request that reached the login page because the session had ended, so the
     * browser loads the login page instead of applying a partial response that changes nothing.
     */
    public void redirectAjaxToLogin() throws IOException {
        if (faces.getPartialViewContext().isAjaxRequest()) {
            ExternalContext external = faces.getExternalContext();
            external.redirect(external.getRequestContextPath() + "/login");
        }
    }

    private static String landingPage(HttpServletRequest request) {
        boolean customerUser = request.isUserInRole(Roles.SALES) || request.isUserInRole(Roles.MERCHANDISER)
                || request.isUserInRole(Roles.MANAGER);
        return customerUser ? "/customers" : "/index";
    }

    /** Ends the session and returns to the login page (退出系统). */
    public void logout() throws Exception {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login");
    }

    /**
     * Gives an existing session a new id before it is authenticated, so a session id known before
     * the login (session fixation) never becomes a logged-in session.
     */
    private static void changeSessionId(HttpServletRequest request) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
