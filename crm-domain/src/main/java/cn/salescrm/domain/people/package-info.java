/**
 * The sales organisation: sales regions, salespeople who own customers, and the merchandisers who
 * handle orders for them. Each salesperson or merchandiser links to a login account by login name.
 */
package cn.salescrm.domain.people;
