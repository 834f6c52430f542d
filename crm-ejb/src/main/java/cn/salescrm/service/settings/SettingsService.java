package cn.salescrm.service.settings;

/**
 * Application settings (系统设置) for administrators.
 */
public interface SettingsService {

    /**
     * Returns whether a salesperson's transfer or share needs a manager's approval. The policy is on
     * when no setting has been saved.
     */
    boolean approvalRequired();

    /**
     * Sets the approval policy, and records the change as an audit event POLICY_CHANGED in the same
     * transaction. Transfer submits read the policy each time, so the next submit follows it.
     *
     * @return whether the policy changed; saving the current value writes nothing
     */
    boolean setApprovalRequired(boolean required);
}
