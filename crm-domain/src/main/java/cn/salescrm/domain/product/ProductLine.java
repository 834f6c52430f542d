package cn.salescrm.domain.product;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;

/**
 * Product line (产品线) that customers, projects and orders are classified by. Reference data, so it is
 * kept in the shared cache.
 */
@Entity
@Table(name = "product_line")
@Cacheable(true)
// The unit sets eclipselink.cache.shared.default=false, which EclipseLink 4.0 also applies to @Cacheable(true)
// entities without an explicit isolation, so SHARED is stated here.
@Cache(isolation = CacheIsolationType.SHARED)
public class ProductLine {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "product_line_gen")
    @SequenceGenerator(name = "product_line_gen", sequenceName = "product_line_seq", allocationSize = 50)
    private Long id;

    @NotBlank
    @Size(max = 20)
    @Column(name = "code", nullable = false, length = 20, unique = true)
    private String code;

    @NotBlank
    @Size(max = 50)
    @Column(name = "name", nullable = false, length = 50)
    private String name;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected ProductLine() {
    }

    public ProductLine(String code, String name, int sortOrder) {
        this.code = code;
        this.name = name;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(int sortOrder) {
        this.sortOrder = sortOrder;
    }
}
