package cn.salescrm.it.bulk;

import cn.salescrm.domain.transfer.AuditEventType;
import cn.salescrm.domain.transfer.BulkItemStatus;
import cn.salescrm.domain.transfer.NotificationType;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

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

    /** Counts the job's customers whose receiver did not get exactly one TRANSFERRED_TO_YOU notification. */
    public long customersWithoutOneNotification(long jobId) {
        return em.createQuery("""
                        SELECT COUNT(i) FROM BulkTransferItem i WHERE i.job.id = :job
                        AND (SELECT COUNT(n) FROM Notification n
                             WHERE n.customer = i.customer AND n.type = :type
                               AND n.recipientLogin = i.targetSalesperson.loginName) <> 1""", Long.class)
                .setParameter("job", jobId)
                .setParameter("type", NotificationType.TRANSFERRED_TO_YOU)
                .getSingleResult();
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
