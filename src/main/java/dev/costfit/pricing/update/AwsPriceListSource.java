package dev.costfit.pricing.update;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.services.pricing.PricingClient;
import software.amazon.awssdk.services.pricing.PricingClientBuilder;
import software.amazon.awssdk.services.pricing.model.AccessDeniedException;
import software.amazon.awssdk.services.pricing.model.AttributeValue;
import software.amazon.awssdk.services.pricing.model.ExpiredNextTokenException;
import software.amazon.awssdk.services.pricing.model.Filter;
import software.amazon.awssdk.services.pricing.model.FilterType;
import software.amazon.awssdk.services.pricing.model.GetAttributeValuesResponse;
import software.amazon.awssdk.services.pricing.model.GetProductsResponse;
import software.amazon.awssdk.services.pricing.model.InvalidNextTokenException;

/**
 * The AWS Price List Query API through the AWS SDK for Java v2: GetProducts with TERM_MATCH filters, every page by
 * NextToken. The only class that touches the SDK, so that no other command loads its ~600 classes.
 */
public final class AwsPriceListSource implements PriceSource {

    /** The largest page GetProducts serves. */
    private static final int PAGE_SIZE = 100;
    /** A bound on pages per query, so that a server that never stops paging cannot keep costfit running. */
    private static final int MAX_PAGES = 10_000;
    /** Where Jackson says it stopped reading: " at [Source: (...); line: 1, column: 5477]". */
    private static final java.util.regex.Pattern JSON_SOURCE = java.util.regex.Pattern.compile(
            "\\s*(at )?\\[Source: [^\\]]*\\]");

    private final PricingClient client;
    private final int maxAttempts;

    /** Credentials from the default chain: environment, system properties, profiles (SSO too), web identity, IMDS. */
    public static AwsPriceListSource withDefaultCredentials(AwsSettings settings) {
        return new AwsPriceListSource(settings, DefaultCredentialsProvider.builder().build());
    }

