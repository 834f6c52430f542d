package cn.salescrm.domain.security;

/**
 * Application roles. Administrators grant them to login accounts in the WildFly Elytron realm;
 * {@code @RolesAllowed} and {@code @DeclareRoles} name them through these constants only.
 */
public final class Roles {

    /** A salesperson (销售员): owns customers and may be a sharer of others. */
    public static final String SALES = "sales";

    /** A merchandiser (跟单员): handles orders and shipping for the customers assigned to them. */
    public static final String MERCHANDISER = "merchandiser";

    /** A sales manager: may see every customer, approve requests and transfer in bulk. */
    public static final String MANAGER = "manager";

    /** A system administrator: application settings such as the approval policy. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
