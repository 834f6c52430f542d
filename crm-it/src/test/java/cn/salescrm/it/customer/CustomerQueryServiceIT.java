package cn.salescrm.it.customer;

import cn.salescrm.domain.customer.BusinessStatus;
import cn.salescrm.domain.customer.CustomerScale;
import cn.salescrm.domain.customer.CustomerStatus;
import cn.salescrm.domain.customer.CustomerType;
import cn.salescrm.domain.customer.Territory;
import cn.salescrm.it.support.Deployments;
import cn.salescrm.it.support.RunAs;
import cn.salescrm.it.support.TestCodes;
import cn.salescrm.it.support.TestData;
import cn.salescrm.it.support.TestData.CustomerSpec;
import cn.salescrm.it.support.TestUsers;
import cn.salescrm.service.customer.CustomerFilter;
import cn.salescrm.service.customer.CustomerPage;
import cn.salescrm.service.customer.CustomerQueryService;
import cn.salescrm.service.customer.CustomerRow;
import cn.salescrm.service.customer.CustomerSort;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The customer grid's query service on a real WildFly and database: scope, every filter alone and
 * combined, the literal fuzzy search, counting with sharers, paging and sorting.
 *
 * <p>Each test builds a fresh world under a new code prefix: salespeople A (tsales1), B (tsales2),
 * C (tsales3) and D (tsales4), and merchandiser M (tmerch1), who serves A's customers.
 * A owns a1 to a3. B owns b1 (shared with A), b2 (shared with A and C), b3 (shared with A, but
 * expired) and b4. C owns c1. D owns d1 to d7, whose attributes the filter tests pick apart.
 */
