package cn.salescrm.web.layout;

import cn.salescrm.domain.security.Roles;
import cn.salescrm.service.directory.DirectoryService;
import cn.salescrm.service.security.Caller;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

/**
 * The current user as the top bar and menu show them: 当前用户:【name】 and what the menu offers.
 */
@Named
@RequestScoped
public class UserBar {

    @EJB
    private DirectoryService directory;

    @Inject
    private SecurityContext securityContext;

    private Caller caller;

    /** Returns the logged-in user, read once per request. */
    public Caller getCaller() {
        if (caller == null) {
            caller = directory.currentUser();
        }
        return caller;
    }

    /** Returns whether the user may create customers (新增客户): salespeople and managers. */
    public boolean isMayCreateCustomers() {
        return securityContext.isCallerInRole(Roles.SALES) || securityContext.isCallerInRole(Roles.MANAGER);
    }

    /** Returns whether the user is a sales manager: approvals, bulk transfer and the audit trail. */
    public boolean isManager() {
        return securityContext.isCallerInRole(Roles.MANAGER);
    }

    /** Returns whether the user is an administrator: application settings. */
    public boolean isAdmin() {
        return securityContext.isCallerInRole(Roles.ADMIN);
    }

    /** Returns whether the user may open the customer grid. */
    public boolean isCustomerUser() {
        return securityContext.isCallerInRole(Roles.SALES) || securityContext.isCallerInRole(Roles.MERCHANDISER)
                || securityContext.isCallerInRole(Roles.MANAGER);
    }
}
