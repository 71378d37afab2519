package dev.costfit.pricing.update.google;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costfit.pricing.update.UpdateFailure;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Retries of the Catalog API and the server's Retry-After: honoured up to 60 s, beyond the back-off's own bound. */
class CatalogHttpTest {

    /** Back-off of 10 ms up to 50 ms: a pause of a second can only be the server's Retry-After. */
    private static BillingCatalogApi api(FakeBillingCatalog server) {
        return new BillingCatalogApi(new GoogleSettings(server.endpoint(), new ApiKey(FakeBillingCatalog.KEY), 3,
                Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofSeconds(2), Duration.ofSeconds(5)));
    }

    @Test
    void aRetryAfterLongerThanTheBackOffIsHonoured() {
        // A 429 asking for 1 s, where costfit's own back-off is at most 50 ms: the old code took the back-off
        // whenever Retry-After was over its bound (Google's 25 s went by in 0.57 s).
        try (FakeBillingCatalog server = FakeBillingCatalog.start()) {
            server.fault = (exchange, n) -> {
                if (n > 1) {
                    return false;
                }
                exchange.getResponseHeaders().set("Retry-After", "1");
                FakeBillingCatalog.error(exchange, 429, "RESOURCE_EXHAUSTED", "Quota exceeded");
                return true;
            };
            long start = System.nanoTime();
            assertThat(api(server).services()).isNotEmpty();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
            assertThat(server.requests.get()).isEqualTo(2);
        }
    }

    @Test
    void aRetryAfterBeyondTheCapEndsTheUpdateAtOnceSayingSo() {
        try (FakeBillingCatalog server = FakeBillingCatalog.start()) {
            server.fault = (exchange, n) -> {
                exchange.getResponseHeaders().set("Retry-After", "3600");
                FakeBillingCatalog.error(exchange, 503, "UNAVAILABLE", "try later");
                return true;
            };
            long start = System.nanoTime();
            assertThatThrownBy(() -> api(server).services()).isInstanceOf(UpdateFailure.class)
                    .hasMessageContaining("HTTP 503")
                    .hasMessageContaining("the server asked to wait 3600 s before trying again (Retry-After), "
                            + "longer than the 60 s costfit waits: try again later");
            assertThat(server.requests.get()).isEqualTo(1);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        }
    }
}
