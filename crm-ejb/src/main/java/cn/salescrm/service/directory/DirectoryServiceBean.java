package cn.salescrm.service.directory;

import cn.salescrm.domain.people.SalesRegion;
import cn.salescrm.domain.product.ProductLine;
import cn.salescrm.domain.security.Roles;
import cn.salescrm.service.security.Caller;
import cn.salescrm.service.security.CallerResolver;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

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
                        WHERE s.active = TRUE ORDER BY s.code""", SalespersonOption.class)
                .getResultList();
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
