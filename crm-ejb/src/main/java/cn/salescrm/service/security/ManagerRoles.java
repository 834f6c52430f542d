package cn.salescrm.service.security;

import cn.salescrm.domain.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import org.wildfly.security.auth.server.RealmIdentity;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.authz.Attributes;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads another user's roles from the server's security domain, where administrators keep them.
 */
@Stateless
@RolesAllowed(Roles.MANAGER)
public class ManagerRoles {

    private static final Logger LOG = Logger.getLogger(ManagerRoles.class.getName());

    /** Attribute of the realm's identities that contains their roles, which the server's role decoder reads. */
    private static final String ROLE_ATTRIBUTE = "Roles";

    /** Returns whether the login has the manager role; false for an unknown login or an unreadable realm. */
    public boolean isManager(String login) {
        try {
            RealmIdentity identity = SecurityDomain.getCurrent().getIdentity(login);
            try {
                if (!identity.exists()) {
                    return false;
                }
                Attributes.Entry roles = identity.getAuthorizationIdentity().getAttributes().get(ROLE_ATTRIBUTE);
                return roles != null && roles.contains(Roles.MANAGER);
            } finally {
                identity.dispose();
            }
        } catch (RealmUnavailableException | RuntimeException e) {
            LOG.log(Level.WARNING, "Reading the roles of login " + login + " failed; treated as not a manager", e);
            return false;
        }
    }
}
