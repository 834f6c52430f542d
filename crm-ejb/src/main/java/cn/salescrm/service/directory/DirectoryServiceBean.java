package cn.salescrm.service.directory;

import cn.salescrm.domain.people.Merchandiser;
import cn.salescrm.domain.people.SalesRegion;
import cn.salescrm.domain.people.Salesperson;
import cn.salescrm.domain.product.ProductLine;
import cn.salescrm.domain.security.Roles;
import cn.salescrm.service.security.Caller;
import cn.salescrm.service.security.CallerResolver;
import cn.salescrm.service.support.LikePatterns;
import cn.salescrm.service.support.Paging;
import cn.salescrm.service.support.ResultPage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.List;

/**
 * Directory reads. Product lines and regions come from EclipseLink's shared cache, the only
 * entities cached there; salespeople are read from the database each time.
 */
@Stateless
@RolesAllowed({Roles.SALES, Roles.MERCHANDISER, Roles.MANAGER, Roles.ADMIN})
public class DirectoryServiceBean implements DirectoryService {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @EJB
    private CallerResolver callerResolver;

    @Override
    public Caller currentUser() {
        return callerResolver.current();
    }

    @Override
    public List<SalespersonOption> activeSalespeople() {
        return em.createQuery("""
                        SELECT NEW cn.salescrm.service.directory.SalespersonOption(s.id, s.code, s.name, m.name, r.name)
                        FROM Salesperson s JOIN s.region r LEFT JOIN s.merchandiser m
                        WHERE s.active = :active ORDER BY s.code""", SalespersonOption.class)
                .setParameter("active", true)
                .getResultList();
    }

    @Override
    public ResultPage<SalespersonOption> pickSalespeople(String filter, Long excludedId, int first, int pageSize) {
        int size = Paging.checkedPageSize(first, pageSize);
        String pattern = filter == null || filter.isBlank() ? "%" : LikePatterns.contains(filter).toLowerCase();
        // No ESCAPE clause: backslash is already the default LIKE escape of PostgreSQL and H2, and with
        // one EclipseLink 4.0 sent the boolean parameter to H2 as 1, which H2 rejects.
        String where = """
                FROM Salesperson s JOIN s.region r LEFT JOIN s.merchandiser m
                WHERE s.active = :active AND s.id <> :excluded
                  AND (LOWER(s.code) LIKE :pattern OR LOWER(s.name) LIKE :pattern
                       OR LOWER(r.name) LIKE :pattern OR LOWER(m.name) LIKE :pattern)""";
        long excluded = excludedId == null ? -1 : excludedId;

        long total = em.createQuery("SELECT COUNT(s) " + where, Long.class)
                .setParameter("active", true)
                .setParameter("excluded", excluded)
                .setParameter("pattern", pattern)
                .getSingleResult();
        List<SalespersonOption> rows = em.createQuery("""
                        SELECT NEW cn.salescrm.service.directory.SalespersonOption(s.id, s.code, s.name, m.name, r.name)
                        """ + where + " ORDER BY s.code", SalespersonOption.class)
                .setParameter("active", true)
                .setParameter("excluded", excluded)
                .setParameter("pattern", pattern)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
        return new ResultPage<>(rows, total);
    }

    @Override
    public List<DirectoryPerson> peopleWithLogin() {
        List<DirectoryPerson> people = new ArrayList<>();
        em.createQuery("SELECT s FROM Salesperson s WHERE s.loginName IS NOT NULL ORDER BY s.code", Salesperson.class)
                .getResultList()
                .forEach(s -> people.add(new DirectoryPerson(s.getLoginName(), s.getCode(), s.getName(), false)));
        em.createQuery("SELECT m FROM Merchandiser m WHERE m.loginName IS NOT NULL ORDER BY m.code", Merchandiser.class)
                .getResultList()
                .forEach(m -> people.add(new DirectoryPerson(m.getLoginName(), m.getCode(), m.getName(), true)));
        return people;
    }

    @Override
    public List<ProductLine> productLines() {
        return em.createQuery("SELECT l FROM ProductLine l ORDER BY l.sortOrder", ProductLine.class)
                .getResultList();
    }

    @Override
    public List<SalesRegion> salesRegions() {
        return em.createQuery("SELECT r FROM SalesRegion r ORDER BY r.sortOrder", SalesRegion.class)
                .getResultList();
    }
}
