/**
 * Work done once when the application deploys: the schema migration, then the demo data load.
 */
package cn.salescrm.service.startup;
