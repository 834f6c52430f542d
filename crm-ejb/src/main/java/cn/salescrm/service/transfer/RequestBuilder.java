package cn.salescrm.service.transfer;

import cn.salescrm.domain.customer.Customer;
import cn.salescrm.domain.customer.CustomerShare;
import cn.salescrm.domain.people.Salesperson;
import cn.salescrm.domain.transfer.ShareChangeType;
import cn.salescrm.domain.transfer.TransferRequest;
import cn.salescrm.service.error.ValidationFailedException;
import cn.salescrm.service.security.Caller;
import cn.salescrm.service.support.Texts;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a submit of the 客户移交共享 form into a request, checking every salesperson it names. Shared by
 * the submit and its preview, so that the preview shows exactly what the submit would store.
 */
final class RequestBuilder {

    private final EntityManager em;

    RequestBuilder(EntityManager em) {
        this.em = em;
    }

    /**
     * Builds the request a submit describes, without storing it: the owner choice and the sharer
     * changes measured against the shares active at {@code now}.
     *
     * @throws ValidationFailedException if nothing would change or a named salesperson is invalid
     */
    TransferRequest build(Customer customer, TransferChange change, Caller caller, Instant now) {
        Salesperson owner = customer.getOwner();
        Salesperson newOwner = newOwner(change.newOwnerId(), owner);
        Salesperson ownerAfter = newOwner == null ? owner : newOwner;
        Map<Long, Instant> requested = requestedSharers(change.sharers(), ownerAfter, now);
        boolean keepPreviousOwner = newOwner != null && change.keepPreviousOwner();
        Instant previousOwnerShareUntil = keepPreviousOwner ? change.previousOwnerShareUntil() : null;
        requireFuture("previousOwnerShareUntil", previousOwnerShareUntil, now);
        if (keepPreviousOwner && requested.containsKey(owner.getId())) {
            throw new ValidationFailedException("sharers", "transfer.previousOwnerTwice", owner.getName());
        }

        TransferRequest request = new TransferRequest(customer, newOwner, keepPreviousOwner, previousOwnerShareUntil, Texts.optional("reason", change.reason(), 1000), caller.login(),
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

    private Map<Long, Instant> requestedSharers(List<TransferChange.Sharer> sharers, Salesperson ownerAfter,
                                                Instant now) {
        Map<Long, Instant> requested = new HashMap<>();
        for (TransferChange.Sharer sharer : sharers == null ? List.<TransferChange.Sharer>of() : sharers) {
            if (sharer.salespersonId() == ownerAfter.getId()) {
                throw new ValidationFailedException("sharers", "transfer.ownerAsSharer", ownerAfter.getName());
            }
            Salesperson person = activeSalesperson(sharer.salespersonId(), "sharers");
            if (sharer.expiresAt() != null && !sharer.expiresAt().isAfter(now)) {
                throw new ValidationFailedException("sharers", "transfer.expiry.past", person.getName());
            }
            requested.put(sharer.salespersonId(), sharer.expiresAt());
        }
        return requested;
    }

    private static void requireFuture(String field, Instant end, Instant now) {
        if (end != null && !end.isAfter(now)) {
            throw new ValidationFailedException(field, "transfer.previousOwnerUntil.past");
        }
    }

    private Salesperson activeSalesperson(long id, String field) {
        Salesperson person = em.find(Salesperson.class, id);
        if (person == null || !person.isActive()) {
            String label = person == null ? "#" + id : person.getName() + " (" + person.getCode() + ")";
            throw new ValidationFailedException(field, "transfer.salesperson.invalid", label);
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
}
