package cn.salescrm.domain.customer;

import cn.salescrm.domain.people.Merchandiser;
import cn.salescrm.domain.people.Salesperson;
import cn.salescrm.domain.product.ProductLine;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Customer (客户) record.
 *
 * <p>A customer has exactly one owner, the salesperson responsible for it. Other salespeople reach it
 * only through a {@link CustomerShare}. The owner changes only by a transfer, and on a transfer the
 * merchandiser follows the new owner, as {@link #transferTo(Salesperson)} does.
 *
 * <p>{@code version} is the optimistic lock. A transfer request stores the version it was made against,
 * so a request whose customer changed in the meantime can be detected instead of being applied to data
 * its approver never saw.
 */
@Entity
@Table(name = "customer")
@Cacheable(false)
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_gen")
    @SequenceGenerator(name = "customer_gen", sequenceName = "customer_seq", allocationSize = 50)
    private Long id;

    @NotBlank
    @Size(max = 20)
    @Column(name = "code", nullable = false, length = 20, unique = true)
    private String code;

    @NotBlank
    @Size(max = 50)
    @Column(name = "short_name", nullable = false, length = 50)
    private String shortName;

    @NotBlank
    @Size(max = 200)
    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", nullable = false)
    private Salesperson owner;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "merchandiser_id")
    private Merchandiser merchandiser;

    @Size(max = 200)
    @Column(name = "distributor", length = 200)
    private String distributor;

    @Column(name = "last_transaction_date")
    private LocalDate lastTransactionDate;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "scale", nullable = false, length = 20)
    private CustomerScale scale;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "customer_type", nullable = false, length = 20)
    private CustomerType type;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "business_status", nullable = false, length = 20)
    private BusinessStatus businessStatus;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private CustomerStatus status;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "territory", nullable = false, length = 20)
    private Territory territory;

    @Size(max = 300)
    @Column(name = "address", length = 300)
    private String address;

    @Size(max = 30)
    @Column(name = "phone", length = 30)
    private String phone;

    @Size(max = 200)
    @Column(name = "website", length = 200)
    private String website;

    @Size(max = 2000)
    @Column(name = "remark", length = 2000)
    private String remark;

    @NotNull
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @NotBlank
    @Size(max = 100)
    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @NotNull
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @NotBlank
    @Size(max = 100)
    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "customer_product_line",
            joinColumns = @JoinColumn(name = "customer_id"),
            inverseJoinColumns = @JoinColumn(name = "product_line_id"))
    private Set<ProductLine> productLines = new HashSet<>();

    @OneToMany(mappedBy = "customer", fetch = FetchType.LAZY)
    @OrderBy("primaryContact DESC, name ASC")
    private List<Contact> contacts = new ArrayList<>();

    protected Customer() {
    }

    /**
     * Creates a customer in status {@link CustomerStatus#PENDING_REVIEW}, owned by {@code owner} and
     * handled by the owner's default merchandiser.
     */
    public Customer(String code, String shortName, String name, Salesperson owner, CustomerScale scale,
                    CustomerType type, BusinessStatus businessStatus, Territory territory,
                    String createdBy, Instant createdAt) {
        this.code = code;
        this.shortName = shortName;
        this.name = name;
        this.owner = Objects.requireNonNull(owner, "owner");
        this.merchandiser = owner.getMerchandiser();
        this.scale = scale;
        this.type = type;
        this.businessStatus = businessStatus;
        this.status = CustomerStatus.PENDING_REVIEW;
        this.territory = territory;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedBy = createdBy;
        this.updatedAt = createdAt;
    }

    /**
     * Makes {@code newOwner} the only owner and sets the merchandiser to the new owner's default
     * merchandiser, which may be none. Shares are separate rows and stay as they are.
     */
    public void transferTo(Salesperson newOwner) {
        this.owner = Objects.requireNonNull(newOwner, "newOwner");
        this.merchandiser = newOwner.getMerchandiser();
    }

    /** Records who changed the customer last and when. */
    public void markUpdated(String login, Instant at) {
        this.updatedBy = login;
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Salesperson getOwner() {
        return owner;
    }

    public Merchandiser getMerchandiser() {
        return merchandiser;
    }

    public void setMerchandiser(Merchandiser merchandiser) {
        this.merchandiser = merchandiser;
    }

    public String getDistributor() {
        return distributor;
    }

    public void setDistributor(String distributor) {
        this.distributor = distributor;
    }

    public LocalDate getLastTransactionDate() {
        return lastTransactionDate;
    }

    public void setLastTransactionDate(LocalDate lastTransactionDate) {
        this.lastTransactionDate = lastTransactionDate;
    }

    public CustomerScale getScale() {
        return scale;
    }

    public void setScale(CustomerScale scale) {
        this.scale = scale;
    }

    public CustomerType getType() {
        return type;
    }

    public void setType(CustomerType type) {
        this.type = type;
    }

    public BusinessStatus getBusinessStatus() {
        return businessStatus;
    }

    public void setBusinessStatus(BusinessStatus businessStatus) {
        this.businessStatus = businessStatus;
    }

    public CustomerStatus getStatus() {
        return status;
    }

    public void setStatus(CustomerStatus status) {
        this.status = status;
    }

    public Territory getTerritory() {
        return territory;
    }

    public void setTerritory(Territory territory) {
        this.territory = territory;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getRemark() {
        return remark;
    }

    public void setRemark(String remark) {
        this.remark = remark;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }

    /** Returns a read-only view of the product lines, which {@link #replaceProductLines} changes. */
    public Set<ProductLine> getProductLines() {
        return Collections.unmodifiableSet(productLines);
    }

    /** Replaces the product lines, keeping the mapped collection so that only the difference is written. */
    public void replaceProductLines(Collection<ProductLine> lines) {
        productLines.retainAll(lines);
        productLines.addAll(lines);
    }

    /** Adds a contact of this customer; the caller persists it. */
    public Contact addContact(String contactName) {
        Contact contact = new Contact(this, contactName);
        contacts.add(contact);
        return contact;
    }

    /** Removes a contact of this customer; the caller removes the row. */
    public void removeContact(Contact contact) {
        contacts.remove(contact);
    }

    /** Returns a read-only view of the contacts, primary contact first, then by name. */
    public List<Contact> getContacts() {
        return Collections.unmodifiableList(contacts);
    }
}
