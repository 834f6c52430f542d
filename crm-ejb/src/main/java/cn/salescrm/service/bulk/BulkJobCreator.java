package cn.salescrm.service.bulk;

import cn.salescrm.domain.people.Salesperson;
import cn.salescrm.domain.product.ProductLine;
import cn.salescrm.domain.security.Roles;
import cn.salescrm.domain.transfer.BulkItemStatus;
import cn.salescrm.domain.transfer.BulkJobStatus;
import cn.salescrm.domain.transfer.BulkTransferJob;
import cn.salescrm.service.error.ValidationFailedException;
import cn.salescrm.service.security.Caller;
import cn.salescrm.service.security.CallerResolver;
import cn.salescrm.service.support.Texts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.logging.Logger;

/**
 * Checks a bulk transfer order and writes its job with one PENDING item per customer, in one
 * transaction. It does not start the work: {@link BulkTransferServiceBean#start} does that after
 * this transaction has committed, so the worker always finds the job.
 */
@Stateless
@RolesAllowed(Roles.MANAGER)
public class BulkJobCreator {

    private static final Logger LOG = Logger.getLogger(BulkJobCreator.class.getName());

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @EJB
    private CallerResolver callerResolver;

    /**
     * Creates the job and returns its id.
     *
     * @throws ValidationFailedException as described at {@link BulkTransferService#start}
     */
    public long create(BulkTransferOrder order) {
        Caller caller = callerResolver.current();
        Instant now = Instant.now();
        if (order == null) {
            throw new ValidationFailedException(null, "validation.required");
        }
        BulkSelection selection = checkedSelection(order.selection());
        // The lock on the source makes a second start for the same salesperson wait for this one,
        // so the RUNNING check below cannot pass twice.
        Salesperson source = em.find(Salesperson.class, selection.sourceSalespersonId(),
                LockModeType.PESSIMISTIC_WRITE);
        List<Salesperson> receivers = receivers(order.receiverIds(), source);
        requireNoRunningJob(source);

        List<Long> customerIds = new BulkSelectionQuery(em).customerIds(selection);
        if (customerIds.isEmpty()) {
            throw new ValidationFailedException(null, "bulk.noCustomers");
        }
        BulkTransferJob job = new BulkTransferJob(source, order.keepShares(), describe(selection),
                customerIds.size(), caller.login(), now);
        em.persist(job);
        em.flush();
        try {
            insertItems(job.getId(), customerIds, receivers);
        } catch (SQLException e) {
            throw new EJBException("Bulk transfer job " + job.getId() + ": writing its " + customerIds.size()
                    + " items failed", e);
        }
        LOG.info(() -> "Bulk transfer job " + job.getId() + " created by " + caller.login() + ": "
                + customerIds.size() + " customers of salesperson " + source.getCode() + " to "
                + receivers.stream().map(Salesperson::getCode).toList() + ", keep shares " + order.keepShares());
        return job.getId();
    }

    /**
     * Inserts one PENDING item per customer, dealt to the receivers in list order, with one statement.
     * Persisting 100,000 entities would keep them all in the persistence context until the commit. The
     * item ids come from bulk_transfer_item_seq with one nextval per row, the top of a block of 50 that
     * EclipseLink never hands out, and rise in list order, which is the order the job processes them in.
     */
    private void insertItems(long jobId, List<Long> customerIds, List<Salesperson> receivers) throws SQLException {
        Long[] receiverIds = new Long[customerIds.size()];
        for (int i = 0; i < receiverIds.length; i++) {
            receiverIds[i] = ReceiverSplit.receiverOf(i, receivers).getId();
        }
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO bulk_transfer_item (id, job_id, customer_id, target_salesperson_id, status, message,
                    processed_at)
                SELECT nextval('bulk_transfer_item_seq'), ?, t.customer_id, t.receiver_id, ?, NULL, NULL
                FROM UNNEST(?, ?) WITH ORDINALITY AS t(customer_id, receiver_id, position)
                ORDER BY t.position""")) {
            insert.setLong(1, jobId);
            insert.setString(2, BulkItemStatus.PENDING.name());
            insert.setArray(3, connection.createArrayOf("BIGINT", customerIds.toArray()));
            insert.setArray(4, connection.createArrayOf("BIGINT", receiverIds));
            insert.executeUpdate();
        }
    }

    /**
     * Returns the selection if its source and product line exist.
     *
     * @throws ValidationFailedException naming the field at fault
     */
    public BulkSelection checkedSelection(BulkSelection selection) {
        Texts.present("source", selection);
        Texts.present("source", selection.sourceSalespersonId());
        if (em.find(Salesperson.class, selection.sourceSalespersonId()) == null) {
            throw new ValidationFailedException("source", "bulk.source.invalid",
                    String.valueOf(selection.sourceSalespersonId()));
        }
        if (selection.productLineId() != null && em.find(ProductLine.class, selection.productLineId()) == null) {
            throw new ValidationFailedException("productLine", "bulk.productLine.invalid",
                    String.valueOf(selection.productLineId()));
        }
        return selection;
    }

    private List<Salesperson> receivers(List<Long> ids, Salesperson source) {
        if (ids == null || ids.isEmpty()) {
            throw new ValidationFailedException("receivers", "bulk.receivers.required");
        }
        List<Salesperson> receivers = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(ids)) {
            Salesperson receiver = id == null ? null : em.find(Salesperson.class, id);
            if (receiver == null || !receiver.isActive()) {
                throw new ValidationFailedException("receivers", "bulk.receivers.invalid", String.valueOf(id));
            }
            if (receiver.getId().equals(source.getId())) {
                throw new ValidationFailedException("receivers", "bulk.receivers.isSource", receiver.getName());
            }
            receivers.add(receiver);
        }
        return receivers;
    }

    private void requireNoRunningJob(Salesperson source) {
        List<Long> running = em.createQuery("""
                        SELECT j.id FROM BulkTransferJob j
                        WHERE j.sourceSalesperson = :source AND j.status = :status""", Long.class)
                .setParameter("source", source)
                .setParameter("status", BulkJobStatus.RUNNING)
                .setMaxResults(1)
                .getResultList();
        if (!running.isEmpty()) {
            throw new ValidationFailedException("source", "bulk.job.running", String.valueOf(running.get(0)));
        }
    }

    /** Returns the filters as stored with the job, such as "territory=SOUTH_CHINA, status=APPROVED", or null without filters. */
    private String describe(BulkSelection selection) {
        List<String> parts = new ArrayList<>();
        if (selection.territory() != null) {
            parts.add("territory=" + selection.territory());
        }
        if (selection.productLineId() != null) {
            parts.add("productLine=" + em.find(ProductLine.class, selection.productLineId()).getName());
        }
        if (selection.status() != null) {
            parts.add("status=" + selection.status());
        }
        if (selection.businessStatus() != null) {
            parts.add("businessStatus=" + selection.businessStatus());
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }
}
