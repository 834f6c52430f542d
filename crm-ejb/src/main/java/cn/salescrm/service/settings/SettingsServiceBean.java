package cn.salescrm.service.settings;

import cn.salescrm.domain.security.Roles;
import cn.salescrm.domain.settings.AppSetting;
import cn.salescrm.domain.transfer.AuditEvent;
import cn.salescrm.domain.transfer.AuditEventType;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.logging.Logger;

/**
 * Settings kept in the app_setting table. A change locks the setting row, so two administrators
 * saving at once are recorded one after the other with the right old value.
 *
 * <p>NOTE: while the row does not exist there is nothing to lock. Two first saves at the same moment
 * both insert it, and the second fails on the primary key and rolls back.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class SettingsServiceBean implements SettingsService {

    /**
     * Key of the approval policy in app_setting. Any value but "false" means approval is required,
     * as the transfer service reads it.
     */
    public static final String APPROVAL_SETTING = AppSetting.APPROVAL_REQUIRED;

    private static final Logger LOG = Logger.getLogger(SettingsServiceBean.class.getName());

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Override
    public boolean approvalRequired() {
        return isRequired(em.find(AppSetting.class, APPROVAL_SETTING));
    }

    @Override
    public boolean setApprovalRequired(boolean required) {
        String login = context.getCallerPrincipal().getName();
        Instant now = Instant.now();
        AppSetting setting = em.find(AppSetting.class, APPROVAL_SETTING, LockModeType.PESSIMISTIC_WRITE);
        boolean before = isRequired(setting);
        if (before == required) {
            return false;
        }
        String value = String.valueOf(required);
        if (setting == null) {
            em.persist(new AppSetting(APPROVAL_SETTING, value, login, now));
        } else {
            setting.changeValue(value, login, now);
        }
        em.persist(AuditEvent.builder(AuditEventType.POLICY_CHANGED, login, now)
                .detail(APPROVAL_SETTING + ": " + before + " → " + required)
                .build());
        LOG.info(() -> "Approval policy set to " + required + " by " + login);
        return true;
    }

    private static boolean isRequired(AppSetting setting) {
        return AppSetting.approvalRequired(setting);
    }
}
