package cn.salescrm.domain.record;

/**
 * Outcome status of a customer project (项目状态).
 * Stored by constant name; the label shown to users is the resource bundle key
 * {@code enum.ProjectStatus.<CONSTANT>}.
 */
public enum ProjectStatus {
    ACTIVE,
    WON,
    LOST,
    SUSPENDED
}
