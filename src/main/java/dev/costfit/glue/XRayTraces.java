package dev.costfit.glue;

import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.CostLines;
import dev.costfit.pricing.PriceKeys;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Observability;
import dev.costfit.units.Numbers;
import java.util.List;

/**
 * AWS X-Ray traces recorded (glue reference §5): a stated sampling share of every request, as the pricing page's
 * example estimates it, or X-Ray's default rule — a reservoir of the first request each second, then 5% of the rest.
 * 100,000 traces a month are free (with --free-tier). A trace is a request as the compute receives it: on Lambda fed
 * by a queue, an invocation, which runs a batch of messages (an expert review's finding: 13.4 million invocations
 * of 10-message batches were traced as 134 million messages, $46.24 where $15.83 is due).
 */
final class XRayTraces {

    /** X-Ray's default rule: one request a second, then 5% (xray-console-sampling.html). */
    private static final double RESERVOIR = 1;
    private static final double DEFAULT_RATE = 0.05;

    private XRayTraces() {
    }

    /** @param perInvocation messages one invocation runs (Lambda's batches; 1 elsewhere) */
    static GlueBill bill(Observability o, Work work, GlueSite site, double perInvocation, PricingContext context) {
        if (!o.tracing()) {
            return GlueBill.NONE;
        }
        // Deliveries per message: a retried message is traced again.
        double perMessage = work.messages() > 0 ? work.deliveries() / work.messages() : 1;
        double traces = o.traceSampling().isPresent()
                ? work.deliveries() / perInvocation * o.traceSampling().get().fraction()
                : work.monthly(rate -> {
                    double invocations = rate / perInvocation;
                    return Math.min(invocations, RESERVOIR) + DEFAULT_RATE * Math.max(0, invocations - RESERVOIR);
                }) * perMessage;
        String rule = o.traceSampling().map(s -> s.display() + " sampled").orElse("default sampling");
        double free = context.freeTier() ? context.catalog().freeTier("xray.traces").value().magnitude() : 0;
        CostLine line = CostLines.single("X-Ray traces (" + rule + (free > 0 ? ", after " + Numbers.compact(free)
                + " free" : "") + ")", Math.max(0, traces - free), context.catalog().price(PriceKeys.XRAY_TRACES,
                site.region()));
        return GlueBill.of(List.of(line));
    }
}
