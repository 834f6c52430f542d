package cn.salescrm.bench.grid;

/**
 * The directory entries of a login, as the service's caller resolution finds them: a manager may see
 * every customer, a salesperson and a merchandiser only their own.
 *
 * @param salespersonId the salesperson entry of the login, or null
 * @param merchandiserId the merchandiser entry of the login, or null
 */
record GridCaller(String login, boolean manager, Long salespersonId, Long merchandiserId) {
}
