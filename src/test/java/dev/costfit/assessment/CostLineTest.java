package dev.costfit.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A cost line whose name carries figures writes it when a report first reads it (issue 13: a search reads costs
 * alone), and otherwise behaves as the record it was: equal, hashed and printed by its seven components.
 */
class CostLineTest {

    @Test
    void aComponentWithFiguresIsWrittenOnFirstReadAndOnlyOnce() {
        AtomicInteger written = new AtomicInteger();
        CostLine line = CostLine.of("lambda.requests", () -> {
            written.incrementAndGet();
            return "Requests (after 1M free)";
        }, 2_000_000, "request", 0.0000002);

        assertThat(line.monthlyCost()).isEqualTo(2_000_000 * 0.0000002);
        assertThat(written).hasValue(0);
        assertThat(line.component()).isEqualTo("Requests (after 1M free)");
        assertThat(line.component()).isEqualTo("Requests (after 1M free)");
        assertThat(written).hasValue(1);
    }

    @Test
    void aLineIsEqualToTheSameLineWrittenAtOnce() {
        CostLine deferred = CostLine.of("lambda.requests", () -> "Requests", 10, "request", 0.25);
        CostLine written = new CostLine("lambda.requests", "Requests", 10, "request", 0.25, 2.5, false);

        assertThat(deferred).isEqualTo(written).hasSameHashCodeAs(written);
        assertThat(deferred.toString()).isEqualTo("CostLine[key=lambda.requests, component=Requests, quantity=10.0, "
                + "unit=request, unitPrice=0.25, monthlyCost=2.5, shared=false]");
        assertThat(deferred).isNotEqualTo(CostLine.of("lambda.requests", "Requests (after 1M free)", 10, "request",
                0.25));
        assertThat(deferred).isNotEqualTo(CostLine.shared("lambda.requests", "Requests", 10, "request", 0.25));
    }
}
