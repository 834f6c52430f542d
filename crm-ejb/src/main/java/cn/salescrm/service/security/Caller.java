package cn.salescrm.service.security;

/**
 * The logged-in user as the services see them: the login name, the display name, whether they hold
 * the manager role, and their entries in the salesperson and merchandiser directories, if any.
 *
 * @param salespersonId the directory entry linked to this login, or null if there is none
 * @param merchandiserId the merchandiser entry linked to this login, or null if there is none
 */
public record Caller(String login, String displayName, boolean manager, Long salespersonId,
                     Long merchandiserId) {

    /** Returns whether this user has a salesperson directory entry. */
    public boolean isSalesperson() {
        return salespersonId != null;
    }
}
