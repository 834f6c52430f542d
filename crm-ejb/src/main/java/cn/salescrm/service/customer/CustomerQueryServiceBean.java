package cn.salescrm.service.customer;

import cn.salescrm.domain.customer.BusinessStatus;
import cn.salescrm.domain.customer.Customer;
import cn.salescrm.domain.customer.CustomerScale;
import cn.salescrm.domain.customer.CustomerStatus;
import cn.salescrm.domain.customer.CustomerType;
import cn.salescrm.domain.product.ProductLine;
import cn.salescrm.domain.security.Roles;
import cn.salescrm.service.access.CustomerAccess;
import cn.salescrm.service.access.CustomerScope;
import cn.salescrm.service.security.Caller;
import cn.salescrm.service.security.CallerResolver;
import cn.salescrm.service.startup.DatabaseMigrator;
import cn.salescrm.service.support.LikePatterns;
import cn.salescrm.service.support.Paging;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Criteria-query implementation of the customer grid. Visibility is an EXISTS predicate, never a
 * join on shares, so a customer with several sharers still yields one row.
 */
@Stateless
@RolesAllowed({Roles.SALES, Roles.MERCHANDISER, Roles.MANAGER})
public class CustomerQueryServiceBean implements CustomerQueryService {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @EJB
    private CallerResolver callerResolver;

    @EJB
    private CustomerAccess access;

    @EJB
    private DatabaseMigrator database;

    @Override
    public CustomerPage search(CustomerFilter filter, CustomerSort sort, int first, int pageSize) {
        int size = Paging.checkedPageSize(first, pageSize);
        Caller caller = callerResolver.current();
        Instant now = Instant.now();
        CustomerFilter effectiveFilter = filter == null ? CustomerFilter.none() : filter;
        CustomerSort effectiveSort = sort == null ? CustomerSort.defaultOrder() : sort;

        Scopes scopes = scopes(caller, effectiveFilter.salespersonId(), now);
        long matches = countUpToLimit(scopes, effectiveFilter);
        boolean capped = matches > COUNT_LIMIT;
        long total = Math.min(matches, COUNT_LIMIT);
        if (total == 0 || first >= total) {
            return new CustomerPage(List.of(), total, capped);
        }
        List<Tuple> tuples = fetchPage(scopes, effectiveFilter, effectiveSort, first, size);
        return new CustomerPage(toRows(tuples, caller, now), total, capped);
    }

    /**
     * Returns the scopes of one search. A salesperson's own customers, the grid's default filter, lie
     * within what they may see, so that filter alone is the scope and the shares are read once.
     */
    private Scopes scopes(Caller caller, Long salespersonFilter, Instant now) {
        if (salespersonFilter == null) {
            return new Scopes(access.scopeOf(caller, now), null);
        }
        CustomerScope filtered = access.ownedOrSharedBy(salespersonFilter, now);
        if (salespersonFilter.equals(caller.salespersonId())) {
            return new Scopes(filtered, null);
        }
        return new Scopes(access.scopeOf(caller, now), filtered);
    }

    /**
     * Counts the matching customers, stopping after {@code COUNT_LIMIT + 1}: reading at most that many
     * ids costs the same on a million rows as on a thousand, where COUNT(*) reads every match.
     */
    private long countUpToLimit(Scopes scopes, CustomerFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Customer> customer = query.from(Customer.class);
        query.select(customer.get("id")).where(restrictions(scopes, filter, cb, query, customer));
        return em.createQuery(query).setMaxResults(COUNT_LIMIT + 1).getResultList().size();
    }

    private List<Tuple> fetchPage(Scopes scopes, CustomerFilter filter, CustomerSort sort, int first,
                                  int pageSize) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Tuple> query = cb.createTupleQuery();
        Root<Customer> customer = query.from(Customer.class);
        Join<Object, Object> owner = customer.join("owner");
        Join<Object, Object> merchandiser = customer.join("merchandiser", JoinType.LEFT);

