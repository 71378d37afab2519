package dev.costfit.pricing.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;

/** The SDK client against the local server: the wire protocol, paging, and what missing credentials say. */
class AwsPriceListSourceTest {

    private static final AwsCredentialsProvider TEST_KEYS = StaticCredentialsProvider.create(
            AwsBasicCredentials.create("AKIDCOSTFITTEST", "test-secret"));

    private static AwsSettings fast(FakePriceList server) {
        return new AwsSettings(Optional.of(server.endpoint()), 1, Duration.ofMillis(10), Duration.ofMillis(50),
                Duration.ofSeconds(2), Duration.ofSeconds(5));
    }

    @Test
    void everyPageOfAQueryIsRead() {
        try (FakePriceList server = FakePriceList.start();
             AwsPriceListSource source = new AwsPriceListSource(fast(server), TEST_KEYS)) {
            server.pageSize = 2;
            List<Integer> pages = new ArrayList<>();
            List<String> products = source.products(new AwsQuery("AWSLambda", "eu-central-1",
                    Map.of("regionCode", "eu-central-1")), pages::add);
            // Ten Lambda products in eu-central-1, two a page: five pages.
            assertThat(products).hasSize(10);
            assertThat(pages).containsExactly(1, 2, 3, 4, 5);
            assertThat(server.targets).containsOnly("AWSPriceListService.GetProducts");
        }
    }

    @Test
    void allRegionsComeFromGetAttributeValuesAndAreRegionCodes() {
        try (FakePriceList server = FakePriceList.start();
             AwsPriceListSource source = new AwsPriceListSource(fast(server), TEST_KEYS)) {
            PriceRefresh refresh = new PriceRefresh(source, new AwsCatalogRules(List.of()), Progress.NONE);
            assertThat(refresh.allRegions()).containsExactly("eu-central-1", "us-east-1");
            assertThat(server.targets).containsOnly("AWSPriceListService.GetAttributeValues");
        }
    }

    @Test
    void missingCredentialsSayHowToProvideThem() {
        AwsCredentialsProvider none = () -> {
            throw SdkClientException.create("Unable to load credentials from any of the providers in the chain");
        };
        try (FakePriceList server = FakePriceList.start();
             AwsPriceListSource source = new AwsPriceListSource(fast(server), none)) {
            assertThatThrownBy(() -> source.products(new AwsQuery("AWSLambda", "eu-central-1", Map.of()), n -> { }))
                    .isInstanceOf(CredentialsProblem.class)
                    .hasMessageContaining("no AWS credentials found")
                    .hasMessageContaining("AWS_ACCESS_KEY_ID").hasMessageContaining("AWS_PROFILE")
                    .hasMessageContaining("aws sso login").hasMessageContaining("pricing:GetProducts");
            assertThat(server.requests.get()).isZero();
        }
    }

    @Test
    void accessDeniedNamesThePermission() {
        try (FakePriceList server = FakePriceList.start();
             AwsPriceListSource source = new AwsPriceListSource(fast(server), TEST_KEYS)) {
            server.fault = (exchange, n) -> {
                FakePriceList.error(exchange, 400, "AccessDeniedException", "not authorized to perform "
                        + "pricing:GetProducts");
                return true;
            };
            assertThatThrownBy(() -> source.products(new AwsQuery("AWSLambda", "eu-central-1", Map.of()), n -> { }))
                    .isInstanceOf(CredentialsProblem.class).hasMessageContaining("pricing:GetProducts");
        }
    }
}
