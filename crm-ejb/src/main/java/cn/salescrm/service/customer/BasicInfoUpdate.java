package cn.salescrm.service.customer;

import cn.salescrm.domain.customer.Contact;
import cn.salescrm.domain.customer.Customer;
import cn.salescrm.domain.product.ProductLine;
import cn.salescrm.service.customer.CustomerEdit.ContactEdit;
import cn.salescrm.service.error.ValidationFailedException;
import cn.salescrm.service.security.AccessDeniedException;
import cn.salescrm.service.security.Caller;
import cn.salescrm.service.support.Texts;
import jakarta.persistence.EntityManager;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One save of 客户基本资料: checks the edited fields, copies the changed ones onto the customer and
 * its contacts, and records which fields changed for the audit trail.
 */
final class BasicInfoUpdate {

    private final EntityManager em;
    private final Customer customer;
    private final Caller caller;
    private final List<String> changed = new ArrayList<>();

    BasicInfoUpdate(EntityManager em, Customer customer, Caller caller) {
        this.em = em;
        this.customer = customer;
        this.caller = caller;
    }

    /** Applies the edit; throws before changing anything if a field is invalid. */
    void apply(CustomerEdit edit) {
        String shortName = Texts.required("shortName", edit.shortName(), 50);
        String name = Texts.required("name", edit.name(), 200);
        List<ProductLine> lines = productLines(edit.productLineIds());
        checkStatusChange(edit);
        List<ContactEdit> contacts = edit.contacts() == null ? List.of() : edit.contacts();
        contacts.forEach(BasicInfoUpdate::checkContact);

        set("shortName", customer::getShortName, customer::setShortName, shortName);
        set("name", customer::getName, customer::setName, name);
        set("distributor", customer::getDistributor, customer::setDistributor,
                Texts.optional("distributor", edit.distributor(), 200));
        set("scale", customer::getScale, customer::setScale, Texts.present("scale", edit.scale()));
        set("type", customer::getType, customer::setType, Texts.present("type", edit.type()));
        set("businessStatus", customer::getBusinessStatus, customer::setBusinessStatus,
                Texts.present("businessStatus", edit.businessStatus()));
        set("status", customer::getStatus, customer::setStatus, Texts.present("status", edit.status()));
        set("territory", customer::getTerritory, customer::setTerritory, Texts.present("territory", edit.territory()));
        set("address", customer::getAddress, customer::setAddress, Texts.optional("address", edit.address(), 300));
        set("phone", customer::getPhone, customer::setPhone, Texts.optional("phone", edit.phone(), 30));
        set("website", customer::getWebsite, customer::setWebsite, Texts.optional("website", edit.website(), 200));
        set("remark", customer::getRemark, customer::setRemark, Texts.optional("remark", edit.remark(), 2000));
        if (!new HashSet<>(lines).equals(customer.getProductLines())) {
            customer.replaceProductLines(lines);
            changed.add("productLines");
        }
        contacts.forEach(this::applyContact);
    }

    /** Returns the names of the fields this save changed, "contacts" for any contact change. */
    List<String> changedFields() {
        return changed.isEmpty() ? List.of("-") : List.copyOf(changed);
    }

    private void checkStatusChange(CustomerEdit edit) {
        if (edit.status() != null && edit.status() != customer.getStatus() && !caller.manager()) {
            throw new AccessDeniedException(caller.login() + " may not change the review status of "
                    + customer.getCode());
        }
    }

    private List<ProductLine> productLines(List<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new ValidationFailedException("productLines", "validation.required");
        }
        List<ProductLine> lines = em.createQuery("SELECT l FROM ProductLine l WHERE l.id IN :ids", ProductLine.class)
                .setParameter("ids", ids)
                .getResultList();
        if (lines.size() != ids.stream().distinct().count()) {
            throw new ValidationFailedException("productLines", "customer.productLines.invalid");
        }
        return lines;
    }

    private static void checkContact(ContactEdit contact) {
        if (contact.removed()) {
            return;
        }
        Texts.required("contactName", contact.name(), 50);
        Texts.optional("contactTitle", contact.title(), 50);
        Texts.optional("contactPhone", contact.phone(), 30);
        Texts.optional("contactMobile", contact.mobile(), 30);
        Texts.optional("contactEmail", contact.email(), 100);
        Texts.optional("contactWechat", contact.wechat(), 50);
    }

    private void applyContact(ContactEdit edit) {
        Contact contact = edit.id() == null ? null : findContact(edit.id());
        if (edit.removed()) {
            if (contact != null) {
                customer.removeContact(contact);
                em.remove(contact);
                markContactsChanged();
            }
            return;
        }
        if (contact == null) {
            contact = customer.addContact(edit.name().trim());
            em.persist(contact);
            markContactsChanged();
        }
        copyContact(edit, contact);
    }

    private void copyContact(ContactEdit edit, Contact contact) {
        String before = describe(contact);
        contact.setName(edit.name().trim());
        contact.setTitle(Texts.optional("contactTitle", edit.title(), 50));
        contact.setPhone(Texts.optional("contactPhone", edit.phone(), 30));
        contact.setMobile(Texts.optional("contactMobile", edit.mobile(), 30));
        contact.setEmail(Texts.optional("contactEmail", edit.email(), 100));
        contact.setWechat(Texts.optional("contactWechat", edit.wechat(), 50));
        contact.setPrimaryContact(edit.primary());
        if (!before.equals(describe(contact))) {
            markContactsChanged();
        }
    }

    /** Finds a contact of this customer; an id of another customer's contact is rejected. */
    private Contact findContact(long id) {
        return customer.getContacts().stream()
                .filter(contact -> contact.getId() == id)
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException("Contact " + id + " is not one of " + customer.getCode()));
    }

    private void markContactsChanged() {
        if (!changed.contains("contacts")) {
            changed.add("contacts");
        }
    }

    private static String describe(Contact contact) {
        return String.join("|", contact.getName(), String.valueOf(contact.getTitle()),
                String.valueOf(contact.getPhone()), String.valueOf(contact.getMobile()),
                String.valueOf(contact.getEmail()), String.valueOf(contact.getWechat()),
                String.valueOf(contact.isPrimaryContact()));
    }

    private <T> void set(String field, Supplier<T> current, Consumer<T> setter, T value) {
        if (!Objects.equals(current.get(), value)) {
            setter.accept(value);
            changed.add(field);
        }
    }
}
