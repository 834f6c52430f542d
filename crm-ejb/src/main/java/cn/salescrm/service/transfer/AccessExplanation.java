package cn.salescrm.service.transfer;

import cn.salescrm.domain.access.Relation;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Why a user can or cannot see a customer: the relation the rights decision gives, and each source it
 * comes from.
 */
public record AccessExplanation(String login, String name, Relation relation, List<Source> sources)
        implements Serializable {

    /** Kind of source of a right on a customer. */
    public enum Kind {
        /** The user has the manager role. */
        MANAGER,
        /** The user's salesperson entry owns the customer. */
        OWNER,
        /** A share row names the user's salesperson entry; it may have expired. */
        SHARER,
        /** The user's merchandiser entry is the customer's merchandiser. */
        MERCHANDISER
    }

    /**
     * One source of a right.
     *
     * @param since when it began: the transfer to the owner, the grant of the share; null if unknown
     * @param grantedBy who gave it, or null
     * @param requestId the request that gave it, or null
     * @param expiresAt end of a share, or null
     * @param active false for a share that has expired but was not removed yet
     */
    public record Source(Kind kind, Instant since, String grantedBy, Long requestId, Instant expiresAt,
                         boolean active) implements Serializable {
    }
}
