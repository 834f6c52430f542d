package cn.salescrm.service.bulk;

import cn.salescrm.domain.customer.Customer;
import cn.salescrm.domain.product.ProductLine;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import java.util.ArrayList;
import java.util.List;

/**
 * Criteria queries for the customers a {@link BulkSelection} matches: those whose current owner is
 * the source salesperson, narrowed by the filters. Shares with the source do not count.
 */
final class BulkSelectionQuery {

    private final EntityManager em;

    BulkSelectionQuery(EntityManager em) {
        this.em = em;
    }

    /** Counts the matching customers. */
    long count(BulkSelection selection) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Customer> customer = query.from(Customer.class);
        query.select(cb.count(customer)).where(restrictions(selection, cb, customer));
        return em.createQuery(query).getSingleResult();
    }

    /** Returns the ids of the matching customers in ascending order, the order the job deals them in. */
    List<Long> customerIds(BulkSelection selection) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Customer> customer = query.from(Customer.class);
        query.select(customer.get("id"))
                .where(restrictions(selection, cb, customer))
                .orderBy(cb.asc(customer.get("id")));
        return em.createQuery(query).getResultList();
    }

    private static Predicate[] restrictions(BulkSelection selection, CriteriaBuilder cb, Root<Customer> customer) {
        List<Predicate> predicates = new ArrayList<>();
        predicates.add(cb.equal(customer.get("owner").get("id"), selection.sourceSalespersonId()));
        if (selection.productLineId() != null) {
            Join<Customer, ProductLine> line = customer.join("productLines");
            predicates.add(cb.equal(line.get("id"), selection.productLineId()));
        }
        addEqual(predicates, cb, customer.get("territory"), selection.territory());
        addEqual(predicates, cb, customer.get("status"), selection.status());
        addEqual(predicates, cb, customer.get("businessStatus"), selection.businessStatus());
        return predicates.toArray(Predicate[]::new);
    }

    private static void addEqual(List<Predicate> predicates, CriteriaBuilder cb, Path<Object> path, Object value) {
        if (value != null) {
            predicates.add(cb.equal(path, value));
        }
    }
}
