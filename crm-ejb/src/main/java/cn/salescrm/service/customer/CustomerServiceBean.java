package cn.salescrm.service.customer;

import cn.salescrm.domain.access.CustomerAction;
import cn.salescrm.domain.customer.Contact;
import cn.salescrm.domain.customer.Customer;
import cn.salescrm.domain.people.Salesperson;
import cn.salescrm.domain.product.ProductLine;
import cn.salescrm.domain.security.Roles;
import cn.salescrm.domain.transfer.AuditEvent;
import cn.salescrm.domain.transfer.AuditEventType;
import cn.salescrm.service.access.CustomerAccess;
import cn.salescrm.service.error.ValidationFailedException;
import cn.salescrm.service.security.AccessDeniedException;
import cn.salescrm.service.security.Caller;
import cn.salescrm.service.security.CallerResolver;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Customer reads and creation. Every read goes through {@link CustomerAccess}, so the detail page
 * shows exactly the customers the grid lists.
 */
@Stateless
public class CustomerServiceBean implements CustomerService {

    private static final Logger LOG = Logger.getLogger(CustomerServiceBean.class.getName());

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @EJB
    private CallerResolver callerResolver;

    @EJB
    private CustomerAccess access;

    @Override
    @RolesAllowed({Roles.SALES, Roles.MERCHANDISER, Roles.MANAGER})
    public CustomerDetail open(String code) {
        Caller caller = callerResolver.current();
        Instant now = Instant.now();
        Customer customer = access.require(caller, code, CustomerAction.VIEW, now);

        loadForDisplay(customer);
        return new CustomerDetail(customer, access.relationOf(caller, customer, now));
    }

    @Override
    @RolesAllowed({Roles.SALES, Roles.MANAGER})
    public Customer create(NewCustomer input) {
        Caller caller = callerResolver.current();
        NewCustomerValidator.validate(input);
        Salesperson owner = ownerFor(caller, input);
        String code = NewCustomerValidator.normalizeCode(input.code());
        rejectTakenCode(code);

        Instant now = Instant.now();
        Customer customer = new Customer(code, input.shortName().trim(), input.name().trim(), owner, input.scale(),
                input.type(), input.businessStatus(), input.territory(), caller.login(), now);
        customer.setDistributor(blankToNull(input.distributor()));
        customer.setAddress(blankToNull(input.address()));
        customer.setPhone(blankToNull(input.phone()));
        customer.setWebsite(blankToNull(input.website()));
        customer.setRemark(blankToNull(input.remark()));
        customer.replaceProductLines(productLines(input.productLineIds()));
        em.persist(customer);
        addPrimaryContact(customer, input);

        em.persist(AuditEvent.builder(AuditEventType.CUSTOMER_CREATED, caller.login(), now)
                .customer(customer)
                .newSalesperson(owner)
                .detail("新增客户 " + code + " " + customer.getName())
                .build());
        flushOrRejectDuplicate(code);
        LOG.info(() -> "Customer " + code + " created by " + caller.login() + ", owner " + owner.getCode());
        return customer;
    }

    @Override
    @RolesAllowed({Roles.SALES, Roles.MERCHANDISER, Roles.MANAGER})
    public CustomerDetail update(String code, CustomerEdit edit) {
        Caller caller = callerResolver.current();
        Instant now = Instant.now();
        // The row lock makes a concurrent save wait here and then see the version it wrote.
        Customer customer = access.requireForUpdate(caller, code, CustomerAction.EDIT_BASIC, now);
        if (edit == null) {
            throw new ValidationFailedException(null, "validation.required");
        }
        if (edit.version() != customer.getVersion()) {
            throw stale(customer);
        }
        BasicInfoUpdate update = new BasicInfoUpdate(em, customer, caller);
        update.apply(edit);

        em.persist(AuditEvent.builder(AuditEventType.CUSTOMER_UPDATED, caller.login(), now)
                .customer(customer)
                .detail("修改客户基本资料: " + String.join(", ", update.changedFields()))
                .build());
        customer.markUpdated(caller.login(), now);
        em.flush();
        LOG.info(() -> "Customer " + code + " updated by " + caller.login() + ": " + update.changedFields());
        loadForDisplay(customer);
        return new CustomerDetail(customer, access.relationOf(caller, customer, now));
    }

    private StaleCustomerException stale(Customer customer) {
        return new StaleCustomerException(customer.getCode(), callerResolver.displayNameOf(customer.getUpdatedBy()),
                customer.getUpdatedAt());
    }

    private Salesperson ownerFor(Caller caller, NewCustomer input) {
        if (caller.isSalesperson() && !caller.manager()) {
            return em.find(Salesperson.class, caller.salespersonId());
        }
        if (!caller.manager()) {
            throw new AccessDeniedException(caller.login() + " has no salesperson entry and may not create customers");
        }
        Salesperson chosen = input.ownerId() == null ? null : em.find(Salesperson.class, input.ownerId());
        if (chosen == null || !chosen.isActive()) {
            throw new ValidationFailedException("owner", "customer.owner.invalid");
        }
        return chosen;
    }

    private void rejectTakenCode(String code) {
        boolean taken = !em.createQuery("SELECT c.id FROM Customer c WHERE c.code = :code", Long.class)
                .setParameter("code", code)
                .getResultList()
                .isEmpty();
        if (taken) {
            throw new ValidationFailedException("code", "customer.code.taken", code);
        }
    }

    private List<ProductLine> productLines(List<Long> ids) {
        List<ProductLine> lines = em.createQuery("SELECT l FROM ProductLine l WHERE l.id IN :ids", ProductLine.class)
                .setParameter("ids", ids)
                .getResultList();
        if (lines.size() != ids.stream().distinct().count()) {
            throw new ValidationFailedException("productLines", "customer.productLines.invalid");
        }
        return lines;
    }

    private void addPrimaryContact(Customer customer, NewCustomer input) {
        if (blankToNull(input.contactName()) == null) {
            return;
        }
        Contact contact = customer.addContact(input.contactName().trim());
        contact.setPhone(blankToNull(input.contactPhone()));
        contact.setPrimaryContact(true);
        em.persist(contact);
    }

    /** Flushes now, so that a code taken by a concurrent insert is reported beside the field. */
    private void flushOrRejectDuplicate(String code) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            LOG.warning(() -> "Creating customer " + code + " failed at flush: " + e.getMessage());
            throw new ValidationFailedException("code", "customer.code.taken", code);
        }
    }

    private static void loadForDisplay(Customer customer) {
        customer.getOwner().getName();
        if (customer.getMerchandiser() != null) {
            customer.getMerchandiser().getName();
        }
        customer.getProductLines().size();
        customer.getContacts().size();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
