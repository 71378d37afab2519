package dev.costfit.pricing;

/** The catalog has no price for what a platform needs: the platform cannot be priced, and the user is told why. */
public final class MissingPriceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MissingPriceException(String message) {
        super(message, null, false, false);
    }
}
