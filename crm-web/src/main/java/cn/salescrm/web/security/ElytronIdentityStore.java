package cn.salescrm.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import cn.salescrm.web.support.LogText;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

import java.util.HashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Identity store that checks a login against the server's Elytron security domain, so users,
 * passwords and roles stay where administrators manage them: the WildFly realm, not the database.
 */
@ApplicationScoped
public class ElytronIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(ElytronIdentityStore.class.getName());

    /** Validates the user name and password; returns the caller with their realm roles, or INVALID. */
    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String login = credential.getCaller();
        if (login == null || login.isBlank()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        PasswordGuessEvidence evidence = new PasswordGuessEvidence(credential.getPassword().getValue());
        try {
            SecurityIdentity identity = SecurityDomain.getCurrent().authenticate(login.trim(), evidence);
            Set<String> roles = new HashSet<>();
            identity.getRoles().forEach(roles::add);
            LOG.info(() -> "Login of " + LogText.safe(login.trim()) + " with roles " + roles);
            return new CredentialValidationResult(identity.getPrincipal().getName(), roles);
        } catch (RealmUnavailableException e) {
            LOG.log(Level.SEVERE, "Login of " + LogText.safe(login) + " failed: the security realm is unavailable", e);
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        } catch (SecurityException e) {
            LOG.info(() -> "Login of " + LogText.safe(login) + " rejected: wrong user name or password");
            return CredentialValidationResult.INVALID_RESULT;
        } finally {
            evidence.destroy();
        }
    }
}
