package cn.salescrm.domain.record;

/**
 * Channel of a follow-up (跟进方式). SYSTEM marks entries the application writes itself.
 * Stored by constant name; the label shown to users is the resource bundle key
 * {@code enum.FollowUpMethod.<CONSTANT>}.
 */
public enum FollowUpMethod {
    PHONE,
    VISIT,
    EMAIL,
    WECHAT,
    OTHER,
    SYSTEM
}
