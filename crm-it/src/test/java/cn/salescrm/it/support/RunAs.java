package cn.salescrm.it.support;

import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

import java.util.concurrent.Callable;

/**
 * Runs test code as a real login of the Elytron realm, so EJB calls see that user's roles and
 * directory entries exactly as after a browser login.
 */
public final class RunAs {

    private RunAs() {
    }

    /** Calls {@code work} as the given test user and returns its result. */
    public static <T> T user(String login, Callable<T> work) throws Exception {
        SecurityIdentity identity = SecurityDomain.getCurrent()
                .authenticate(login, new PasswordGuessEvidence(TestUsers.PASSWORD.toCharArray()));
        return identity.runAs(work);
    }
}
