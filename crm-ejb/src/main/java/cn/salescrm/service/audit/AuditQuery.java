package cn.salescrm.service.audit;

import cn.salescrm.domain.customer.Customer;
import cn.salescrm.domain.people.Salesperson;
import cn.salescrm.domain.transfer.AuditEvent;
import cn.salescrm.domain.transfer.TransferRequest;
import cn.salescrm.service.support.BusinessDays;
import cn.salescrm.service.support.LikePatterns;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The root and outer joins of one criteria query over the audit trail, with the filter's
 * predicates and the trail's order. Every join is outer because a policy change has no customer
 * and most events have only one of the two salespeople.
 */
final class AuditQuery {

    final Root<AuditEvent> event;
    final Join<AuditEvent, Customer> customer;
    final Join<AuditEvent, Salesperson> previous;
    final Join<AuditEvent, Salesperson> next;
    final Join<AuditEvent, TransferRequest> request;
    private final CriteriaBuilder cb;

    AuditQuery(CriteriaBuilder cb, CriteriaQuery<?> query) {
        this.cb = cb;
        this.event = query.from(AuditEvent.class);
        this.customer = event.join("customer", JoinType.LEFT);
        this.previous = event.join("previousSalesperson", JoinType.LEFT);
        this.next = event.join("newSalesperson", JoinType.LEFT);
        this.request = event.join("request", JoinType.LEFT);
    }

    /** Builds the predicates of a checked filter, and of the export position if {@code after} is not null. */
    Predicate[] restrictions(AuditFilter filter, AuditRow after) {
        List<Predicate> predicates = new ArrayList<>();
        if (filter.customer() != null) {
            String pattern = LikePatterns.contains(filter.customer()).toLowerCase();
            predicates.add(cb.or(
                    cb.like(cb.lower(event.get("customerCode")), pattern, LikePatterns.ESCAPE),
                    cb.like(cb.lower(customer.get("name")), pattern, LikePatterns.ESCAPE)));
        }
        if (filter.salespersonId() != null) {
            predicates.add(cb.or(
                    cb.equal(previous.get("id"), filter.salespersonId()),
                    cb.equal(next.get("id"), filter.salespersonId())));
        }
        if (filter.type() != null) {
            predicates.add(cb.equal(event.get("eventType"), filter.type()));
        }
        if (filter.from() != null) {
            Instant start = filter.from().atStartOfDay(BusinessDays.ZONE).toInstant();
            predicates.add(cb.greaterThanOrEqualTo(event.get("occurredAt"), start));
        }
        if (filter.to() != null) {
            Instant end = filter.to().plusDays(1).atStartOfDay(BusinessDays.ZONE).toInstant();
            predicates.add(cb.lessThan(event.get("occurredAt"), end));
        }
        if (after != null) {
            predicates.add(cb.or(
                    cb.lessThan(event.get("occurredAt"), after.occurredAt()),
                    cb.and(cb.equal(event.get("occurredAt"), after.occurredAt()),
                            cb.lessThan(event.get("id"), after.id()))));
        }
        return predicates.toArray(Predicate[]::new);
    }

    /** Returns the trail's order: newest first, by id within one instant. */
    List<Order> newestFirst() {
        return List.of(cb.desc(event.get("occurredAt")), cb.desc(event.get("id")));
    }
}