        query.multiselect(customer.get("id"), customer.get("code"), customer.get("name"), owner.get("name"),
                        merchandiser.get("name"), customer.get("lastTransactionDate"), customer.get("scale"),
                        customer.get("type"), customer.get("businessStatus"), customer.get("updatedAt"),
                        customer.get("status"))
                .where(restrictions(scopes, filter, cb, query, customer))
                .orderBy(order(sort, cb, customer));
        return em.createQuery(query).setFirstResult(first).setMaxResults(pageSize).getResultList();
    }

    private Predicate[] restrictions(Scopes scopes, CustomerFilter filter, CriteriaBuilder cb, CriteriaQuery<?> query,
                                     Root<Customer> customer) {
        List<Predicate> predicates = new ArrayList<>();
        Predicate visible = scopes.visible().toPredicate(cb, query, customer);
        if (visible != null) {
            predicates.add(visible);
        }
        if (scopes.salespersonFilter() != null) {
            predicates.add(scopes.salespersonFilter().toPredicate(cb, query, customer));
        }
        if (filter.productLineId() != null) {
            Join<Customer, ProductLine> line = customer.join("productLines");
            predicates.add(cb.equal(line.get("id"), filter.productLineId()));
        }
        addEqual(predicates, cb, customer.get("businessStatus"), filter.businessStatus());
        addEqual(predicates, cb, customer.get("scale"), filter.scale());
        addEqual(predicates, cb, customer.get("type"), filter.type());
        addEqual(predicates, cb, customer.get("territory"), filter.territory());
        addEqual(predicates, cb, customer.get("status"), filter.status());
        if (isPresent(filter.address())) {
            predicates.add(cb.like(customer.get("address"), LikePatterns.contains(filter.address()),
                    LikePatterns.ESCAPE));
        }
        if (isPresent(filter.keyword())) {
            predicates.add(database.hasCustomerSearchTable()
                    ? KeywordPredicate.onSearchTable(filter.keyword(), cb, query, customer)
                    : KeywordPredicate.onCustomerColumns(filter.keyword(), cb, customer));
        }
        return predicates.toArray(Predicate[]::new);
    }

    private static void addEqual(List<Predicate> predicates, CriteriaBuilder cb, Path<Object> path, Object value) {
        if (value != null) {
            predicates.add(cb.equal(path, value));
        }
    }

    private static boolean isPresent(String text) {
        return text != null && !text.isBlank();
    }

    private static List<Order> order(CustomerSort sort, CriteriaBuilder cb, Root<Customer> customer) {
        Expression<?> key = customer.get(sort.field().attribute());
        Expression<?> id = customer.get("id");
        return sort.ascending()
                ? List.of(cb.asc(key), cb.asc(id))
                : List.of(cb.desc(key), cb.desc(id));
    }

    private List<CustomerRow> toRows(List<Tuple> tuples, Caller caller, Instant now) {
        List<Long> ids = tuples.stream().map(t -> (Long) t.get(0)).toList();
        Map<Long, List<String>> lines = productLineNames(ids);
        Map<Long, Set<Long>> sharers = activeSharers(ids, now);

        List<CustomerRow> rows = new ArrayList<>(tuples.size());
        for (Tuple t : tuples) {
            Long id = (Long) t.get(0);
            Set<Long> sharerIds = sharers.getOrDefault(id, Set.of());
            boolean sharedWithCaller = caller.isSalesperson() && sharerIds.contains(caller.salespersonId());
            rows.add(new CustomerRow(id, t.get(1, String.class), t.get(2, String.class),
                    lines.getOrDefault(id, List.of()), t.get(3, String.class), t.get(4, String.class),
                    t.get(5, LocalDate.class), t.get(6, CustomerScale.class), t.get(7, CustomerType.class),
                    t.get(8, BusinessStatus.class), t.get(9, Instant.class), t.get(10, CustomerStatus.class),
                    sharedWithCaller, !sharerIds.isEmpty()));
        }
        return rows;
    }

    private Map<Long, List<String>> productLineNames(List<Long> customerIds) {
        List<Object[]> pairs = em.createQuery("""
                        SELECT c.id, l.name FROM Customer c JOIN c.productLines l
                        WHERE c.id IN :ids ORDER BY l.sortOrder""", Object[].class)
                .setParameter("ids", customerIds)
                .getResultList();
        Map<Long, List<String>> names = new HashMap<>();
        for (Object[] pair : pairs) {
            names.computeIfAbsent((Long) pair[0], id -> new ArrayList<>()).add((String) pair[1]);
        }
        return names;
    }

    private Map<Long, Set<Long>> activeSharers(List<Long> customerIds, Instant now) {
        List<Object[]> pairs = em.createQuery("""
                        SELECT s.customer.id, s.salesperson.id FROM CustomerShare s
                        WHERE s.customer.id IN :ids AND (s.expiresAt IS NULL OR s.expiresAt > :now)""", Object[].class)
                .setParameter("ids", customerIds)
                .setParameter("now", now)
                .getResultList();
        Map<Long, Set<Long>> sharers = new HashMap<>();
        for (Object[] pair : pairs) {
            sharers.computeIfAbsent((Long) pair[0], id -> new HashSet<>()).add((Long) pair[1]);
        }
        return sharers;
    }

    /** Scopes of one search: the caller's, and that of the salesperson the filter names (or null). */
    private record Scopes(CustomerScope visible, CustomerScope salespersonFilter) {
    }
}