@ExtendWith(ArquillianExtension.class)
class CustomerQueryServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(CustomerQueryServiceIT.class);
    }

    @EJB
    private CustomerQueryService query;

    @EJB
    private TestData data;

    private String prefix;
    private long salesA;
    private long salesB;
    private long salesC;
    private long salesD;

    @BeforeEach
    void createWorld() {
        prefix = TestCodes.uniquePrefix();
        long merchandiser = data.merchandiser(prefix + "M", "测试跟单", TestUsers.MERCHANDISER);
        salesA = data.salesperson(prefix + "A", "测试甲", TestUsers.SALES_1, merchandiser);
        salesB = data.salesperson(prefix + "B", "测试乙", TestUsers.SALES_2, null);
        salesC = data.salesperson(prefix + "C", "测试丙", TestUsers.SALES_3, null);
        salesD = data.salesperson(prefix + "D", "测试丁", TestUsers.SALES_4, null);

        for (int i = 1; i <= 3; i++) {
            data.customer(CustomerSpec.of(prefix + "A" + i, "甲方客户" + i, salesA));
        }
        long b1 = data.customer(CustomerSpec.of(prefix + "B1", "乙方客户1", salesB));
        long b2 = data.customer(CustomerSpec.of(prefix + "B2", "乙方客户2", salesB));
        long b3 = data.customer(CustomerSpec.of(prefix + "B3", "乙方客户3", salesB));
        data.customer(CustomerSpec.of(prefix + "B4", "乙方客户4", salesB));
        data.customer(CustomerSpec.of(prefix + "C1", "丙方客户1", salesC));
        data.share(b1, salesA, null);
        data.share(b2, salesA, null);
        data.share(b2, salesC, Instant.now().plusSeconds(86_400));
        data.share(b3, salesA, Instant.now().minusSeconds(60));

        createFilterSet();
    }

    private void createFilterSet() {
        data.customer(CustomerSpec.of(prefix + "D1", "百分之%电子", salesD).productLine(1)
                .scale(CustomerScale.LARGE).type(CustomerType.DISTRIBUTOR)
                .businessStatus(BusinessStatus.MASS_PRODUCTION).territory(Territory.EAST_CHINA)
                .status(CustomerStatus.PENDING_REVIEW).address("上海市浦东新区张江路")
                .updatedAt(Instant.parse("2026-03-01T00:00:00Z")));
        data.customer(CustomerSpec.of(prefix + "D2", "下划线_科技", salesD)
                .updatedAt(Instant.parse("2026-03-02T00:00:00Z")));
        data.customer(CustomerSpec.of(prefix + "D3", "反斜杠\\通信", salesD)
                .updatedAt(Instant.parse("2026-03-03T00:00:00Z")));
        data.customer(CustomerSpec.of(prefix + "D4", "晶振之家科技", salesD).distributor("华强电子代理商")
                .updatedAt(Instant.parse("2026-03-04T00:00:00Z")));
        data.customer(CustomerSpec.of(prefix + "D5", "普通电子甲", salesD)
                .updatedAt(Instant.parse("2026-03-05T00:00:00Z")));
        data.customer(CustomerSpec.of(prefix + "D6", "百分比电子", salesD)
                .updatedAt(Instant.parse("2026-03-06T00:00:00Z")));
        data.customer(CustomerSpec.of(prefix + "D7", "北方大客户", salesD).scale(CustomerScale.LARGE)
                .territory(Territory.NORTH_CHINA).updatedAt(Instant.parse("2026-03-07T00:00:00Z")));
    }

    // Scope --------------------------------------------------------------------------------------

    @Test
    void salespersonSeesOwnedAndSharedOnly() throws Exception {
        List<String> codes = codesAs(TestUsers.SALES_1, CustomerFilter.none());

        assertEquals(List.of("A1", "A2", "A3", "B1", "B2"), codes);
    }

    @Test
    void expiredShareGrantsNothing() throws Exception {
        List<String> codes = codesAs(TestUsers.SALES_1, CustomerFilter.none());

        assertFalse(codes.contains("B3"), codes::toString);
    }

    @Test
    void merchandiserSeesAssignedCustomersOnly() throws Exception {
        assertEquals(List.of("A1", "A2", "A3"), codesAs(TestUsers.MERCHANDISER, CustomerFilter.none()));
    }

    @Test
    void managerSeesEveryCustomer() throws Exception {
        List<String> codes = codesAs(TestUsers.MANAGER, CustomerFilter.none().withKeyword(prefix));

        assertEquals(15, codes.size(), codes::toString);
    }

    @Test
    void ownFilterShowsOwnedAndShared() throws Exception {
        assertEquals(List.of("A1", "A2", "A3", "B1", "B2"),
                codesAs(TestUsers.SALES_1, CustomerFilter.none().withSalesperson(salesA)));
    }

    @Test
    void salespersonFilterNarrowsButNeverWidens() throws Exception {
        assertEquals(List.of("B1", "B2"), codesAs(TestUsers.SALES_1, CustomerFilter.none().withSalesperson(salesB)));
        assertEquals(List.of("B2"), codesAs(TestUsers.SALES_1, CustomerFilter.none().withSalesperson(salesC)));
        assertEquals(List.of(), codesAs(TestUsers.SALES_1, CustomerFilter.none().withSalesperson(salesD)));
    }

    @Test
    void managerSalespersonFilterListsOwnedAndShared() throws Exception {
        List<String> codes = codesAs(TestUsers.MANAGER, CustomerFilter.none().withSalesperson(salesC));

        assertEquals(List.of("B2", "C1"), codes);
    }

    @Test
    void countStopsAtLimit() throws Exception {
        data.bulkCustomers(prefix + "K", salesD, CustomerQueryService.COUNT_LIMIT + 5);
        CustomerFilter many = CustomerFilter.none().withKeyword(prefix + "K");

        CustomerPage managerPage = RunAs.user(TestUsers.MANAGER, () -> query.search(many, null, 0, 20));
        CustomerPage ownerLastPage = RunAs.user(TestUsers.SALES_4,
                () -> query.search(CustomerFilter.none(), null, CustomerQueryService.COUNT_LIMIT - 20, 20));

        assertEquals(CustomerQueryService.COUNT_LIMIT, managerPage.total());
        assertTrue(managerPage.totalCapped());
        assertEquals(20, managerPage.rows().size());
        assertEquals(CustomerQueryService.COUNT_LIMIT, ownerLastPage.total());
        assertTrue(ownerLastPage.totalCapped());
        assertEquals(20, ownerLastPage.rows().size());
    }

    @Test
    void smallCountIsExact() throws Exception {
        CustomerPage page = RunAs.user(TestUsers.SALES_1, () -> query.search(null, null, 0, 100));

        assertFalse(page.totalCapped());
    }

    @Test
    void craftedNullFilterStaysInScope() throws Exception {
        CustomerPage page = RunAs.user(TestUsers.SALES_1, () -> query.search(null, null, 0, 100));

        assertEquals(5, page.total());
    }

    @Test
    void userWithoutCustomerRoleIsRejected() {
        Exception thrown = assertThrows(Exception.class,
                () -> RunAs.user(TestUsers.ADMIN, () -> query.search(CustomerFilter.none(), null, 0, 10)));

        assertInstanceOf(EJBAccessException.class, thrown);
    }

    @Test
    void anonymousCallIsRejected() {
        assertThrows(EJBAccessException.class, () -> query.search(CustomerFilter.none(), null, 0, 10));
    }

    // Counting and paging with sharers ------------------------------------------------------------

    @Test
    void customerWithTwoSharersCountsOnce() throws Exception {
        CustomerPage page = RunAs.user(TestUsers.MANAGER,
                () -> query.search(CustomerFilter.none().withKeyword(prefix + "B2"), null, 0, 10));

        assertEquals(1, page.total());
        assertEquals(1, page.rows().size());
        assertTrue(page.rows().get(0).shared());
    }

    @Test
    void pagesAreDisjointAndCoverAll() throws Exception {
        CustomerFilter filter = CustomerFilter.none().withKeyword(prefix);
        Set<String> seen = new HashSet<>();
        List<String> inOrder = new ArrayList<>();
        long total = -1;
        for (int first = 0; first < 20; first += 4) {
            int offset = first;
            CustomerPage page = RunAs.user(TestUsers.MANAGER,
                    () -> query.search(filter, new CustomerSort(CustomerSort.Field.CODE, true), offset, 4));
            total = page.total();
            page.rows().forEach(row -> inOrder.add(row.code()));
            page.rows().forEach(row -> seen.add(row.code()));
        }

        assertEquals(15, total);
        assertEquals(15, inOrder.size());
        assertEquals(15, seen.size());
    }

    @Test
    void sharedRowIsMarkedForSharer() throws Exception {
        CustomerPage page = RunAs.user(TestUsers.SALES_1,
                () -> query.search(CustomerFilter.none(), new CustomerSort(CustomerSort.Field.CODE, true), 0, 10));

        assertFalse(row(page, "A1").sharedWithCaller());
        assertTrue(row(page, "B1").sharedWithCaller());
        assertTrue(row(page, "B2").sharedWithCaller());
    }

    @Test
    void invalidPageIsRejected() {
        EJBException thrown = assertThrows(EJBException.class,
                () -> RunAs.user(TestUsers.SALES_4, () -> query.search(CustomerFilter.none(), null, -1, 10)));

        assertInstanceOf(IllegalArgumentException.class, thrown.getCause());
    }

    @Test
    void oversizedPageIsCut() throws Exception {
        CustomerPage page = RunAs.user(TestUsers.MANAGER,
                () -> query.search(CustomerFilter.none(), null, 0, 100_000));

        assertTrue(page.rows().size() <= CustomerQueryService.MAX_PAGE_SIZE, () -> "rows: " + page.rows().size());
    }

    // Each filter alone, as D, whose seven customers are all this test's -------------------------

    @Test
    void productLineFilter() throws Exception {
        long line = data.productLineId(1);
        assertEquals(List.of("D1"), codesAs(TestUsers.SALES_4, filter(line, null, null, null, null, null, null)));
    }

    @Test
    void scaleFilter() throws Exception {
        assertEquals(List.of("D1", "D7"),
                codesAs(TestUsers.SALES_4, filter(null, null, CustomerScale.LARGE, null, null, null, null)));
    }

    @Test
    void typeFilter() throws Exception {
        assertEquals(List.of("D1"),
                codesAs(TestUsers.SALES_4, filter(null, null, null, CustomerType.DISTRIBUTOR, null, null, null)));
    }

    @Test
    void businessStatusFilter() throws Exception {
        assertEquals(List.of("D1"), codesAs(TestUsers.SALES_4,
                filter(null, BusinessStatus.MASS_PRODUCTION, null, null, null, null, null)));
    }

    @Test
    void territoryFilter() throws Exception {
        assertEquals(List.of("D7"),
                codesAs(TestUsers.SALES_4, filter(null, null, null, null, Territory.NORTH_CHINA, null, null)));
    }

    @Test
    void statusFilter() throws Exception {
        assertEquals(List.of("D1"), codesAs(TestUsers.SALES_4,
                filter(null, null, null, null, null, CustomerStatus.PENDING_REVIEW, null)));
    }

    @Test
    void addressFilter() throws Exception {
        assertEquals(List.of("D1"), codesAs(TestUsers.SALES_4, filter(null, null, null, null, null, null, "浦东")));
    }

    @Test
    void combinedFilters() throws Exception {
        assertEquals(List.of("D1"), codesAs(TestUsers.SALES_4,
                filter(null, null, CustomerScale.LARGE, null, Territory.EAST_CHINA, null, null)));
        assertEquals(List.of(), codesAs(TestUsers.SALES_4,
                filter(null, null, CustomerScale.LARGE, CustomerType.DISTRIBUTOR, Territory.NORTH_CHINA, null, null)));
    }

    // Fuzzy search ---------------------------------------------------------------------------------

    @Test
    void keywordMatchesChineseName() throws Exception {
        assertEquals(List.of("D4"), codesAs(TestUsers.SALES_4, CustomerFilter.none().withKeyword("晶振")));
    }

    @Test
    void keywordMatchesDistributor() throws Exception {
        assertEquals(List.of("D4"), codesAs(TestUsers.SALES_4, CustomerFilter.none().withKeyword("华强")));
    }

    @Test
    void keywordMatchesCodeIgnoringCase() throws Exception {
        String code = (prefix + "D5").toLowerCase();
        assertEquals(List.of("D5"), codesAs(TestUsers.SALES_4, CustomerFilter.none().withKeyword(code)));
    }

    @Test
    void percentSignIsLiteral() throws Exception {
        assertEquals(List.of("D1"), codesAs(TestUsers.SALES_4, CustomerFilter.none().withKeyword("百分%")
                .withKeyword("分之%")));
        assertEquals(List.of(), codesAs(TestUsers.SALES_4, CustomerFilter.none().withKeyword("百分%电子")));
    }

    @Test
    void underscoreIsLiteral() throws Exception {
        assertEquals(List.of("D2"), codesAs(TestUsers.SALES_4, CustomerFilter.none().withKeyword("_")));
    }

    @Test
    void backslashIsLiteral() throws Exception {
        assertEquals(List.of("D3"), codesAs(TestUsers.SALES_4, CustomerFilter.none().withKeyword("\\")));
    }

    @Test
    void oneCharacterMatchesAnywhereInTheName() throws Exception {
        assertEquals(List.of("D4"), codesAs(TestUsers.SALES_4, CustomerFilter.none().withKeyword("振")));
        assertEquals(List.of("D5"), codesAs(TestUsers.SALES_4, CustomerFilter.none().withKeyword("甲")));
        assertEquals(List.of("D4"), codesAs(TestUsers.SALES_4, CustomerFilter.none().withKeyword("商")));
    }

    @Test
    void twoCharactersNeverSpanNameAndDistributor() throws Exception {
        assertEquals(List.of(), codesAs(TestUsers.SALES_4, CustomerFilter.none().withKeyword("技华")));
        assertEquals(List.of(), codesAs(TestUsers.SALES_4, CustomerFilter.none().withKeyword("4晶")));
        assertEquals(List.of("D4"), codesAs(TestUsers.SALES_4, CustomerFilter.none().withKeyword("理商")));
    }

    @Test
    void searchFollowsARenamedCustomer() throws Exception {
        data.execute("UPDATE customer SET name = '石英谐振器' WHERE code = '" + prefix + "D4'");

        assertEquals(List.of("D4"), codesAs(TestUsers.SALES_4, CustomerFilter.none().withKeyword("谐振")));
        assertEquals(List.of("D4"), codesAs(TestUsers.SALES_4, CustomerFilter.none().withKeyword("石英谐")));
        assertEquals(List.of(), codesAs(TestUsers.SALES_4, CustomerFilter.none().withKeyword("晶振")));
        assertEquals(List.of("D4"), codesAs(TestUsers.SALES_4, CustomerFilter.none().withKeyword("华强")));
    }

    // Sorting ------------------------------------------------------------------------------------

    @Test
    void defaultSortIsNewestUpdateFirst() throws Exception {
        CustomerPage page = RunAs.user(TestUsers.SALES_4, () -> query.search(CustomerFilter.none(), null, 0, 10));

        assertEquals(List.of("D7", "D6", "D5", "D4", "D3", "D2", "D1"), suffixes(page));
    }

    @Test
    void sortByUpdateAscending() throws Exception {
        CustomerPage page = RunAs.user(TestUsers.SALES_4, () -> query.search(CustomerFilter.none(),
                new CustomerSort(CustomerSort.Field.UPDATED_AT, true), 0, 10));

        assertEquals(List.of("D1", "D2", "D3", "D4", "D5", "D6", "D7"), suffixes(page));
    }

    @Test
    void sortByNameReversesWithDirection() throws Exception {
        List<String> ascending = suffixes(RunAs.user(TestUsers.SALES_4, () -> query.search(CustomerFilter.none(),
                new CustomerSort(CustomerSort.Field.NAME, true), 0, 10)));
        List<String> descending = new ArrayList<>(suffixes(RunAs.user(TestUsers.SALES_4,
                () -> query.search(CustomerFilter.none(), new CustomerSort(CustomerSort.Field.NAME, false), 0, 10))));
        java.util.Collections.reverse(descending);

        assertEquals(7, ascending.size());
        assertEquals(ascending, descending);
    }

    @Test
    void sortByScaleGroupsLargeTogether() throws Exception {
        CustomerPage page = RunAs.user(TestUsers.SALES_4, () -> query.search(CustomerFilter.none(),
                new CustomerSort(CustomerSort.Field.SCALE, true), 0, 10));
        List<CustomerScale> scales = page.rows().stream().map(CustomerRow::scale).toList();

        assertEquals(List.of(CustomerScale.LARGE, CustomerScale.LARGE), scales.subList(0, 2));
    }

    // Helpers ------------------------------------------------------------------------------------

    private CustomerFilter filter(Long productLine, BusinessStatus businessStatus, CustomerScale scale,
                                 CustomerType type, Territory territory, CustomerStatus status, String address) {
        return new CustomerFilter(productLine, null, businessStatus, scale, type, address, territory, null, status);
    }

    /** Returns the codes (without this test's prefix) the user sees with the filter, in code order. */
    private List<String> codesAs(String login, CustomerFilter filter) throws Exception {
        CustomerPage page = RunAs.user(login,
                () -> query.search(filter, new CustomerSort(CustomerSort.Field.CODE, true), 0, 100));
        assertEquals(page.rows().size(), page.total(), "total must match the rows of a single page");
        return suffixes(page);
    }

    private List<String> suffixes(CustomerPage page) {
        return page.rows().stream()
                .filter(row -> row.code().startsWith(prefix))
                .map(row -> row.code().substring(prefix.length()))
                .toList();
    }

    private CustomerRow row(CustomerPage page, String suffix) {
        return page.rows().stream().filter(r -> r.code().equals(prefix + suffix)).findFirst().orElseThrow();
    }
}
