package dev.costfit.pricing.update;

/**
 * A refresh that cannot be trusted: a request failed for good, or an answer could not be read or converted. The
 * update then writes nothing; the message names the service and region.
 */
public final class UpdateFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UpdateFailure(String where, String what) {
        super(Redaction.apply(where + ": " + what), null, false, false);
    }
}
