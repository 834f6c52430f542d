package cn.salescrm.service.bulk;

import cn.salescrm.domain.transfer.BulkJobStatus;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.logging.Logger;

/**
 * Resumes every RUNNING bulk transfer job when the application starts, for jobs a crash or a
 * shutdown interrupted. When several servers share the database, each resumes the same jobs, and
 * the job row lock in {@link BulkChunkProcessor} lets only one of them work on a chunk at a time.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@PermitAll
public class BulkJobResumer {

    private static final Logger LOG = Logger.getLogger(BulkJobResumer.class.getName());

    @PersistenceContext(unitName = "crm")
    private EntityManager em;

    @EJB
    private BulkTransferWorker worker;

    @PostConstruct
    void resumeAtStart() {
        int resumed = resumeRunningJobs();
        LOG.info(() -> "Bulk transfer: " + resumed + " RUNNING jobs resumed at start");
    }

    /** Starts a background worker for every RUNNING job and returns how many there are. */
    public int resumeRunningJobs() {
        List<Long> running = em.createQuery("SELECT j.id FROM BulkTransferJob j WHERE j.status = :status ORDER BY j.id",
                        Long.class)
                .setParameter("status", BulkJobStatus.RUNNING)
                .getResultList();
        for (Long jobId : running) {
            worker.runAsync(jobId);
        }
        return running.size();
    }
}
