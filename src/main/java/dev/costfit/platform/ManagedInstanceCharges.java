package dev.costfit.platform;

import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.CostLines;
import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.InstanceType;
import dev.costfit.pricing.Price;
import dev.costfit.pricing.PriceKeys;
import dev.costfit.units.Numbers;
import java.util.List;

/**
 * What Lambda Managed Instances bills (https://aws.amazon.com/lambda/pricing/, glue-and-discounts-reference.md §8):
 * the EC2 instances of the capacity provider at their on-demand price, a management fee of 15% of that on-demand
 * price per instance-hour, and $0.20 per million requests. There is no charge for each request's duration: a
 * request that waits on an LLM costs nothing while it waits, beyond the instance it shares. A pricing option's
 * commitment discounts the instance line afterwards ({@link Commitments}, which names the committed part), never
 * the fee; so the instance line's name says which type, not which price.
 */
final class ManagedInstanceCharges {

    private ManagedInstanceCharges() {
    }

    /**
     * @param instanceHours the month's instance-hours of {@code type}
     * @param requests      the month's billed requests ({@link BilledRequests}: an event may count for several)
     * @param requestsName  their line's name
     */
    static List<CostLine> lines(InstanceType type, double instanceHours, double requests, String requestsName,
                                String region, Catalog catalog) {
        Price instance = catalog.price(type.priceKey(), region);
        double share = feeShare(catalog);
        // The fee is a share of the on-demand price even when a Savings Plan or Reserved Instances cover the
        // instance-hours (the pricing page's example: 15% of $0.1632, not of the $0.0457 Savings Plan rate).
        return List.of(
                CostLines.single("lmi.instances", () -> "EC2 instances (" + type.name() + ")", instanceHours,
                        instance),
                CostLine.of("lmi.management-fee", () -> "Management fee (" + Numbers.grouped(share * 100, 2)
                        + "% of the on-demand price)", instanceHours, instance.unit(), instance.unitPrice() * share),
                CostLines.single("lambda.requests:lmi", requestsName, requests, catalog.price(PriceKeys.LAMBDA_REQUESTS,
                        region)));
    }

    /** What an instance-hour of {@code type} costs with its management fee: the figure instance types are ranked by. */
    static double hourly(Price instance, double feeShare) {
        return instance.unitPrice() * (1 + feeShare);
    }

    /** The management fee as a share of the instance's on-demand price. */
    static double feeShare(Catalog catalog) {
        return catalog.limit("lmi.management-fee").value().magnitude();
    }
}
