package dev.costfit.pricing.update;

import java.math.BigDecimal;

/**
 * One tier of a refreshed price as the provider published it: up to {@code upTo} units of the month (infinite for
 * the last), {@code price} per unit as the exact decimal the API sent. Kept as a decimal so that the overlay prints
 * the published digits ("0.000111"), never a double's expansion of a quotient (0.000111 / 3600 printed as
 * "0.00000003083333333333333", which the catalog reader refuses).
 */
public record RefreshedTier(double upTo, BigDecimal price) {

    public RefreshedTier {
        // 0.0001110000 and 0.000111 are one price: compared and printed without the API's padding.
        price = price.signum() == 0 ? BigDecimal.ZERO : price.stripTrailingZeros();
    }

    public boolean isOpenEnded() {
        return Double.isInfinite(upTo);
    }
}
