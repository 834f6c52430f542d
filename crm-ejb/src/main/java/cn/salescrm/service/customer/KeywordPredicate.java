package cn.salescrm.service.customer;

import cn.salescrm.domain.customer.Customer;
import cn.salescrm.domain.customer.CustomerSearchText;
import cn.salescrm.service.support.LikePatterns;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import java.util.Locale;

/**
 * The grid's fuzzy search: the keyword anywhere in the customer's code, name or distributor,
 * ignoring case and taking {@code % _ \} literally.
 *
 * <p>On PostgreSQL the search reads the table {@code customer_search} (see {@link CustomerSearchText}),
 * whose trigram indexes serve every keyword length: three characters or more match the search text;
 * one or two characters match a word of the pairs column, "% 光电 %" or "% 光%", which gives the
 * trigram index whole trigrams where the keyword alone has none. Elsewhere the search matches the
 * three customer columns.
 */
final class KeywordPredicate {

    private KeywordPredicate() {
    }

    /** Returns the predicate over the customer's own columns. */
    static Predicate onCustomerColumns(String keyword, CriteriaBuilder cb, Root<Customer> customer) {
        String pattern = LikePatterns.contains(keyword).toLowerCase(Locale.ROOT);
        return cb.or(
                cb.like(cb.lower(customer.get("code")), pattern, LikePatterns.ESCAPE),
                cb.like(cb.lower(customer.get("name")), pattern, LikePatterns.ESCAPE),
                cb.like(cb.lower(customer.get("distributor")), pattern, LikePatterns.ESCAPE));
    }

    /** Returns the predicate "the customer's id is among the search table's matches". */
    static Predicate onSearchTable(String keyword, CriteriaBuilder cb, CriteriaQuery<?> query,
                                   Root<Customer> customer) {
        String text = keyword.trim().toLowerCase(Locale.ROOT);
        int length = text.codePointCount(0, text.length());
        Subquery<Long> matches = query.subquery(Long.class);
        Root<CustomerSearchText> search = matches.from(CustomerSearchText.class);
        Predicate matching = length >= 3
                ? cb.like(search.get("searchText"), LikePatterns.contains(text), LikePatterns.ESCAPE)
                : cb.like(search.get("pairs"), pairPattern(text, length), LikePatterns.ESCAPE);
        matches.select(search.get("customerId")).where(matching);
        return customer.get("id").in(matches);
    }

    /**
     * Returns the pattern of a one- or two-character keyword in the pairs column: a word that is
     * the keyword (two characters), or a word that begins with it (one character).
     */
    static String pairPattern(String text, int length) {
        String escaped = LikePatterns.escape(text);
        return length == 2 ? "% " + escaped + " %" : "% " + escaped + "%";
    }
}
