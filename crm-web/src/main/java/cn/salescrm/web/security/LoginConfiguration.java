package cn.salescrm.web.security;

import cn.salescrm.domain.security.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Jakarta Security configuration: a form login on the Faces page {@code /login}. An anonymous
 * request for any other page is redirected there and continues to the page it asked for after
 * the login. Passwords are checked by {@link ElytronIdentityStore}.
 */
@ApplicationScoped
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login", errorPage = "", useForwardToLogin = false))
@DeclareRoles({Roles.SALES, Roles.MERCHANDISER, Roles.MANAGER, Roles.ADMIN})
public class LoginConfiguration {
}
