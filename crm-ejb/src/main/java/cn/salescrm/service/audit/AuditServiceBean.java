package cn.salescrm.service.audit;

import cn.salescrm.domain.security.Roles;
import cn.salescrm.domain.transfer.AuditEventType;
import cn.salescrm.service.error.ValidationFailedException;
import cn.salescrm.service.support.Paging;
import cn.salescrm.service.support.ResultPage;
import cn.salescrm.service.support.Texts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;

import java.time.Instant;
import java.util.List;

/**
 * Criteria-query implementation of the audit trail search. It only reads: no code path updates or
 * deletes audit events.
 */
@Stateless
@RolesAllowed(Roles.MANAGER)
public class AuditServiceBean implements AuditService {

    /** Max length of the customer filter text. */
    static final int CUSTOMER_TEXT_MAX = 100;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Override
    public ResultPage<AuditRow> search(AuditFilter filter, int first, int pageSize) {
        int size = Paging.checkedPageSize(first, pageSize);
        AuditFilter checked = checked(filter);
        long total = count(checked);
        if (total == 0 || first >= total) {
            return new ResultPage<>(List.of(), total);
        }
        return new ResultPage<>(fetch(checked, null, first, size), total);
    }

    @Override
    public List<AuditRow> exportBatch(AuditFilter filter, AuditRow after) {
        return fetch(checked(filter), after, 0, EXPORT_BATCH_SIZE);
    }

    private static AuditFilter checked(AuditFilter filter) {
        if (filter == null) {
            return AuditFilter.none();
        }
        if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
            throw new ValidationFailedException("to", "audit.filter.dateOrder");
        }
        String customer = Texts.optional("customer", filter.customer(), CUSTOMER_TEXT_MAX);
        return new AuditFilter(customer, filter.salespersonId(), filter.type(), filter.from(), filter.to());
    }

    private long count(AuditFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        AuditQuery audit = new AuditQuery(cb, query);
        query.select(cb.count(audit.event)).where(audit.restrictions(filter, null));
        return em.createQuery(query).getSingleResult();
    }

    private List<AuditRow> fetch(AuditFilter filter, AuditRow after, int first, int maxRows) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        AuditQuery audit = new AuditQuery(cb, query);
        query.multiselect(audit.event.get("id"), audit.event.get("occurredAt"), audit.event.get("eventType"),
                        audit.event.get("customerCode"), audit.customer.get("name"), audit.previous.get("name"),
                        audit.next.get("name"), audit.event.get("actorLogin"), audit.event.get("approverLogin"),
                        audit.request.get("id"), audit.event.get("reason"), audit.event.get("detail"))
                .where(audit.restrictions(filter, after))
                .orderBy(audit.newestFirst());
        return em.createQuery(query).setFirstResult(first).setMaxResults(maxRows).getResultList().stream()
                .map(AuditServiceBean::toRow)
                .toList();
    }

    private static AuditRow toRow(Tuple t) {
        return new AuditRow(t.get(0, Long.class), t.get(1, Instant.class), t.get(2, AuditEventType.class),
                t.get(3, String.class), t.get(4, String.class), t.get(5, String.class), t.get(6, String.class),
                t.get(7, String.class), t.get(8, String.class), t.get(9, Long.class), t.get(10, String.class),
                t.get(11, String.class));
    }
}
