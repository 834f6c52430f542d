package cn.salescrm.service.security;

import cn.salescrm.domain.people.Merchandiser;
import cn.salescrm.domain.people.Salesperson;
import cn.salescrm.domain.security.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * Resolves the caller of the current EJB invocation to a {@link Caller}. Reads the directory on
 * every call, so a login linked or unlinked by an administrator takes effect at once.
 */
@Stateless
@PermitAll
@DeclareRoles({Roles.SALES, Roles.MERCHANDISER, Roles.MANAGER, Roles.ADMIN})
public class CallerResolver {

    @Resource
    private SessionContext context;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    /** Returns the current caller; an anonymous caller has no directory entry and no manager role. */
    public Caller current() {
        String login = context.getCallerPrincipal().getName();
        return of(login, context.isCallerInRole(Roles.MANAGER));
    }

    /**
     * Returns the user with the login as input to the rights decision, for explaining another user's
     * access; {@code manager} is that user's manager role.
     */
    public Caller of(String login, boolean manager) {
        Salesperson salesperson = findSalesperson(login);
        Merchandiser merchandiser = findMerchandiser(login);
        String displayName = salesperson != null ? salesperson.getName()
                : merchandiser != null ? merchandiser.getName() : login;
        return new Caller(login, displayName, manager,
                salesperson == null ? null : salesperson.getId(),
                merchandiser == null ? null : merchandiser.getId());
    }

    /** Returns the directory name of a login, or the login itself if no directory entry names it. */
    public String displayNameOf(String login) {
        Salesperson salesperson = findSalesperson(login);
        if (salesperson != null) {
            return salesperson.getName();
        }
        Merchandiser merchandiser = findMerchandiser(login);
        return merchandiser == null ? login : merchandiser.getName();
    }

    private Salesperson findSalesperson(String login) {
        List<Salesperson> found = em.createQuery(
                        "SELECT s FROM Salesperson s WHERE s.loginName = :login", Salesperson.class)
                .setParameter("login", login)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private Merchandiser findMerchandiser(String login) {
        List<Merchandiser> found = em.createQuery(
                        "SELECT m FROM Merchandiser m WHERE m.loginName = :login", Merchandiser.class)
                .setParameter("login", login)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }
}
