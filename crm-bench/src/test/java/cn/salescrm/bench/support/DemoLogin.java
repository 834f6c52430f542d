package cn.salescrm.bench.support;

import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

import java.util.concurrent.Callable;

/**
 * Authenticates a demo login of the Elytron realm (password {@code demo123}, added by
 * {@code server/provision.sh --demo-users}), so EJB calls see that user's roles and directory
 * entry. Authentication checks a bcrypt hash and takes milliseconds, so a benchmark authenticates
 * once and times only the work it runs as the returned identity.
 */
public final class DemoLogin {

    /** Password of every demo login. */
    public static final String PASSWORD = "demo123";

    private DemoLogin() {
    }

    /**
     * Returns the identity of the login. Call it on a thread of the deployment, where the
     * security domain is known.
     *
     * @throws IllegalStateException if the realm rejects the login
     */
    public static SecurityIdentity identity(String login) throws RealmUnavailableException {
        SecurityIdentity identity = SecurityDomain.getCurrent()
                .authenticate(login, new PasswordGuessEvidence(PASSWORD.toCharArray()));
        if (identity == null) {
            throw new IllegalStateException("Login " + login + " was rejected; is the server provisioned with --demo-users?");
        }
        return identity;
    }

    /** Calls {@code work} as the identity, on the current thread, and returns its result. */
    public static <T> T call(SecurityIdentity identity, Callable<T> work) throws Exception {
        return identity.runAs(work);
    }
}
