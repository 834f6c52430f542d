package cn.salescrm.service.project;

import cn.salescrm.domain.access.CustomerAction;
import cn.salescrm.domain.customer.Customer;
import cn.salescrm.domain.product.ProductLine;
import cn.salescrm.domain.record.Project;
import cn.salescrm.domain.record.ProjectReport;
import cn.salescrm.domain.security.Roles;
import cn.salescrm.service.access.CustomerAccess;
import cn.salescrm.service.error.ValidationFailedException;
import cn.salescrm.service.security.AccessDeniedException;
import cn.salescrm.service.security.Caller;
import cn.salescrm.service.security.CallerResolver;
import cn.salescrm.service.support.BusinessDays;
import cn.salescrm.service.support.Texts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Project reads and writes, each checked against the rights matrix.
 */
@Stateless
@RolesAllowed({Roles.SALES, Roles.MERCHANDISER, Roles.MANAGER})
public class ProjectServiceBean implements ProjectService {


    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @EJB
    private CallerResolver callerResolver;

    @EJB
    private CustomerAccess access;

    @Override
    public List<ProjectView> list(String customerCode) {
        Customer customer = access.require(callerResolver.current(), customerCode, CustomerAction.VIEW,
                Instant.now());
        return em.createQuery("""
                        SELECT p FROM Project p JOIN FETCH p.productLine
                        WHERE p.customer = :customer ORDER BY p.createdAt DESC, p.id DESC""", Project.class)
                .setParameter("customer", customer)
                .getResultList()
                .stream()
                .map(ProjectServiceBean::toView)
                .toList();
    }

    @Override
    public ProjectView submit(String customerCode, NewProject input) {
        Caller caller = callerResolver.current();
        Instant now = Instant.now();
        Customer customer = access.require(caller, customerCode, CustomerAction.WORK_PROJECTS, now);
        if (input == null) {
            throw new ValidationFailedException(null, "validation.required");
        }
        String name = Texts.required("name", input.name(), 200);
        ProductLine line = productLine(input.productLineId());
        long volume = volume(input.expectedAnnualVolume());

        Project project = new Project(customer, name, line, Texts.present("stage", input.stage()), volume,
                caller.login(), caller.displayName(), now);
        project.setDescription(Texts.optional("description", input.description(), 2000));
        em.persist(project);
        em.flush();
        return toView(project);
    }

    @Override
    public ProjectView report(String customerCode, long projectId, NewProjectReport input) {
        Caller caller = callerResolver.current();
        Instant now = Instant.now();
        Customer customer = access.require(caller, customerCode, CustomerAction.WORK_PROJECTS, now);
        Project project = em.find(Project.class, projectId);
        if (project == null || !project.getCustomer().getId().equals(customer.getId())) {
            throw new AccessDeniedException("Project " + projectId + " is not a project of customer " + customerCode);
        }
        if (input == null) {
            throw new ValidationFailedException(null, "validation.required");
        }
        LocalDate date = BusinessDays.notInFuture("reportDate", input.date(), now);

        em.persist(project.addReport(date, Texts.required("progress", input.progress(), 4000), caller.login(),
                caller.displayName(), now));
        project.setUpdatedAt(now);
        em.flush();
        return toView(project);
    }

    private ProductLine productLine(Long id) {
        ProductLine line = id == null ? null : em.find(ProductLine.class, id);
        if (line == null) {
            throw new ValidationFailedException("productLine", "validation.required");
        }
        return line;
    }

    private static long volume(Long value) {
        if (Texts.present("expectedAnnualVolume", value) < 1) {
            throw new ValidationFailedException("expectedAnnualVolume", "validation.positive");
        }
        return value;
    }

    private static ProjectView toView(Project project) {
        List<ProjectView.Report> reports = project.getReports().stream()
                .map(r -> new ProjectView.Report(r.getId(), r.getReportDate(), r.getAuthorName(), r.getProgress()))
                .toList();
        return new ProjectView(project.getId(), project.getName(), project.getProductLine().getName(),
                project.getStage(), project.getExpectedAnnualVolume(), project.getStatus(), project.getDescription(),
                project.getSubmittedByName(), project.getCreatedAt(), reports);
    }
}
