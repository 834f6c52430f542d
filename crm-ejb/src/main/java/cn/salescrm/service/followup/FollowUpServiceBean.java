package cn.salescrm.service.followup;

import cn.salescrm.domain.access.CustomerAction;
import cn.salescrm.domain.customer.Customer;
import cn.salescrm.domain.record.FollowUp;
import cn.salescrm.domain.record.FollowUpMethod;
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
 * Follow-up reads and writes, each checked against the rights matrix.
 */
@Stateless
@RolesAllowed({Roles.SALES, Roles.MERCHANDISER, Roles.MANAGER})
public class FollowUpServiceBean implements FollowUpService {


    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @EJB
    private CallerResolver callerResolver;

    @EJB
    private CustomerAccess access;

    @Override
    public ResultPage<FollowUpRow> list(String customerCode, int first, int pageSize) {
        int size = Paging.checkedPageSize(first, pageSize);
        Customer customer = access.require(callerResolver.current(), customerCode, CustomerAction.VIEW,
                Instant.now());

        long total = em.createQuery("SELECT COUNT(f) FROM FollowUp f WHERE f.customer = :customer", Long.class)
                .setParameter("customer", customer)
                .getSingleResult();
        List<FollowUpRow> rows = em.createQuery("""
                        SELECT NEW cn.salescrm.service.followup.FollowUpRow(f.id, f.followUpDate, f.authorName,
                               f.method, f.content, f.nextStep, f.systemGenerated, f.createdAt)
                        FROM FollowUp f WHERE f.customer = :customer
                        ORDER BY f.followUpDate DESC, f.createdAt DESC, f.id DESC""", FollowUpRow.class)
                .setParameter("customer", customer)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
        return new ResultPage<>(rows, total);
    }

    @Override
    public FollowUpRow add(String customerCode, NewFollowUp input) {
        Caller caller = callerResolver.current();
        Instant now = Instant.now();
        Customer customer = access.require(caller, customerCode, CustomerAction.ADD_FOLLOW_UP, now);
        NewFollowUp checked = validate(input, now);

        FollowUp followUp = new FollowUp(customer, checked.date(), checked.method(), checked.content(),
                caller.login(), caller.displayName(), now);
        followUp.setNextStep(checked.nextStep());
        em.persist(followUp);
        em.flush();
        return new FollowUpRow(followUp.getId(), checked.date(), caller.displayName(), checked.method(),
                checked.content(), checked.nextStep(), false, now);
    }

    private static NewFollowUp validate(NewFollowUp input, Instant now) {
        if (input == null) {
            throw new ValidationFailedException(null, "validation.required");
        }
        LocalDate date = BusinessDays.notInFuture("date", input.date(), now);
        FollowUpMethod method = Texts.present("method", input.method());
        if (method == FollowUpMethod.SYSTEM) {
            throw new ValidationFailedException("method", "followUp.method.reserved");
        }
        return new NewFollowUp(date, method, Texts.required("content", input.content(), 4000),
                Texts.optional("nextStep", input.nextStep(), 1000));
    }
}
