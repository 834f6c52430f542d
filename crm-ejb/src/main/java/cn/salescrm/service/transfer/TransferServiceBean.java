package cn.salescrm.service.transfer;

import cn.salescrm.domain.access.CustomerAction;
import cn.salescrm.domain.customer.Customer;
import cn.salescrm.domain.customer.CustomerShare;
import cn.salescrm.domain.people.Salesperson;
import cn.salescrm.domain.security.Roles;
import cn.salescrm.domain.settings.AppSetting;
import cn.salescrm.domain.transfer.AuditEvent;
import cn.salescrm.domain.transfer.AuditEventType;
import cn.salescrm.domain.transfer.RequestStatus;
import cn.salescrm.domain.transfer.ShareChangeType;
import cn.salescrm.domain.transfer.TransferRequest;
import cn.salescrm.service.access.CustomerAccess;
import cn.salescrm.service.customer.StaleCustomerException;
import cn.salescrm.service.error.ValidationFailedException;
import cn.salescrm.service.security.AccessDeniedException;
import cn.salescrm.service.security.Caller;
import cn.salescrm.service.security.CallerResolver;
import cn.salescrm.service.support.Texts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Transfer and share submits and their approval. Every method locks the customer row first, so two
 * submits or approvals on one customer run one after the other and the second reads the
 * first's version.
 */
@Stateless
@RolesAllowed({Roles.SALES, Roles.MANAGER})
public class TransferServiceBean implements TransferService {

    /** Key of the approval policy in app_setting; any value but "false" means approval is required. */
    static final String APPROVAL_SETTING = "approval.required";

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @EJB
    private CallerResolver callerResolver;

    @EJB
    private CustomerAccess access;

    @Override
    public SubmitResult submit(String customerCode, TransferChange change) {
        Caller caller = callerResolver.current();
        Instant now = Instant.now();
        Customer customer = access.require(caller, customerCode, CustomerAction.REQUEST_TRANSFER, now);
        em.refresh(customer, LockModeType.PESSIMISTIC_WRITE);
        if (change == null) {
            throw new ValidationFailedException(null, "validation.required");
        }
        if (change.customerVersion() != customer.getVersion()) {
            throw new StaleCustomerException(customer.getCode(), callerResolver.displayNameOf(customer.getUpdatedBy()),
                    customer.getUpdatedAt());
        }
        TransferRequest request = buildRequest(customer, change, caller, now);
        em.persist(request);
        em.flush();

        if (caller.manager() || !approvalRequired()) {
            request.approve(caller.login(), caller.displayName(), now, null);
            new TransferExecutor(em).apply(request, caller, now);
            return new SubmitResult(SubmitOutcome.APPLIED, request.getId());
        }
        rejectSecondPending(customer, request);
        em.persist(AuditEvent.builder(AuditEventType.REQUEST_CREATED, caller.login(), now)
                .customer(customer).request(request).reason(request.getReason()).build());
        return new SubmitResult(SubmitOutcome.PENDING, request.getId());
    }

    @Override
    @RolesAllowed(Roles.MANAGER)
    public SubmitResult approve(long requestId) {
        Caller caller = callerResolver.current();
        Instant now = Instant.now();
        TransferRequest request = pendingRequest(requestId);
        Customer customer = request.getCustomer();
        em.refresh(customer, LockModeType.PESSIMISTIC_WRITE);
        if (customer.getVersion() != request.getCustomerVersion()) {
            request.markStale(caller.login(), caller.displayName(), now, "客户在申请后已被修改");
            em.persist(AuditEvent.builder(AuditEventType.REQUEST_STALE, caller.login(), now)
                    .customer(customer).request(request).approverLogin(caller.login()).build());
            return new SubmitResult(SubmitOutcome.STALE, requestId);
        }
        request.approve(caller.login(), caller.displayName(), now, null);
        em.persist(AuditEvent.builder(AuditEventType.REQUEST_APPROVED, caller.login(), now)
                .customer(customer).request(request).approverLogin(caller.login()).build());
        new TransferExecutor(em).apply(request, caller, now);
        return new SubmitResult(SubmitOutcome.APPLIED, requestId);
    }

    @Override
    @RolesAllowed(Roles.MANAGER)
    public void reject(long requestId, String reason) {
        Caller caller = callerResolver.current();
        Instant now = Instant.now();
        String checkedReason = Texts.required("reason", reason, 1000);
        TransferRequest request = pendingRequest(requestId);
        request.reject(caller.login(), caller.displayName(), now, checkedReason);
        em.persist(AuditEvent.builder(AuditEventType.REQUEST_REJECTED, caller.login(), now)
                .customer(request.getCustomer()).request(request).approverLogin(caller.login())
                .reason(checkedReason).build());
    }

