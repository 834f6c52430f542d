package cn.salescrm.service.bulk;

import cn.salescrm.domain.security.Roles;
import cn.salescrm.domain.transfer.BulkItemStatus;
import cn.salescrm.domain.transfer.BulkTransferJob;
import cn.salescrm.service.directory.SalespersonOption;
import cn.salescrm.service.error.ValidationFailedException;
import cn.salescrm.service.support.Paging;
import cn.salescrm.service.support.ResultPage;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bulk transfer for managers: the choice lists, the preview, starting a job and reading its
 * progress. The work itself runs in {@link BulkTransferWorker}.
 */
@Stateless
@RolesAllowed(Roles.MANAGER)
public class BulkTransferServiceBean implements BulkTransferService {

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @EJB
    private BulkJobCreator creator;

    @EJB
    private BulkTransferWorker worker;

    @Override
    public List<SalespersonOption> sources() {
        return em.createQuery("""
                        SELECT NEW cn.salescrm.service.directory.SalespersonOption(s.id, s.code, s.name, m.name, r.name)
                        FROM Salesperson s JOIN s.region r LEFT JOIN s.merchandiser m
                        WHERE EXISTS (SELECT c.id FROM Customer c WHERE c.owner = s)
                        ORDER BY s.code""", SalespersonOption.class)
                .getResultList();
    }

    @Override
    public long preview(BulkSelection selection) {
        return new BulkSelectionQuery(em).count(creator.checkedSelection(selection));
    }

    /** Runs without a transaction, so the job is committed before the worker starts looking for it. */
    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long start(BulkTransferOrder order) {
        long jobId = creator.create(order);
        worker.runAsync(jobId);
        return jobId;
    }

    @Override
    public BulkJobView job(long jobId) {
        BulkTransferJob job = em.find(BulkTransferJob.class, jobId);
        if (job == null) {
            throw new ValidationFailedException(null, "bulk.job.notFound", String.valueOf(jobId));
        }
        return view(job, skippedCounts(List.of(jobId)));
    }

    @Override
    public ResultPage<BulkItemRow> items(long jobId, int first, int pageSize) {
        int size = Paging.checkedPageSize(first, pageSize);
        long total = em.createQuery("SELECT COUNT(i) FROM BulkTransferItem i WHERE i.job.id = :job", Long.class)
                .setParameter("job", jobId)
                .getSingleResult();
        if (total == 0 || first >= total) {
            return new ResultPage<>(List.of(), total);
        }
        List<BulkItemRow> rows = em.createQuery("""
                        SELECT NEW cn.salescrm.service.bulk.BulkItemRow(i.id, c.code, c.name, t.name, i.status,
                               i.message, i.processedAt)
                        FROM BulkTransferItem i JOIN i.customer c JOIN i.targetSalesperson t
                        WHERE i.job.id = :job ORDER BY i.id""", BulkItemRow.class)
                .setParameter("job", jobId)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultList();
        return new ResultPage<>(rows, total);
    }

    @Override
    public List<BulkJobView> recentJobs(int maxResults) {
        List<BulkTransferJob> jobs = em.createQuery("""
                        SELECT j FROM BulkTransferJob j JOIN FETCH j.sourceSalesperson
                        ORDER BY j.createdAt DESC, j.id DESC""", BulkTransferJob.class)
                .setMaxResults(Paging.checkedPageSize(0, maxResults))
                .getResultList();
        if (jobs.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> skipped = skippedCounts(jobs.stream().map(BulkTransferJob::getId).toList());
        return jobs.stream().map(job -> view(job, skipped)).toList();
    }

    private Map<Long, Long> skippedCounts(List<Long> jobIds) {
        List<Object[]> counts = em.createQuery("""
                        SELECT i.job.id, COUNT(i) FROM BulkTransferItem i
                        WHERE i.job.id IN :jobs AND i.status = :status GROUP BY i.job.id""", Object[].class)
                .setParameter("jobs", jobIds)
                .setParameter("status", BulkItemStatus.SKIPPED)
                .getResultList();
        Map<Long, Long> skipped = new HashMap<>();
        for (Object[] count : counts) {
            skipped.put((Long) count[0], (Long) count[1]);
        }
        return skipped;
    }

    private static BulkJobView view(BulkTransferJob job, Map<Long, Long> skipped) {
        return new BulkJobView(job.getId(), job.getStatus(), job.getSourceSalesperson().getCode(),
                job.getSourceSalesperson().getName(), job.isKeepShares(), job.getFilterDescription(),
                job.getTotalItems(), job.getDoneItems(), job.getFailedItems(),
                skipped.getOrDefault(job.getId(), 0L).intValue(), job.getCreatedByLogin(), job.getCreatedAt(),
                job.getFinishedAt());
    }
}
