package cn.salescrm.service.transfer;

import cn.salescrm.domain.customer.Customer;
import cn.salescrm.domain.customer.CustomerShare;
import cn.salescrm.domain.people.Salesperson;
import cn.salescrm.domain.record.FollowUp;
import cn.salescrm.domain.transfer.AuditEvent;
import cn.salescrm.domain.transfer.AuditEventType;
import cn.salescrm.domain.transfer.Notification;
import cn.salescrm.domain.transfer.NotificationType;
import cn.salescrm.domain.transfer.RequestShareChange;
import cn.salescrm.domain.transfer.ShareChangeType;
import cn.salescrm.domain.transfer.TransferRequest;
import cn.salescrm.service.security.Caller;
import cn.salescrm.service.support.BusinessDays;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Carries out a transfer or share request inside the caller's transaction: owner and merchandiser,
 * share rows, one system follow-up, one audit event per change, notifications. The customer row is
 * already locked by the caller. The bulk transfer writes the same rows with set-based SQL instead and
 * shares the follow-up text through {@link TransferFollowUpText}.
 */
public final class TransferExecutor {

    private static final Logger LOG = Logger.getLogger(TransferExecutor.class.getName());

    private final EntityManager em;
    /** The customer's share rows by salesperson id, read once per request and kept up to date. */
    private Map<Long, CustomerShare> shares = Map.of();

    public TransferExecutor(EntityManager em) {
        this.em = em;
    }

    /** Applies the request; {@code approver} is the manager who decided, or the actor for a direct change. */
    public void apply(TransferRequest request, Caller approver, Instant now) {
        Customer customer = request.getCustomer();
        // Read before any change: a query flushes pending changes, and the customer row written
        // before a later change would be written, and its version raised, a second time.
        shares = sharesBySalesperson(customer);
        customer.markUpdated(approver.login(), now);
        List<String> summary = new ArrayList<>();
        if (request.changesOwner()) {
            transferOwner(request, approver, now, summary);
        }
        for (RequestShareChange change : request.getShareChanges()) {
            applyShareChange(request, change, approver, now, summary);
        }
        String text = TransferFollowUpText.of(BusinessDays.dayOf(now), summary, approver.displayName());
        em.persist(FollowUp.systemGenerated(customer, BusinessDays.dayOf(now), text, approver.login(),
                approver.displayName(), now));
        LOG.info(() -> "Transfer request " + request.getId() + " carried out on customer " + customer.getCode()
                + " by " + approver.login() + ": " + summary);
    }

    private void transferOwner(TransferRequest request, Caller approver, Instant now, List<String> summary) {
        Customer customer = request.getCustomer();
        Salesperson previous = customer.getOwner();
        Salesperson next = request.getNewOwner();
        customer.transferTo(next);
        removeShare(next);
        audit(AuditEventType.TRANSFERRED, request, previous, next, approver, now);
        notify(next, NotificationType.TRANSFERRED_TO_YOU, customer, "客户 " + customer.getCode() + " 已移交给您", now);
        summary.add(TransferFollowUpText.ownerChanged(next.getName()));

        if (request.isKeepPreviousOwner()) {
            grantShare(customer, previous, request.getPreviousOwnerShareUntil(), approver, now, request.getId());
            audit(AuditEventType.SHARE_ADDED, request, null, previous, approver, now);
            summary.add(TransferFollowUpText.previousOwnerKept(previous.getName()));
        }
        notify(previous, NotificationType.TRANSFERRED_AWAY, customer, "客户 " + customer.getCode() + " 已移交给 "
                + next.getName() + (request.isKeepPreviousOwner() ? ", 您仍为共享人员" : ""), now);
    }

    private void applyShareChange(TransferRequest request, RequestShareChange change, Caller approver, Instant now,
                                  List<String> summary) {
        Customer customer = request.getCustomer();
        Salesperson person = change.getSalesperson();
        if (change.getChangeType() == ShareChangeType.ADD) {
            grantShare(customer, person, change.getExpiresAt(), approver, now, request.getId());
            audit(AuditEventType.SHARE_ADDED, request, null, person, approver, now);
            notify(person, NotificationType.SHARED_WITH_YOU, customer, "客户 " + customer.getCode() + " 已共享给您", now);
            summary.add(TransferFollowUpText.shareAdded(person.getName()));
        } else {
            removeShare(person);
            audit(AuditEventType.SHARE_REMOVED, request, person, null, approver, now);
            notify(person, NotificationType.SHARE_REMOVED, customer, "客户 " + customer.getCode() + " 已取消与您的共享",
                    now);
            summary.add(TransferFollowUpText.shareRemoved(person.getName()));
        }
    }

    private void grantShare(Customer customer, Salesperson person, Instant expiresAt, Caller approver, Instant now,
                            Long requestId) {
        CustomerShare existing = shares.get(person.getId());
        if (existing == null) {
            CustomerShare share = new CustomerShare(customer, person, approver.login(), now, expiresAt, requestId);
            em.persist(share);
            shares.put(person.getId(), share);
        } else {
            existing.renew(approver.login(), now, expiresAt, requestId);
        }
    }

    private void removeShare(Salesperson person) {
        CustomerShare existing = shares.remove(person.getId());
        if (existing != null) {
            em.remove(existing);
        }
    }

    /** Returns the customer's share rows, expired ones too, by salesperson id. */
    private Map<Long, CustomerShare> sharesBySalesperson(Customer customer) {
        Map<Long, CustomerShare> bySalesperson = new HashMap<>();
        em.createQuery("SELECT s FROM CustomerShare s WHERE s.customer = :customer", CustomerShare.class)
                .setParameter("customer", customer)
                .getResultList()
                .forEach(share -> bySalesperson.put(share.getSalesperson().getId(), share));
        return bySalesperson;
    }

    private void audit(AuditEventType type, TransferRequest request, Salesperson previous, Salesperson next,
                       Caller approver, Instant now) {
        em.persist(AuditEvent.builder(type, request.getRequestedByLogin(), now)
                .customer(request.getCustomer())
                .previousSalesperson(previous)
                .newSalesperson(next)
                .approverLogin(approver.login())
                .request(request)
                .reason(request.getReason())
                .build());
    }

    private void notify(Salesperson recipient, NotificationType type, Customer customer, String message,
                        Instant now) {
        if (recipient.getLoginName() != null) {
            em.persist(new Notification(recipient.getLoginName(), type, customer, message, now));
        }
    }
}
