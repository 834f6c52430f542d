package cn.salescrm.it.support;

import cn.salescrm.domain.customer.BusinessStatus;
import cn.salescrm.domain.customer.Customer;
import cn.salescrm.domain.customer.CustomerScale;
import cn.salescrm.domain.customer.CustomerShare;
import cn.salescrm.domain.customer.CustomerStatus;
import cn.salescrm.domain.customer.CustomerType;
import cn.salescrm.domain.customer.Territory;
import cn.salescrm.domain.people.Merchandiser;
import cn.salescrm.domain.people.SalesRegion;
import cn.salescrm.domain.people.Salesperson;
import cn.salescrm.domain.product.ProductLine;
import cn.salescrm.domain.record.Attachment;
import cn.salescrm.domain.record.AttachmentContent;
import cn.salescrm.domain.record.FollowUp;
import cn.salescrm.domain.record.FollowUpMethod;
import cn.salescrm.domain.record.Project;
import cn.salescrm.domain.record.ProjectStage;
import cn.salescrm.domain.transfer.AuditEventType;
import cn.salescrm.domain.transfer.NotificationType;
import cn.salescrm.domain.transfer.RequestStatus;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import javax.sql.DataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Builds test data directly in the database, each call in a transaction of its own. Tests create
 * fresh directory entries and link the test logins to them, so data of earlier runs never leaks
 * into a test's view: the old entries simply lose their login.
 */
@Stateless
@PermitAll
public class TestData {

    /** Ids the JPA layer takes from one sequence value: the block of 50 that ends at the value. */
    private static final int SEQUENCE_BLOCK = 50;

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @Resource(lookup = "java:jboss/datasources/CrmDS")
    private DataSource dataSource;

    /** Creates a merchandiser and links the login to it, taking the login from any older entry. */
    public long merchandiser(String code, String name, String login) {
        unlinkLogin(login);
        Merchandiser merchandiser = new Merchandiser(code, name);
        merchandiser.setLoginName(login);
        em.persist(merchandiser);
        em.flush();
        return merchandiser.getId();
    }

    /** Creates an active salesperson linked to the login (null for none) with the given merchandiser. */
    public long salesperson(String code, String name, String login, Long merchandiserId) {
        if (login != null) {
            unlinkLogin(login);
        }
        Salesperson salesperson = new Salesperson(code, name, anyRegion());
        salesperson.setLoginName(login);
        salesperson.setActive(true);
        if (merchandiserId != null) {
            salesperson.setMerchandiser(em.find(Merchandiser.class, merchandiserId));
        }
        em.persist(salesperson);
        em.flush();
        return salesperson.getId();
    }

    /**
     * Creates a customer owned by the salesperson, with the owner's merchandiser, the product line
     * of the given sort position (0 for the first), and the given last update instant.
     */
    public long customer(CustomerSpec spec) {
        Salesperson owner = em.find(Salesperson.class, spec.ownerId());
        Customer customer = new Customer(spec.code(), spec.name(), spec.name(), owner, spec.scale(), spec.type(),
                spec.businessStatus(), spec.territory(), "test", spec.updatedAt());
        customer.setStatus(spec.status());
        customer.setAddress(spec.address());
        customer.setDistributor(spec.distributor());
        customer.replaceProductLines(Set.of(productLine(spec.productLineIndex())));
        customer.markUpdated("test", spec.updatedAt());
        em.persist(customer);
        em.flush();
        return customer.getId();
    }

