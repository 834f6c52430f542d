package cn.salescrm.domain.record;

import cn.salescrm.domain.customer.Customer;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Design-in project (项目) at a customer for one product line, with its progress reports.
 */
@Entity
@Table(name = "project")
@Cacheable(false)
public class Project {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_gen")
    @SequenceGenerator(name = "project_gen", sequenceName = "project_seq", allocationSize = 50)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @NotBlank
    @Size(max = 200)
    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_line_id", nullable = false)
    private ProductLine productLine;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 20)
    private ProjectStage stage;

    @Column(name = "expected_annual_volume", nullable = false)
    private long expectedAnnualVolume;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ProjectStatus status;

    @Size(max = 2000)
    @Column(name = "description", length = 2000)
    private String description;

    @NotBlank
    @Size(max = 100)
    @Column(name = "submitted_by_login", nullable = false, length = 100, updatable = false)
    private String submittedByLogin;

    @NotBlank
    @Size(max = 50)
    @Column(name = "submitted_by_name", nullable = false, length = 50, updatable = false)
    private String submittedByName;

    @NotNull
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @NotNull
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "project", fetch = FetchType.LAZY)
    @OrderBy("reportDate DESC")
    private List<ProjectReport> reports = new ArrayList<>();

    protected Project() {
    }

    /** Creates a project in status {@link ProjectStatus#ACTIVE}. */
    public Project(Customer customer, String name, ProductLine productLine, ProjectStage stage,
                   long expectedAnnualVolume, String submittedByLogin, String submittedByName, Instant createdAt) {
        this.customer = customer;
        this.name = name;
        this.productLine = productLine;
        this.stage = stage;
        this.expectedAnnualVolume = expectedAnnualVolume;
        this.status = ProjectStatus.ACTIVE;
        this.submittedByLogin = submittedByLogin;
        this.submittedByName = submittedByName;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public ProductLine getProductLine() {
        return productLine;
    }

    public void setProductLine(ProductLine productLine) {
        this.productLine = productLine;
    }

    public ProjectStage getStage() {
        return stage;
    }

    public void setStage(ProjectStage stage) {
        this.stage = stage;
    }

    public long getExpectedAnnualVolume() {
        return expectedAnnualVolume;
    }

    public void setExpectedAnnualVolume(long expectedAnnualVolume) {
        this.expectedAnnualVolume = expectedAnnualVolume;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public void setStatus(ProjectStatus status) {
        this.status = status;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getSubmittedByLogin() {
        return submittedByLogin;
    }

    public String getSubmittedByName() {
        return submittedByName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    /**
     * Adds a progress report to this project, first in the list; the caller persists it. Reports
     * are ordered newest first when read from the database.
     */
    public ProjectReport addReport(LocalDate reportDate, String progress, String authorLogin, String authorName,
                                   Instant createdAt) {
        ProjectReport report = new ProjectReport(this, reportDate, progress, authorLogin, authorName, createdAt);
        reports.add(0, report);
        return report;
    }

    /** Returns a read-only view of the progress reports, newest report date first. */
    public List<ProjectReport> getReports() {
        return Collections.unmodifiableList(reports);
    }
}
