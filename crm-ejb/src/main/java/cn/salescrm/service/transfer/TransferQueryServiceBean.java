package cn.salescrm.service.transfer;

import cn.salescrm.domain.access.CustomerAction;
import cn.salescrm.domain.access.Relation;
import cn.salescrm.domain.customer.Customer;
import cn.salescrm.domain.customer.CustomerShare;
import cn.salescrm.domain.people.Salesperson;
import cn.salescrm.domain.security.Roles;
import cn.salescrm.domain.transfer.AuditEvent;
import cn.salescrm.domain.transfer.AuditEventType;
import cn.salescrm.domain.transfer.RequestStatus;
import cn.salescrm.domain.transfer.TransferRequest;
import cn.salescrm.service.access.CustomerAccess;
import cn.salescrm.service.security.Caller;
import cn.salescrm.service.security.CallerResolver;
import cn.salescrm.service.security.ManagerRoles;
import cn.salescrm.service.support.LikePatterns;
import cn.salescrm.service.support.Paging;
import cn.salescrm.service.support.ResultPage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads of transfers and shares. Customers, shares and requests are read from the database in each
 * transaction, never from a cache, so a former owner or an expired sharer never gets a stale result.
 */
@Stateless
@RolesAllowed({Roles.SALES, Roles.MERCHANDISER, Roles.MANAGER})
public class TransferQueryServiceBean implements TransferQueryService {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @EJB
    private CallerResolver callerResolver;

    @EJB
    private CustomerAccess access;

    @EJB
    private ManagerRoles managerRoles;

    @Override
    public TransferForm form(String customerCode) {
        Caller caller = callerResolver.current();
        Instant now = Instant.now();
        Customer customer = access.require(caller, customerCode, CustomerAction.VIEW, now);
        Relation relation = access.relationOf(caller, customer, now);
        boolean maySeeHistory = CustomerAction.VIEW_TRANSFER_HISTORY.isAllowedFor(relation);

        List<CurrentShare> shares = em.createQuery("""
                        SELECT s FROM CustomerShare s JOIN FETCH s.salesperson p
                        WHERE s.customer = :customer ORDER BY p.code""", CustomerShare.class)
                .setParameter("customer", customer)
                .getResultList().stream()
                .filter(share -> share.isActiveAt(now))
                .map(TransferQueryServiceBean::currentShare)
                .toList();
        RequestView pending = maySeeHistory ? pendingRequest(customer) : null;
        Salesperson owner = customer.getOwner();
        return new TransferForm(customer.getCode(), customer.getShortName(), customer.getName(),
                customer.getVersion(), owner.getId(), owner.getCode(), owner.getName(), shares, pending,
                CustomerAction.REQUEST_TRANSFER.isAllowedFor(relation), maySeeHistory, caller.manager());
    }

    @Override
    public ResultPage<HistoryEntry> history(String customerCode, int first, int pageSize) {
        int size = Paging.checkedPageSize(first, pageSize);
        Customer customer = access.require(callerResolver.current(), customerCode,
                CustomerAction.VIEW_TRANSFER_HISTORY, Instant.now());
        List<AuditEventType> types = List.of(AuditEventType.TRANSFERRED, AuditEventType.SHARE_ADDED,
                AuditEventType.SHARE_REMOVED, AuditEventType.SHARE_EXPIRED, AuditEventType.REQUEST_CREATED,
                AuditEventType.REQUEST_APPROVED, AuditEventType.REQUEST_REJECTED, AuditEventType.REQUEST_CANCELLED,
                AuditEventType.REQUEST_STALE);

        long total = em.createQuery("""
                        SELECT COUNT(e) FROM AuditEvent e WHERE e.customer = :customer AND e.eventType IN :types""",
                        Long.class)
                .setParameter("customer", customer)
                .setParameter("types", types)
                .getSingleResult();
        List<HistoryEntry> rows = em.createQuery("""
                        SELECT e FROM AuditEvent e WHERE e.customer = :customer AND e.eventType IN :types
                        ORDER BY e.occurredAt DESC, e.id DESC""", AuditEvent.class)
                .setParameter("customer", customer)
                .setParameter("types", types)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList().stream()
                .map(this::historyEntry)
                .toList();
        return new ResultPage<>(rows, total);
    }

    @Override
    @RolesAllowed(Roles.MANAGER)
    public ResultPage<RequestView> pendingRequests(String customerText, int first, int pageSize) {
        int size = Paging.checkedPageSize(first, pageSize);
        String pattern = customerText == null || customerText.isBlank() ? "%"
                : LikePatterns.contains(customerText).toLowerCase();
        String where = """
                FROM TransferRequest r JOIN r.customer c
                WHERE r.status = :status AND (LOWER(c.code) LIKE :pattern OR LOWER(c.name) LIKE :pattern)""";

        long total = em.createQuery("SELECT COUNT(r) " + where, Long.class)
                .setParameter("status", RequestStatus.PENDING)
                .setParameter("pattern", pattern)
                .getSingleResult();
        List<RequestView> rows = em.createQuery("SELECT r " + where + " ORDER BY r.requestedAt, r.id",
                        TransferRequest.class)
                .setParameter("status", RequestStatus.PENDING)
                .setParameter("pattern", pattern)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList().stream()
                .map(RequestViews::of)
                .toList();
        return new ResultPage<>(rows, total);
    }

