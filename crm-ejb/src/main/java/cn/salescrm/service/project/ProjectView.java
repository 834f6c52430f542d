package cn.salescrm.service.project;

import cn.salescrm.domain.record.ProjectStage;
import cn.salescrm.domain.record.ProjectStatus;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A customer project (客户项目记录) with its progress reports (汇报), newest report first.
 */
public record ProjectView(long id, String name, String productLineName, ProjectStage stage,
                          long expectedAnnualVolume, ProjectStatus status, String description,
                          String submittedByName, Instant createdAt, List<Report> reports) implements Serializable {

    /** One progress report of a project. */
    public record Report(long id, LocalDate date, String authorName, String progress) implements Serializable {
    }
}
