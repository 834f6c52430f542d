package cn.salescrm.service.complaint;

import cn.salescrm.domain.access.CustomerAction;
import cn.salescrm.domain.customer.Customer;
import cn.salescrm.domain.record.Complaint;
import cn.salescrm.domain.security.Roles;
import cn.salescrm.service.access.CustomerAccess;
import cn.salescrm.service.error.ValidationFailedException;
import cn.salescrm.service.security.Caller;
import cn.salescrm.service.security.CallerResolver;
import cn.salescrm.service.support.BusinessDays;
import cn.salescrm.service.support.Paging;
import cn.salescrm.service.support.ResultPage;
import cn.salescrm.service.support.Texts;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Complaint reads and writes, each checked against the rights matrix.
 */
@Stateless
@RolesAllowed({Roles.SALES, Roles.MERCHANDISER, Roles.MANAGER})
public class ComplaintServiceBean implements ComplaintService {


    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @EJB
    private CallerResolver callerResolver;

    @EJB
    private CustomerAccess access;

    @Override
    public ResultPage<ComplaintRow> list(String customerCode, int first, int pageSize) {
        int size = Paging.checkedPageSize(first, pageSize);
        Customer customer = access.require(callerResolver.current(), customerCode,
                CustomerAction.VIEW_COMPLAINTS_AND_ATTACHMENTS, Instant.now());
        long total = em.createQuery("SELECT COUNT(c) FROM Complaint c WHERE c.customer = :customer", Long.class)
                .setParameter("customer", customer)
                .getSingleResult();
        List<ComplaintRow> rows = em.createQuery("""
                        SELECT NEW cn.salescrm.service.complaint.ComplaintRow(c.id, c.complaintDate, c.subject,
                               c.description, c.status, c.handledBy, c.createdByName)
                        FROM Complaint c WHERE c.customer = :customer
                        ORDER BY c.complaintDate DESC, c.id DESC""", ComplaintRow.class)
                .setParameter("customer", customer)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
        return new ResultPage<>(rows, total);
    }

    @Override
    public ComplaintRow add(String customerCode, NewComplaint input) {
        Caller caller = callerResolver.current();
        Instant now = Instant.now();
        Customer customer = access.require(caller, customerCode, CustomerAction.ADD_COMPLAINTS_AND_ATTACHMENTS, now);
        if (input == null) {
            throw new ValidationFailedException(null, "validation.required");
        }
        LocalDate date = BusinessDays.notInFuture("date", input.date(), now);

        Complaint complaint = new Complaint(customer, date, Texts.required("subject", input.subject(), 200),
                Texts.required("description", input.description(), 4000), caller.login(), caller.displayName(), now);
        complaint.setHandledBy(Texts.optional("handledBy", input.handledBy(), 50));
        em.persist(complaint);
        em.flush();
        return new ComplaintRow(complaint.getId(), date, complaint.getSubject(), complaint.getDescription(),
                complaint.getStatus(), complaint.getHandledBy(), complaint.getCreatedByName());
    }
}