    public AwsPriceListSource(AwsSettings settings, AwsCredentialsProvider credentials) {
        BackoffStrategy backoff = BackoffStrategy.exponentialDelay(settings.baseDelay(), settings.maxDelay());
        PricingClientBuilder builder = PricingClient.builder()
                // The Price List is served from us-east-1 whatever region is priced; naming it also keeps the SDK
                // from looking for a region (which can end at the instance-metadata address).
                .region(Region.US_EAST_1)
                .credentialsProvider(credentials)
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(settings.connectTimeout())
                        .socketTimeout(settings.readTimeout()))
                .overrideConfiguration(o -> o.retryStrategy(new CappedRetryAfter(AwsRetryStrategy
                        .standardRetryStrategy().toBuilder()
                        .maxAttempts(settings.maxAttempts())
                        .backoffStrategy(backoff)
                        .throttlingBackoffStrategy(backoff)
                        .circuitBreakerEnabled(false)
                        .build())));
        settings.endpoint().ifPresent(builder::endpointOverride);
        this.client = builder.build();
        this.maxAttempts = settings.maxAttempts();
    }

    @Override
    public List<String> products(AwsQuery query, IntConsumer pagesSoFar) {
        List<Filter> filters = new ArrayList<>();
        query.filters().forEach((field, value) -> filters.add(Filter.builder().type(FilterType.TERM_MATCH)
                .field(field).value(value).build()));
        List<String> products = new ArrayList<>();
        String token = null;
        int page = 0;
        do {
            page++;
            if (page > MAX_PAGES) {
                throw new UpdateFailure(query.toString(), "the answer ran past " + MAX_PAGES + " pages");
            }
            String next = token;
            GetProductsResponse response = call(query.toString(), page, () -> client.getProducts(r -> r
                    .serviceCode(query.serviceCode()).filters(filters).formatVersion("aws_v1")
                    .maxResults(PAGE_SIZE).nextToken(next)));
            products.addAll(response.priceList());
            pagesSoFar.accept(page);
            String previous = token;
            token = response.nextToken();
            if (token != null && token.equals(previous)) {
                throw new UpdateFailure(query.toString(), "page " + page + " points back to itself");
            }
        } while (token != null && !token.isEmpty());
        return products;
    }

    @Override
    public List<String> regions() {
        List<String> regions = new ArrayList<>();
        String token = null;
        int page = 0;
        do {
            page++;
            String next = token;
            GetAttributeValuesResponse response = call("the list of regions", page, () -> client.getAttributeValues(
                    r -> r.serviceCode("AWSLambda").attributeName("regionCode").maxResults(PAGE_SIZE)
                            .nextToken(next)));
            response.attributeValues().stream().map(AttributeValue::value).forEach(regions::add);
            token = response.nextToken();
        } while (token != null && !token.isEmpty() && page < MAX_PAGES);
        return regions;
    }

    /** One call, its SDK exceptions turned into what a user can act on. */
    private <T> T call(String where, int page, java.util.function.Supplier<T> request) {
        try {
            return request.get();
        } catch (AccessDeniedException e) {
            throw new CredentialsProblem("AWS refused the Price List to these credentials ("
                    + e.awsErrorDetails().errorMessage() + "): allow the IAM action pricing:GetProducts");
        } catch (InvalidNextTokenException | ExpiredNextTokenException e) {
            throw new UpdateFailure(where, "page " + page + " could not be fetched: the API no longer knows the page "
                    + "token the previous page gave (" + e.awsErrorDetails().errorCode() + ")");
        } catch (AwsServiceException e) {
            // An answer that is not AWS's error format (a proxy's 502 page) has no error code: none is printed.
            String errorCode = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
            String code = errorCode == null || errorCode.isBlank() ? "" : " " + errorCode.trim();
            if (e.statusCode() == 403 || "UnrecognizedClientException".equals(code.trim())
                    || "InvalidSignatureException".equals(code.trim())) {
                throw new CredentialsProblem("AWS did not accept these credentials (HTTP " + e.statusCode() + code
                        + "): " + CredentialsProblem.HOW);
            }
            java.util.Optional<java.time.Duration> asked = retryAfter(e).filter(d -> !RetryAfter.honoured(d));
            String retried = asked.isEmpty() && maxAttempts > 1 && (e.isThrottlingException()
                    || e.statusCode() >= 500) ? " after " + maxAttempts + " attempts" : "";
            throw new UpdateFailure(where, "page " + page + " failed with HTTP " + e.statusCode() + code + retried
                    + (e.isThrottlingException() ? " (throttled)" : "")
                    + asked.map(d -> "; " + RetryAfter.tooLong(d)).orElse(""));
        } catch (SdkClientException e) {
            if (String.valueOf(e.getMessage()).startsWith("Unable to load credentials")) {
                throw new CredentialsProblem("no AWS credentials found: " + CredentialsProblem.HOW);
            }
            throw new UpdateFailure(where, "page " + page + " could not be read: " + rootMessage(e));
        } catch (SdkException e) {
            throw new UpdateFailure(where, "page " + page + " failed: " + rootMessage(e));
        }
    }

    private static java.util.Optional<java.time.Duration> retryAfter(AwsServiceException e) {
        if (e.awsErrorDetails() == null || e.awsErrorDetails().sdkHttpResponse() == null) {
            return java.util.Optional.empty();
        }
        return e.awsErrorDetails().sdkHttpResponse().firstMatchingHeader("Retry-After")
                .flatMap(v -> RetryAfter.parse(v, java.time.Instant.now()));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        // The JSON parser's own location ("at [Source: (software.amazon.awssdk...AbortableInputStream); line: 1,
        // column: 5477]") names the SDK's classes, not anything a user can find: it is left out.
        boolean json = root.getClass().getName().contains("jackson");
        message = JSON_SOURCE.matcher(message).replaceAll("").trim();
        // The SDK's messages can run to a paragraph of advice; the first sentence says what happened.
        int end = message.indexOf(". ");
        String first = (end > 0 ? message.substring(0, end) : message).trim();
        return json ? "the answer is not JSON costfit can read (" + first + ")" : first;
    }

    @Override
    public void close() {
        client.close();
    }
}
