package dev.costfit.pricing.update;

/**
 * Opens the Price List source behind the {@link PriceSource} type, so that the command that calls this never
 * names {@link AwsPriceListSource}: the JVM then loads the SDK only when an update actually runs.
 */
public final class AwsSources {

    private AwsSources() {
    }

    public static PriceSource open(AwsSettings settings) {
        return AwsPriceListSource.withDefaultCredentials(settings);
    }
}