    @Override
    public void cancel(long requestId) {
        Caller caller = callerResolver.current();
        Instant now = Instant.now();
        TransferRequest request = pendingRequest(requestId);
        if (!request.getRequestedByLogin().equals(caller.login())) {
            throw new AccessDeniedException(caller.login() + " did not make transfer request " + requestId);
        }
        request.cancel(caller.login(), caller.displayName(), now);
        em.persist(AuditEvent.builder(AuditEventType.REQUEST_CANCELLED, caller.login(), now)
                .customer(request.getCustomer()).request(request).build());
    }

    private TransferRequest buildRequest(Customer customer, TransferChange change, Caller caller, Instant now) {
        Salesperson owner = customer.getOwner();
        Salesperson newOwner = newOwner(change.newOwnerId(), owner);
        Salesperson ownerAfter = newOwner == null ? owner : newOwner;
        Map<Long, Instant> requested = requestedSharers(change.sharers(), ownerAfter);

        TransferRequest request = new TransferRequest(customer, newOwner, newOwner != null && change.keepPreviousOwner(),
                change.previousOwnerShareUntil(), Texts.optional("reason", change.reason(), 1000), caller.login(),
                caller.displayName(), now);
        Map<Long, CustomerShare> current = activeShares(customer, now);
        requested.forEach((id, expiresAt) -> {
            CustomerShare share = current.get(id);
            if (share == null || !Objects.equals(share.getExpiresAt(), expiresAt)) {
                request.addShareChange(em.find(Salesperson.class, id), ShareChangeType.ADD, expiresAt);
            }
        });
        current.forEach((id, share) -> {
            boolean keptAsPreviousOwner = newOwner != null && change.keepPreviousOwner() && id.equals(owner.getId());
            if (!requested.containsKey(id) && !id.equals(ownerAfter.getId()) && !keptAsPreviousOwner) {
                request.addShareChange(share.getSalesperson(), ShareChangeType.REMOVE, null);
            }
        });
        if (newOwner == null && request.getShareChanges().isEmpty()) {
            throw new ValidationFailedException(null, "transfer.noChange");
        }
        return request;
    }

    private Salesperson newOwner(Long id, Salesperson owner) {
        if (id == null || id.equals(owner.getId())) {
            return null;
        }
        return activeSalesperson(id, "newOwner");
    }

    private Map<Long, Instant> requestedSharers(List<TransferChange.Sharer> sharers, Salesperson ownerAfter) {
        Map<Long, Instant> requested = new HashMap<>();
        for (TransferChange.Sharer sharer : sharers == null ? List.<TransferChange.Sharer>of() : sharers) {
            if (sharer.salespersonId() == ownerAfter.getId()) {
                throw new ValidationFailedException("sharers", "transfer.ownerAsSharer", ownerAfter.getName());
            }
            activeSalesperson(sharer.salespersonId(), "sharers");
            requested.put(sharer.salespersonId(), sharer.expiresAt());
        }
        return requested;
    }

    private Salesperson activeSalesperson(long id, String field) {
        Salesperson person = em.find(Salesperson.class, id);
        if (person == null || !person.isActive()) {
            throw new ValidationFailedException(field, "transfer.salesperson.invalid", String.valueOf(id));
        }
        return person;
    }

    private Map<Long, CustomerShare> activeShares(Customer customer, Instant now) {
        Map<Long, CustomerShare> shares = new HashMap<>();
        em.createQuery("SELECT s FROM CustomerShare s WHERE s.customer = :customer", CustomerShare.class)
                .setParameter("customer", customer)
                .getResultList().stream()
                .filter(share -> share.isActiveAt(now))
                .forEach(share -> shares.put(share.getSalesperson().getId(), share));
        return shares;
    }

    private void rejectSecondPending(Customer customer, TransferRequest request) {
        long pending = em.createQuery("""
                        SELECT COUNT(r) FROM TransferRequest r
                        WHERE r.customer = :customer AND r.status = :status AND r <> :request""", Long.class)
                .setParameter("customer", customer)
                .setParameter("status", RequestStatus.PENDING)
                .setParameter("request", request)
                .getSingleResult();
        if (pending > 0) {
            throw new ValidationFailedException(null, "transfer.pendingExists");
        }
    }

    private TransferRequest pendingRequest(long requestId) {
        TransferRequest request = em.find(TransferRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null) {
            throw new ValidationFailedException(null, "transfer.request.notFound");
        }
        if (request.getStatus() != RequestStatus.PENDING) {
            throw new ValidationFailedException(null, "transfer.request.notPending");
        }
        return request;
    }

    private boolean approvalRequired() {
        AppSetting setting = em.find(AppSetting.class, APPROVAL_SETTING);
        return setting == null || !"false".equalsIgnoreCase(setting.getValue());
    }
}
