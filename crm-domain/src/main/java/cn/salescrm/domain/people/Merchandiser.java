package cn.salescrm.domain.people;

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

/**
 * Merchandiser (跟单员) who handles orders and shipping for customers. The login name, when set, links
 * the merchandiser to a login account. A merchandiser who leaves is deactivated rather than deleted,
 * because customers and salespeople refer to the row.
 */
@Entity
@Table(name = "merchandiser")
@Cacheable(false)
public class Merchandiser {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "merchandiser_gen")
    @SequenceGenerator(name = "merchandiser_gen", sequenceName = "merchandiser_seq", allocationSize = 50)
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

    @Size(max = 30)
    @Column(name = "phone", length = 30)
    private String phone;

    @Column(name = "active", nullable = false)
    private boolean active;

    protected Merchandiser() {
    }

    /** Creates an active merchandiser without a login account. */
    public Merchandiser(String code, String name) {
        this.code = code;
        this.name = name;
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

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