    @Override
    @RolesAllowed(Roles.MANAGER)
    public AccessExplanation explain(String customerCode, String login) {
        Instant now = Instant.now();
        Customer customer = access.require(callerResolver.current(), customerCode, CustomerAction.VIEW, now);
        Caller subject = callerResolver.of(login, managerRoles.isManager(login));
        List<AccessExplanation.Source> sources = new ArrayList<>();
        if (subject.manager()) {
            sources.add(new AccessExplanation.Source(AccessExplanation.Kind.MANAGER, null, null, null, null, true));
        }
        if (subject.isSalesperson() && subject.salespersonId().equals(customer.getOwner().getId())) {
            sources.add(ownerSource(customer));
        }
        if (subject.isSalesperson()) {
            shareOf(customer, subject.salespersonId()).ifPresent(share -> sources.add(
                    new AccessExplanation.Source(AccessExplanation.Kind.SHARER, share.getGrantedAt(),
                            callerResolver.displayNameOf(share.getGrantedBy()), share.getRequestId(),
                            share.getExpiresAt(), share.isActiveAt(now))));
        }
        if (subject.merchandiserId() != null && customer.getMerchandiser() != null
                && subject.merchandiserId().equals(customer.getMerchandiser().getId())) {
            sources.add(new AccessExplanation.Source(AccessExplanation.Kind.MERCHANDISER, null, null, null, null,
                    true));
        }
        return new AccessExplanation(login, subject.displayName(), access.relationOf(subject, customer, now),
                sources);
    }

    private AccessExplanation.Source ownerSource(Customer customer) {
        List<AuditEvent> transfers = em.createQuery("""
                        SELECT e FROM AuditEvent e
                        WHERE e.customer = :customer AND e.eventType = :type AND e.newSalesperson = :owner
                        ORDER BY e.occurredAt DESC, e.id DESC""", AuditEvent.class)
                .setParameter("customer", customer)
                .setParameter("type", AuditEventType.TRANSFERRED)
                .setParameter("owner", customer.getOwner())
                .setMaxResults(1)
                .getResultList();
        if (transfers.isEmpty()) {
            return new AccessExplanation.Source(AccessExplanation.Kind.OWNER, customer.getCreatedAt(),
                    callerResolver.displayNameOf(customer.getCreatedBy()), null, null, true);
        }
        AuditEvent transfer = transfers.get(0);
        String approver = transfer.getApproverLogin() == null
                ? transfer.getActorLogin()
                : transfer.getApproverLogin();
        return new AccessExplanation.Source(AccessExplanation.Kind.OWNER, transfer.getOccurredAt(),
                callerResolver.displayNameOf(approver),
                transfer.getRequest() == null ? null : transfer.getRequest().getId(), null, true);
    }

    private Optional<CustomerShare> shareOf(Customer customer, long salespersonId) {
        return em.createQuery("""
                        SELECT s FROM CustomerShare s WHERE s.customer = :customer AND s.salesperson.id = :person""",
                        CustomerShare.class)
                .setParameter("customer", customer)
                .setParameter("person", salespersonId)
                .getResultList().stream().findFirst();
    }

    private RequestView pendingRequest(Customer customer) {
        return em.createQuery("""
                        SELECT r FROM TransferRequest r WHERE r.customer = :customer AND r.status = :status
                        ORDER BY r.requestedAt DESC""", TransferRequest.class)
                .setParameter("customer", customer)
                .setParameter("status", RequestStatus.PENDING)
                .setMaxResults(1)
                .getResultList().stream()
                .map(RequestViews::of)
                .findFirst().orElse(null);
    }

    private HistoryEntry historyEntry(AuditEvent event) {
        return new HistoryEntry(event.getId(), event.getOccurredAt(), event.getEventType(),
                nameOf(event.getPreviousSalesperson()), nameOf(event.getNewSalesperson()),
                callerResolver.displayNameOf(event.getActorLogin()),
                event.getApproverLogin() == null ? null : callerResolver.displayNameOf(event.getApproverLogin()),
                event.getRequest() == null ? null : event.getRequest().getId(), event.getReason(), event.getDetail());
    }

    private static String nameOf(Salesperson person) {
        return person == null ? null : person.getName();
    }

    private static CurrentShare currentShare(CustomerShare share) {
        Salesperson person = share.getSalesperson();
        return new CurrentShare(person.getId(), person.getCode(), person.getName(), person.getRegion().getName(),
                share.getGrantedAt(), share.getGrantedBy(), share.getExpiresAt());
    }
}
