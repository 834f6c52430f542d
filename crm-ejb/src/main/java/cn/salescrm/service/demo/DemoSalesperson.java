package cn.salescrm.service.demo;

/**
 * A salesperson as written to the database, kept in memory because customers take their owner,
 * merchandiser and record authors from it.
 *
 * @param id               the salesperson id
 * @param loginName        the login name, written as author of the owner's records
 * @param name             the display name, written as author name
 * @param regionCode       the code of the salesperson's sales region
 * @param merchandiserId   the id of the salesperson's default merchandiser
 * @param merchandiserName the name of that merchandiser, who handles complaints
 * @param active           whether the salesperson still works for the company
 */
record DemoSalesperson(long id, String loginName, String name, String regionCode,
        long merchandiserId, String merchandiserName, boolean active) {

    /** Returns the login name to write into created_by and author columns. */
    String author() {
        return loginName != null ? loginName : "system";
    }
}
