package cn.salescrm.domain.record;

/**
 * Design-in stage of a customer project (项目阶段).
 * Stored by constant name; the label shown to users is the resource bundle key
 * {@code enum.ProjectStage.<CONSTANT>}.
 */
public enum ProjectStage {
    PROPOSED,
    SAMPLING,
    TESTING,
    PILOT_RUN,
    MASS_PRODUCTION
}
