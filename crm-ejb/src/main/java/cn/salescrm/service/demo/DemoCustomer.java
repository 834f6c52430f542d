package cn.salescrm.service.demo;

import cn.salescrm.service.demo.DemoNames.Company;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The customer being written, with what its records take from it.
 *
 * @param random          the customer's own random generator, from which all its rows draw
 * @param id              the customer id
 * @param owner           the owning salesperson, author of all the customer's records
 * @param company         the customer's invented company name
 * @param productLines    the product lines the customer buys, one to three
 * @param createdAt       when the customer was created
 * @param firstRecordDate the earliest day a record of the customer may carry
 */
record DemoCustomer(SplittableRandom random, long id, DemoSalesperson owner, Company company,
        List<DemoProductLine> productLines, OffsetDateTime createdAt, LocalDate firstRecordDate) {
}
