package cn.salescrm.service.transfer;

import cn.salescrm.domain.access.CustomerAction;
import cn.salescrm.domain.customer.Customer;
import cn.salescrm.domain.people.Salesperson;
import cn.salescrm.domain.security.Roles;
import cn.salescrm.domain.settings.AppSetting;
import cn.salescrm.domain.transfer.AuditEvent;
import cn.salescrm.domain.transfer.AuditEventType;
import cn.salescrm.domain.transfer.Notification;
import cn.salescrm.domain.transfer.NotificationType;
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

/**
 * Transfer and share submits and their approval. Every method locks the customer row first, so two
 * submits or approvals on one customer run one after the other and the second reads the
 * first's version.
 */
@Stateless
@RolesAllowed({Roles.SALES, Roles.MANAGER})
public class TransferServiceBean implements TransferService {

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
        Customer customer = access.requireForUpdate(caller, customerCode, CustomerAction.REQUEST_TRANSFER, now);
        if (change == null) {
            throw new ValidationFailedException(null, "validation.required");
        }
        requireVersion(customer, change.customerVersion());
        TransferRequest request = new RequestBuilder(em).build(customer, change, caller, now);

        if (caller.manager() || !approvalRequired()) {
            // Approved before it is stored, so the request row is written once.
            request.approve(caller.login(), caller.displayName(), now, null);
            em.persist(request);
            new TransferExecutor(em).apply(request, caller, now);
            return new SubmitResult(SubmitOutcome.APPLIED, request.getId());
        }
        em.persist(request);
        em.flush();
        rejectSecondPending(customer, request);
        em.persist(AuditEvent.builder(AuditEventType.REQUEST_CREATED, caller.login(), now)
                .customer(customer).request(request).reason(request.getReason()).build());
        return new SubmitResult(SubmitOutcome.PENDING, request.getId());
    }

    @Override
    public TransferPreview preview(String customerCode, TransferChange change) {
        Caller caller = callerResolver.current();
        Instant now = Instant.now();
        Customer customer = access.require(caller, customerCode, CustomerAction.REQUEST_TRANSFER, now);
        if (change == null) {
            throw new ValidationFailedException(null, "validation.required");
        }
        requireVersion(customer, change.customerVersion());
        TransferRequest request = new RequestBuilder(em).build(customer, change, caller, now);

        Salesperson newOwner = request.getNewOwner();
        String newMerchandiser = newOwner == null || newOwner.getMerchandiser() == null ? null
                : newOwner.getMerchandiser().getName();
        return new TransferPreview(customer.getOwner().getName(), newOwner == null ? null : newOwner.getName(),
                newMerchandiser, request.isKeepPreviousOwner(), request.getPreviousOwnerShareUntil(),
                RequestViews.sharers(request, ShareChangeType.ADD), RequestViews.sharers(request, ShareChangeType.REMOVE),
                recordCounts(customer), !caller.manager() && approvalRequired());
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
            notifyRequester(request, NotificationType.REQUEST_STALE, "您对客户 " + customer.getCode()
                    + " 的移交共享申请已失效: 客户在申请后已被修改", now);
            return new SubmitResult(SubmitOutcome.STALE, requestId);
        }
        request.approve(caller.login(), caller.displayName(), now, null);
        em.persist(AuditEvent.builder(AuditEventType.REQUEST_APPROVED, caller.login(), now)
                .customer(customer).request(request).approverLogin(caller.login()).build());
        new TransferExecutor(em).apply(request, caller, now);
        notifyRequester(request, NotificationType.REQUEST_APPROVED, "您对客户 " + customer.getCode()
                + " 的移交共享申请已由 " + caller.displayName() + " 批准", now);
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
        notifyRequester(request, NotificationType.REQUEST_REJECTED, "您对客户 " + request.getCustomer().getCode()
                + " 的移交共享申请被 " + caller.displayName() + " 驳回: " + checkedReason, now);
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

    private void requireVersion(Customer customer, long loadedVersion) {
        if (loadedVersion != customer.getVersion()) {
            throw new StaleCustomerException(customer.getCode(), callerResolver.displayNameOf(customer.getUpdatedBy()),
                    customer.getUpdatedAt());
        }
    }

    private RecordCounts recordCounts(Customer customer) {
        return new RecordCounts(count("FollowUp", customer), count("Project", customer), count("SalesOrder", customer),
                count("Quote", customer), count("Attachment", customer));
    }

    private long count(String entity, Customer customer) {
        return em.createQuery("SELECT COUNT(x) FROM " + entity + " x WHERE x.customer = :customer", Long.class)
                .setParameter("customer", customer)
                .getSingleResult();
    }

    private void notifyRequester(TransferRequest request, NotificationType type, String message, Instant now) {
        em.persist(new Notification(request.getRequestedByLogin(), type, request.getCustomer(), message, now));
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
        return AppSetting.approvalRequired(em.find(AppSetting.class, AppSetting.APPROVAL_REQUIRED));
    }
}
