package cn.salescrm.service.project;

import java.util.List;

/**
 * Projects of a customer and their progress reports.
 */
public interface ProjectService {

    /**
     * Returns the customer's projects, newest first, each with its reports.
     *
     * @throws cn.salescrm.service.security.AccessDeniedException if the caller may not see the customer
     */
    List<ProjectView> list(String customerCode);

    /**
     * Submits a project (提交项目) in status 进行中, written by the caller.
     *
     * @throws cn.salescrm.service.security.AccessDeniedException if the caller may not work projects
     * @throws cn.salescrm.service.error.ValidationFailedException if a field is missing or invalid
     */
    ProjectView submit(String customerCode, NewProject input);

    /**
     * Adds a progress report (汇报项目) to one of the customer's projects.
     *
     * @throws cn.salescrm.service.security.AccessDeniedException if the caller may not work projects, or
     *         the project is not this customer's
     * @throws cn.salescrm.service.error.ValidationFailedException if a field is missing or invalid
     */
    ProjectView report(String customerCode, long projectId, NewProjectReport input);
}