    /**
     * Inserts {@code count} APPROVED customers owned by the salesperson with JDBC batches, coded
     * {@code prefix} plus a six-digit number from 000000. Ids come from customer_seq in blocks of 50,
     * as the JPA layer takes them, so they never collide with customers it creates. Works on H2
     * and PostgreSQL.
     */
    public void bulkCustomers(String prefix, long ownerId, int count) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO customer (id, code, short_name, name, owner_id, scale, customer_type,
                         business_status, status, territory, created_at, created_by, updated_at, updated_by, version)
                     VALUES (?, ?, ?, ?, ?, 'SMALL', 'END_USER', 'DEVELOPING', 'APPROVED', 'SOUTH_CHINA',
                         ?, 'test', ?, 'test', 1)""")) {
            String nextValue = connection.getMetaData().getDatabaseProductName().startsWith("PostgreSQL")
                    ? "SELECT nextval('customer_seq')" : "SELECT NEXT VALUE FOR customer_seq";
            long nextId = 0;
            long lastIdOfBlock = -1;
            for (int i = 0; i < count; i++) {
                if (nextId > lastIdOfBlock) {
                    lastIdOfBlock = nextSequenceValue(connection, nextValue);
                    nextId = lastIdOfBlock - SEQUENCE_BLOCK + 1;
                }
                String code = prefix + String.format("%06d", i);
                insert.setLong(1, nextId++);
                insert.setString(2, code);
                insert.setString(3, code);
                insert.setString(4, "批量客户 " + code);
                insert.setLong(5, ownerId);
                insert.setTimestamp(6, now);
                insert.setTimestamp(7, now);
                insert.addBatch();
                if (i % 500 == 499) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static long nextSequenceValue(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** Shares the customer with the salesperson until {@code expiresAt}, or for good if null. */
    public void share(long customerId, long salespersonId, Instant expiresAt) {
        em.persist(new CustomerShare(em.find(Customer.class, customerId), em.find(Salesperson.class, salespersonId),
                "test", Instant.now(), expiresAt, null));
        em.flush();
    }

    /** Makes the salesperson the customer's owner, as a transfer does; the previous owner keeps nothing. */
    public void transfer(long customerId, long newOwnerId) {
        em.find(Customer.class, customerId).transferTo(em.find(Salesperson.class, newOwnerId));
        em.flush();
    }

    /** Writes a follow-up as the given author. */
    public void followUp(long customerId, String authorLogin, String authorName, String content) {
        em.persist(new FollowUp(em.find(Customer.class, customerId), LocalDate.now(), FollowUpMethod.PHONE, content,
                authorLogin, authorName, Instant.now()));
        em.flush();
    }

    /** Creates a project of the customer and returns its id. */
    public long project(long customerId, String name) {
        Project project = new Project(em.find(Customer.class, customerId), name, productLine(0),
                ProjectStage.PROPOSED, 10_000, "test", "测试", Instant.now());
        em.persist(project);
        em.flush();
        return project.getId();
    }

    /** Stores a small text attachment of the customer and returns its id. */
    public long attachment(long customerId, String fileName) {
        Attachment attachment = new Attachment(em.find(Customer.class, customerId), fileName,
                "text/plain; charset=UTF-8", 5, "test", "测试", Instant.now());
        em.persist(attachment);
        em.persist(new AttachmentContent(attachment, "hello".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        em.flush();
        return attachment.getId();
    }

    /** Returns the customer's current version, as a freshly loaded form would carry it. */
    public long version(long customerId) {
        return em.createQuery("SELECT c.version FROM Customer c WHERE c.id = :id", Long.class)
                .setParameter("id", customerId)
                .getSingleResult();
    }

    /** Returns the number of audit events of the type recorded for the customer. */
    public long auditCount(long customerId, AuditEventType type) {
        return em.createQuery("SELECT COUNT(e) FROM AuditEvent e WHERE e.customer.id = :id AND e.eventType = :type",
                        Long.class)
                .setParameter("id", customerId)
                .setParameter("type", type)
                .getSingleResult();
    }

    /** Returns the login of the customer's owner and the code of its merchandiser, or "-" for none. */
    public String ownerAndMerchandiser(long customerId) {
        Customer customer = em.find(Customer.class, customerId);
        em.refresh(customer);
        return customer.getOwner().getLoginName() + "/"
                + (customer.getMerchandiser() == null ? "-" : customer.getMerchandiser().getCode());
    }

    /** Returns the id of the customer's owner, read from the database. */
    public long ownerId(long customerId) {
        return em.createQuery("SELECT c.owner.id FROM Customer c WHERE c.id = :id", Long.class)
                .setParameter("id", customerId)
                .getSingleResult();
    }

    /** Returns the ids of the salespeople named in the customer's share rows, expired or not. */
    public List<Long> sharerIds(long customerId) {
        return em.createQuery("""
                        SELECT s.salesperson.id FROM CustomerShare s WHERE s.customer.id = :id
                        ORDER BY s.salesperson.id""", Long.class)
                .setParameter("id", customerId)
                .getResultList();
    }

    /** Returns the number of follow-ups the system wrote for the customer. */
    public long systemFollowUpCount(long customerId) {
        return em.createQuery("""
                        SELECT COUNT(f) FROM FollowUp f WHERE f.customer.id = :id AND f.systemGenerated = TRUE""",
                        Long.class)
                .setParameter("id", customerId)
                .getSingleResult();
    }

    /** Returns the number of the customer's transfer requests with the status. */
    public long requestCount(long customerId, RequestStatus status) {
        return em.createQuery("""
                        SELECT COUNT(r) FROM TransferRequest r WHERE r.customer.id = :id AND r.status = :status""",
                        Long.class)
                .setParameter("id", customerId)
                .setParameter("status", status)
                .getSingleResult();
    }

    /** Returns the number of notifications of the type sent to the login about the customer. */
    public long notificationCount(String login, long customerId, NotificationType type) {
        return em.createQuery("""
                        SELECT COUNT(n) FROM Notification n
                        WHERE n.recipientLogin = :login AND n.customer.id = :id AND n.type = :type""", Long.class)
                .setParameter("login", login)
                .setParameter("id", customerId)
                .setParameter("type", type)
                .getSingleResult();
    }

    /** Marks the salesperson as having left the company. */
    public void deactivate(long salespersonId) {
        em.find(Salesperson.class, salespersonId).setActive(false);
        em.flush();
    }

    /** Runs one SQL statement in a transaction of its own and returns the number of rows it changed. */
    public int execute(String statement) {
        return em.createNativeQuery(statement).executeUpdate();
    }

    /** Returns the id of the customer with the code. */
    public long customerId(String code) {
        return em.createQuery("SELECT c.id FROM Customer c WHERE c.code = :code", Long.class)
                .setParameter("code", code)
                .getSingleResult();
    }

    /** Runs one schema statement, such as a constraint a test adds to make a write fail. */
    public void alterSchema(String statement) {
        em.createNativeQuery(statement).executeUpdate();
    }

    /** Returns the id of the product line at the given sort position. */
    public long productLineId(int index) {
        return productLine(index).getId();
    }

    private ProductLine productLine(int index) {
        List<ProductLine> lines = em.createQuery("SELECT l FROM ProductLine l ORDER BY l.sortOrder, l.id",
                ProductLine.class).getResultList();
        return lines.get(index);
    }

    private SalesRegion anyRegion() {
        return em.createQuery("SELECT r FROM SalesRegion r ORDER BY r.id", SalesRegion.class)
                .setMaxResults(1)
                .getSingleResult();
    }

    private void unlinkLogin(String login) {
        em.createQuery("UPDATE Salesperson s SET s.loginName = NULL WHERE s.loginName = :login")
                .setParameter("login", login).executeUpdate();
        em.createQuery("UPDATE Merchandiser m SET m.loginName = NULL WHERE m.loginName = :login")
                .setParameter("login", login).executeUpdate();
    }

    /** What a test customer looks like; {@link #of(String, String, long)} gives the common defaults. */
    public record CustomerSpec(String code, String name, long ownerId, int productLineIndex, CustomerScale scale,
                               CustomerType type, BusinessStatus businessStatus, Territory territory,
                               CustomerStatus status, String address, String distributor, Instant updatedAt)
            implements java.io.Serializable {

        public static CustomerSpec of(String code, String name, long ownerId) {
            return new CustomerSpec(code, name, ownerId, 0, CustomerScale.SMALL, CustomerType.END_USER,
                    BusinessStatus.DEVELOPING, Territory.SOUTH_CHINA, CustomerStatus.APPROVED, "深圳市南山区科技园",
                    null, Instant.parse("2026-01-01T00:00:00Z"));
        }

        public CustomerSpec productLine(int index) {
            return new CustomerSpec(code, name, ownerId, index, scale, type, businessStatus, territory, status, address,
                    distributor, updatedAt);
        }

        public CustomerSpec scale(CustomerScale value) {
            return new CustomerSpec(code, name, ownerId, productLineIndex, value, type, businessStatus, territory,
                    status, address, distributor, updatedAt);
        }

        public CustomerSpec type(CustomerType value) {
            return new CustomerSpec(code, name, ownerId, productLineIndex, scale, value, businessStatus, territory,
                    status, address, distributor, updatedAt);
        }

        public CustomerSpec businessStatus(BusinessStatus value) {
            return new CustomerSpec(code, name, ownerId, productLineIndex, scale, type, value, territory, status,
                    address, distributor, updatedAt);
        }

        public CustomerSpec territory(Territory value) {
            return new CustomerSpec(code, name, ownerId, productLineIndex, scale, type, businessStatus, value, status,
                    address, distributor, updatedAt);
        }

        public CustomerSpec status(CustomerStatus value) {
            return new CustomerSpec(code, name, ownerId, productLineIndex, scale, type, businessStatus, territory, value,
                    address, distributor, updatedAt);
        }

        public CustomerSpec address(String value) {
            return new CustomerSpec(code, name, ownerId, productLineIndex, scale, type, businessStatus, territory,
                    status, value, distributor, updatedAt);
        }

        public CustomerSpec distributor(String value) {
            return new CustomerSpec(code, name, ownerId, productLineIndex, scale, type, businessStatus, territory,
                    status, address, value, updatedAt);
        }

        public CustomerSpec updatedAt(Instant value) {
            return new CustomerSpec(code, name, ownerId, productLineIndex, scale, type, businessStatus, territory,
                    status, address, distributor, value);
        }
    }
}
