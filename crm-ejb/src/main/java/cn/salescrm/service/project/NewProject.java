package cn.salescrm.service.project;

import cn.salescrm.domain.record.ProjectStage;

import java.io.Serializable;

/**
 * Input of 提交项目.
 *
 * @param expectedAnnualVolume expected pieces per year, at least 1
 */
public record NewProject(String name, Long productLineId, ProjectStage stage, Long expectedAnnualVolume,
                         String description) implements Serializable {
}
