package cn.salescrm.web.customer.tab;

import cn.salescrm.domain.product.ProductLine;
import cn.salescrm.domain.record.ProjectStage;
import cn.salescrm.service.directory.DirectoryService;
import cn.salescrm.service.error.ValidationFailedException;
import cn.salescrm.service.project.NewProject;
import cn.salescrm.service.project.NewProjectReport;
import cn.salescrm.service.project.ProjectService;
import cn.salescrm.service.project.ProjectView;
import cn.salescrm.service.support.BusinessDays;
import cn.salescrm.web.customer.CustomerDetailView;
import cn.salescrm.web.support.Messages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Tab 客户项目记录: the projects with their reports, 提交项目 and 汇报项目.
 */
@Named
@ViewScoped
public class ProjectTabView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SUBVIEW = "projects";

    @EJB
    private ProjectService service;

    @EJB
    private DirectoryService directory;

    @Inject
    private CustomerDetailView detail;

    @Inject
    private Messages messages;

    private List<ProjectView> projects;
    private List<ProductLine> productLines;

    private String name;
    private Long productLineId;
    private ProjectStage stage = ProjectStage.PROPOSED;
    private Long expectedAnnualVolume;
    private String description;

    private Long reportProjectId;
    private LocalDate reportDate = today();
    private String progress;

    /** Returns the projects, read when the tab is first shown. */
    public List<ProjectView> getProjects() {
        if (projects == null) {
            projects = service.list(detail.getCode());
        }
        return projects;
    }

    public List<ProductLine> getProductLines() {
        if (productLines == null) {
            productLines = directory.productLines();
        }
        return productLines;
    }

    /** Submits the project in the form (提交项目). */
    public void submit() {
        try {
            service.submit(detail.getCode(), new NewProject(name, productLineId, stage, expectedAnnualVolume,
                    description));
            messages.addInfo("project.submitted", name);
            name = null;
            description = null;
            expectedAnnualVolume = null;
            projects = null;
        } catch (ValidationFailedException e) {
            messages.addError(TabForms.clientId(SUBVIEW, e.field()), e.messageKey(), e.arguments());
        }
    }

    /** Adds the report in the form to the chosen project (汇报项目). */
    public void report() {
        if (reportProjectId == null) {
            messages.addError(TabForms.clientId(SUBVIEW, "reportProject"), "validation.required");
            return;
        }
        try {
            service.report(detail.getCode(), reportProjectId, new NewProjectReport(reportDate, progress));
            messages.addInfo("project.reported");
            progress = null;
            reportDate = today();
            projects = null;
        } catch (ValidationFailedException e) {
            messages.addError(TabForms.clientId(SUBVIEW, e.field()), e.messageKey(), e.arguments());
        }
    }

    public ProjectStage[] getStages() {
        return ProjectStage.values();
    }

    private static LocalDate today() {
        return BusinessDays.dayOf(Instant.now());
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getProductLineId() {
        return productLineId;
    }

    public void setProductLineId(Long productLineId) {
        this.productLineId = productLineId;
    }

    public ProjectStage getStage() {
        return stage;
    }

    public void setStage(ProjectStage stage) {
        this.stage = stage;
    }

    public Long getExpectedAnnualVolume() {
        return expectedAnnualVolume;
    }

    public void setExpectedAnnualVolume(Long expectedAnnualVolume) {
        this.expectedAnnualVolume = expectedAnnualVolume;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getReportProjectId() {
        return reportProjectId;
    }

    public void setReportProjectId(Long reportProjectId) {
        this.reportProjectId = reportProjectId;
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
}
