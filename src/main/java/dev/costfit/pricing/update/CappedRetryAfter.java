package dev.costfit.pricing.update;

import software.amazon.awssdk.retries.api.AcquireInitialTokenRequest;
import software.amazon.awssdk.retries.api.AcquireInitialTokenResponse;
import software.amazon.awssdk.retries.api.RecordSuccessRequest;
import software.amazon.awssdk.retries.api.RecordSuccessResponse;
import software.amazon.awssdk.retries.api.RefreshRetryTokenRequest;
import software.amazon.awssdk.retries.api.RefreshRetryTokenResponse;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.retries.api.TokenAcquisitionFailedException;

/**
 * The SDK's retry strategy with the server's Retry-After capped at {@link RetryAfter#CAP}. The SDK passes a
 * Retry-After to its strategy as the suggested delay, and the standard strategy waits the longer of it and its own
 * back-off, however long (RetryableStage, BaseRetryStrategy.computeBackoff in SDK 2.40): a server's "3600" held
 * costfit for an hour. A suggested delay within the cap is left to the strategy; a longer one ends the retries, and
 * {@link AwsPriceListSource} says how long the server asked for.
 */
final class CappedRetryAfter implements RetryStrategy {

    private final RetryStrategy standard;

    CappedRetryAfter(RetryStrategy standard) {
        this.standard = standard;
    }

    @Override
    public AcquireInitialTokenResponse acquireInitialToken(AcquireInitialTokenRequest request) {
        return standard.acquireInitialToken(request);
    }

    @Override
    public RefreshRetryTokenResponse refreshRetryToken(RefreshRetryTokenRequest request) {
        if (request.suggestedDelay().filter(d -> !RetryAfter.honoured(d)).isPresent()) {
            throw new TokenAcquisitionFailedException("Retry-After over " + RetryAfter.CAP.toSeconds() + " s",
                    request.token(), request.failure());
        }
        return standard.refreshRetryToken(request);
    }

    @Override
    public RecordSuccessResponse recordSuccess(RecordSuccessRequest request) {
        return standard.recordSuccess(request);
    }

    @Override
    public int maxAttempts() {
        return standard.maxAttempts();
    }

    /** The wrapped strategy is configured whole (AwsRetryStrategy's conditions); the client adds nothing to it. */
    @Override
    public boolean useClientDefaults() {
        return false;
    }

    @Override
    public Builder<?, ?> toBuilder() {
        return standard.toBuilder();
    }
}
