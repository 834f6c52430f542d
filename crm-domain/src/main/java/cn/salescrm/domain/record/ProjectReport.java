package cn.salescrm.domain.record;

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

import java.time.Instant;
import java.time.LocalDate;

/**
 * Progress report (项目进展) on a project, dated by the day it describes.
 */
@Entity
@Table(name = "project_report")
@Cacheable(false)
public class ProjectReport {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_report_gen")
    @SequenceGenerator(name = "project_report_gen", sequenceName = "project_report_seq", allocationSize = 50)
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false, updatable = false)
    private Project project;

    @NotNull
    @Column(name = "report_date", nullable = false)
    private LocalDate reportDate;

    @NotBlank
    @Size(max = 4000)
    @Column(name = "progress", nullable = false, length = 4000)
    private String progress;

    @NotBlank
    @Size(max = 100)
    @Column(name = "author_login", nullable = false, length = 100, updatable = false)
    private String authorLogin;

    @NotBlank
    @Size(max = 50)
    @Column(name = "author_name", nullable = false, length = 50, updatable = false)
    private String authorName;

    @NotNull
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ProjectReport() {
    }

    public ProjectReport(Project project, LocalDate reportDate, String progress, String authorLogin,
                         String authorName, Instant createdAt) {
        this.project = project;
        this.reportDate = reportDate;
        this.progress = progress;
        this.authorLogin = authorLogin;
        this.authorName = authorName;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public LocalDate getReportDate() {
        return reportDate;
    }

    public void setReportDate(LocalDate reportDate) {
        this.reportDate = reportDate;
    }

    public String getProgress() {
        return progress;
    }

    public void setProgress(String progress) {
        this.progress = progress;
    }

    public String getAuthorLogin() {
        return authorLogin;
    }

    public String getAuthorName() {
        return authorName;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
