package cn.salescrm.service.project;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Input of 汇报项目: the day and the progress text.
 */
public record NewProjectReport(LocalDate date, String progress) implements Serializable {
}
