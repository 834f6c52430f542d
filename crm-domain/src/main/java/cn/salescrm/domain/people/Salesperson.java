package cn.salescrm.domain.people;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Salesperson (销售员) who owns customers and may be a sharer of other customers. The login name, when
 * set, links the salesperson to a login account. The merchandiser is the salesperson's default one, which
 * a customer takes when it is transferred to this salesperson. A salesperson who leaves is deactivated
 * rather than deleted, because customers, shares and records refer to the row.
 */
@Entity
@Table(name = "salesperson")
@Cacheable(false)
public class Salesperson {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "salesperson_gen")
    @SequenceGenerator(name = "salesperson_gen", sequenceName = "salesperson_seq", allocationSize = 50)
    private Long id;

    @NotBlank
    @Size(max = 20)
    @Column(name = "code", nullable = false, length = 20, unique = true)
    private String code;

    @NotBlank
    @Size(max = 50)
    @Column(name = "name", nullable = false, length = 50)
    private String name;

    @Size(max = 100)
    @Column(name = "login_name", length = 100, unique = true)
    private String loginName;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id", nullable = false)
    private SalesRegion region;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merchandiser_id")
    private Merchandiser merchandiser;

    @Size(max = 30)
    @Column(name = "phone", length = 30)
    private String phone;

    @Size(max = 100)
    @Column(name = "email", length = 100)
    private String email;

    @Column(name = "active", nullable = false)
    private boolean active;

    protected Salesperson() {
    }

    /** Creates an active salesperson without a login account or default merchandiser. */
    public Salesperson(String code, String name, SalesRegion region) {
        this.code = code;
        this.name = name;
        this.region = region;
        this.active = true;
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

    public String getLoginName() {
        return loginName;
    }

    public void setLoginName(String loginName) {
        this.loginName = loginName;
    }

    public SalesRegion getRegion() {
        return region;
    }

    public void setRegion(SalesRegion region) {
        this.region = region;
    }

    public Merchandiser getMerchandiser() {
        return merchandiser;
    }

    public void setMerchandiser(Merchandiser merchandiser) {
        this.merchandiser = merchandiser;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
