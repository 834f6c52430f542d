package cn.salescrm.domain.customer;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * The texts the grid's fuzzy search reads for one customer, kept by a database trigger on PostgreSQL
 * only: {@code searchText} contains the lower-cased code, name and distributor, one per line, and
 * {@code pairs} every pair of neighbouring characters of them as a word between spaces. Each has a
 * trigram index, so that a search of any length uses an index. The application only reads this
 * table; on H2 it does not exist and the search reads the customer columns.
 */
@Entity
@Table(name = "customer_search")
@Cacheable(false)
@ReadOnly
public class CustomerSearchText {

    @Id
    @Column(name = "customer_id")
    private Long customerId;

    @Column(name = "search_text")
    private String searchText;

    @Column(name = "pairs")
    private String pairs;

    protected CustomerSearchText() {
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getSearchText() {
        return searchText;
    }

    public String getPairs() {
        return pairs;
    }
}
