package dev.costfit.platform;

import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.CostLines;
import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.PriceKeys;
import dev.costfit.profile.Runtime;
import dev.costfit.units.Numbers;
import java.util.List;

/**
 * What Lambda SnapStart adds to a Python or .NET function's bill (https://aws.amazon.com/lambda/pricing/, "SnapStart
 * Pricing"; glue-and-discounts-reference.md §7): the snapshot's cache, per GB of memory for every second a published
 * version is active (3 hours at least), and each restore, per GB of memory. Java managed runtimes pay neither
 * ("SnapStart pricing does not apply to supported Java managed runtimes"). Requests and duration are billed as usual.
 */
final class SnapStartCharges {

    private SnapStartCharges() {
    }

    /** Whether SnapStart is billed for this runtime: it is free for Java. */
    static boolean billed(Runtime runtime) {
        return runtime != Runtime.JAVA;
    }

    /**
     * @param memoryGb      the function's memory
     * @param activeSeconds seconds the published versions are active in the month, summed over versions
     * @param restores      execution environments restored from the snapshot (the month's cold starts)
     */
    static List<CostLine> lines(double memoryGb, double activeSeconds, double restores, String region,
                                Catalog catalog) {
        return List.of(
                CostLines.single(() -> "SnapStart cache (" + Numbers.grouped(memoryGb, 3) + " GB snapshot, one version "
                        + "active all month)", memoryGb * activeSeconds, catalog.price(PriceKeys.LAMBDA_SNAPSTART_CACHE,
                        region)),
                CostLines.single(() -> "SnapStart restores (" + Numbers.grouped(restores, 0) + " cold starts × "
                        + Numbers.grouped(memoryGb, 3) + " GB)", restores * memoryGb,
                        catalog.price(PriceKeys.LAMBDA_SNAPSTART_RESTORE, region)));
    }
}
