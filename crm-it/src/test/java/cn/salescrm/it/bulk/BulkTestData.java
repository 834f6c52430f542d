package cn.salescrm.it.bulk;

import cn.salescrm.domain.customer.Customer;
import cn.salescrm.domain.people.Salesperson;
import cn.salescrm.domain.record.FollowUp;
import cn.salescrm.domain.transfer.AuditEvent;
import cn.salescrm.domain.transfer.AuditEventType;
import cn.salescrm.domain.transfer.BulkItemStatus;
import cn.salescrm.domain.transfer.NotificationType;
import cn.salescrm.domain.transfer.TransferRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Read-only checks of what a bulk transfer job wrote, counted in the database.
 */
@Stateless
@PermitAll
public class BulkTestData {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    /** Counts the customers coded with the prefix that the salesperson owns. */
    public long ownedCount(String codePrefix, long salespersonId) {
        return em.createQuery("""
                        SELECT COUNT(c) FROM Customer c WHERE c.code LIKE :prefix AND c.owner.id = :owner""", Long.class)
                .setParameter("prefix", codePrefix + "%")
                .setParameter("owner", salespersonId)
                .getSingleResult();
    }

    /** Counts the job's items in the status. */
    public long itemCount(long jobId, BulkItemStatus status) {
        return em.createQuery("SELECT COUNT(i) FROM BulkTransferItem i WHERE i.job.id = :job AND i.status = :status",
                        Long.class)
                .setParameter("job", jobId)
                .setParameter("status", status)
                .getSingleResult();
    }

    /** Counts the job's customers that do not have exactly one system follow-up. */
    public long customersWithoutOneSystemFollowUp(long jobId) {
        return em.createQuery("""
                        SELECT COUNT(i) FROM BulkTransferItem i WHERE i.job.id = :job
                        AND (SELECT COUNT(f) FROM FollowUp f
                             WHERE f.customer = i.customer AND f.systemGenerated = TRUE) <> 1""", Long.class)
                .setParameter("job", jobId)
                .getSingleResult();
    }

    /** Counts the job's customers that do not have exactly one audit event of the type with the reason. */
    public long customersWithoutOneAuditEvent(long jobId, AuditEventType type, String reason) {
        return em.createQuery("""
                        SELECT COUNT(i) FROM BulkTransferItem i WHERE i.job.id = :job
                        AND (SELECT COUNT(e) FROM AuditEvent e
                             WHERE e.customer = i.customer AND e.eventType = :type AND e.reason = :reason) <> 1""",
                        Long.class)
                .setParameter("job", jobId)
                .setParameter("type", type)
                .setParameter("reason", reason)
                .getSingleResult();
    }

    /** Counts the audit events of the type recorded for the customer with the reason. */
    public long auditCount(long customerId, AuditEventType type, String reason) {
        return em.createQuery("""
                        SELECT COUNT(e) FROM AuditEvent e
                        WHERE e.customer.id = :customer AND e.eventType = :type AND e.reason = :reason""", Long.class)
                .setParameter("customer", customerId)
                .setParameter("type", type)
                .setParameter("reason", reason)
                .getSingleResult();
    }

    /** Counts the job's customers that have any notification about them, such as a per-customer transfer notice. */
    public long customersWithNotifications(long jobId) {
        return em.createQuery("""
                        SELECT COUNT(i) FROM BulkTransferItem i WHERE i.job.id = :job
                        AND EXISTS (SELECT n FROM Notification n WHERE n.customer = i.customer)""", Long.class)
                .setParameter("job", jobId)
                .getSingleResult();
    }

    /** Returns the messages of the type sent to the login about the job, oldest first. */
    public List<String> jobNotices(String login, NotificationType type, long jobId) {
        return em.createQuery("""
                        SELECT n.message FROM Notification n
                        WHERE n.recipientLogin = :login AND n.type = :type AND n.message LIKE :job AND n.customer IS NULL
                        ORDER BY n.id""", String.class)
                .setParameter("login", login)
                .setParameter("type", type)
                .setParameter("job", "批量移交 #" + jobId + " %")
                .getResultList();
    }

    /** Returns the customer's system follow-ups as "day|method|content|author login|author name", by id. */
    public List<String> systemFollowUps(long customerId) {
        return em.createQuery("""
                        SELECT f FROM FollowUp f WHERE f.customer.id = :customer AND f.systemGenerated = TRUE
                        ORDER BY f.id""", FollowUp.class)
                .setParameter("customer", customerId)
                .getResultList().stream()
                .map(f -> String.join("|", String.valueOf(f.getFollowUpDate()), String.valueOf(f.getMethod()),
                        f.getContent(), f.getAuthorLogin(), f.getAuthorName()))
                .toList();
    }

