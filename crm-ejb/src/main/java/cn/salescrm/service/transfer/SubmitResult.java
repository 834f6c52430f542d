package cn.salescrm.service.transfer;

import java.io.Serializable;

/**
 * Result of a transfer or share submit, or of an approval: the outcome and the request it concerns.
 */
public record SubmitResult(SubmitOutcome outcome, long requestId) implements Serializable {
}
