package dev.costfit.pricing.update.google;

import java.math.BigDecimal;

/** A number as notes print it: the shortest plain decimal that reads back as the same double. */
final class OverlayNumber {

    private OverlayNumber() {
    }

    static String of(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