    /**
     * Returns the customer's audit events as "type|previous|new|actor|approver|detail|code matches|has request",
     * by id. The reason is left out, because a bulk transfer and a single transfer give different ones.
     */
    public List<String> auditEvents(long customerId) {
        return em.createQuery("SELECT e FROM AuditEvent e WHERE e.customer.id = :customer ORDER BY e.id",
                        AuditEvent.class)
                .setParameter("customer", customerId)
                .getResultList().stream()
                .map(e -> String.join("|", String.valueOf(e.getEventType()), idOf(e.getPreviousSalesperson()),
                        idOf(e.getNewSalesperson()), e.getActorLogin(), e.getApproverLogin(), e.getDetail(),
                        String.valueOf(e.getCustomer().getCode().equals(e.getCustomerCode())),
                        String.valueOf(e.getRequest() != null)))
                .toList();
    }

    /**
     * Returns the customer's transfer requests with their sharer changes, by id. The reason and the
     * request's own version are left out: a single transfer is saved PENDING and then approved, so its
     * version is one higher.
     */
    public List<String> transferRequests(long customerId) {
        return em.createQuery("SELECT r FROM TransferRequest r WHERE r.customer.id = :customer ORDER BY r.id",
                        TransferRequest.class)
                .setParameter("customer", customerId)
                .getResultList().stream()
                .map(r -> String.join("|", String.valueOf(r.getStatus()), idOf(r.getPreviousOwner()),
                        idOf(r.getNewOwner()), String.valueOf(r.isKeepPreviousOwner()),
                        String.valueOf(r.getPreviousOwnerShareUntil()), String.valueOf(r.getCustomerVersion()),
                        r.getRequestedByLogin(), r.getRequestedByName(), r.getDecidedByLogin(), r.getDecidedByName(),
                        String.valueOf(r.getDecisionReason()), String.valueOf(r.getRequestedAt().equals(r.getDecidedAt())),
                        r.getShareChanges().stream()
                                .map(x -> x.getChangeType() + " " + idOf(x.getSalesperson()) + " " + x.getExpiresAt())
                                .sorted().toList().toString()))
                .toList();
    }

    /** Returns the customer's owner id, merchandiser id, version and last editor as "owner|merchandiser|version|by". */
    public String customerState(long customerId) {
        Customer customer = em.find(Customer.class, customerId);
        return String.join("|", idOf(customer.getOwner()), customer.getMerchandiser() == null ? "-"
                        : String.valueOf(customer.getMerchandiser().getId()), String.valueOf(customer.getVersion()),
                customer.getUpdatedBy());
    }

    /**
     * Returns the distinct instants a transfer of the customer recorded: the request's request and decision
     * times, the system follow-up, the audit events and the customer's last update. A transfer that writes
     * everything at one moment returns one instant.
     */
    public Set<Instant> transferInstants(long customerId) {
        Set<Instant> instants = new HashSet<>();
        for (TransferRequest request : em.createQuery(
                "SELECT r FROM TransferRequest r WHERE r.customer.id = :customer", TransferRequest.class)
                .setParameter("customer", customerId).getResultList()) {
            instants.add(request.getRequestedAt());
            instants.add(request.getDecidedAt());
        }
        instants.addAll(em.createQuery("""
                        SELECT f.createdAt FROM FollowUp f WHERE f.customer.id = :customer AND f.systemGenerated = TRUE""",
                        Instant.class)
                .setParameter("customer", customerId).getResultList());
        instants.addAll(em.createQuery("SELECT e.occurredAt FROM AuditEvent e WHERE e.customer.id = :customer",
                        Instant.class)
                .setParameter("customer", customerId).getResultList());
        instants.add(em.find(Customer.class, customerId).getUpdatedAt());
        return instants;
    }

    /** Returns the message key of the job's item for the customer. */
    public String itemMessage(long jobId, long customerId) {
        return em.createQuery("""
                        SELECT i.message FROM BulkTransferItem i WHERE i.job.id = :job AND i.customer.id = :customer""",
                        String.class)
                .setParameter("job", jobId)
                .setParameter("customer", customerId)
                .getSingleResult();
    }

    private static String idOf(Salesperson salesperson) {
        return salesperson == null ? "-" : String.valueOf(salesperson.getId());
    }

    /** Counts the transfer requests with the reason. */
    public long requestCount(String reason) {
        return em.createQuery("SELECT COUNT(r) FROM TransferRequest r WHERE r.reason = :reason", Long.class)
                .setParameter("reason", reason)
                .getSingleResult();
    }

    /** Returns whether the customer is shared with the salesperson. */
    public boolean shared(long customerId, long salespersonId) {
        return em.createQuery("""
                        SELECT COUNT(s) FROM CustomerShare s
                        WHERE s.customer.id = :customer AND s.salesperson.id = :salesperson""", Long.class)
                .setParameter("customer", customerId)
                .setParameter("salesperson", salespersonId)
                .getSingleResult() > 0;
    }

    /** Counts the bulk transfer jobs of the source salesperson. */
    public long jobCount(long sourceId) {
        return em.createQuery("SELECT COUNT(j) FROM BulkTransferJob j WHERE j.sourceSalesperson.id = :source",
                        Long.class)
                .setParameter("source", sourceId)
                .getSingleResult();
    }
}
