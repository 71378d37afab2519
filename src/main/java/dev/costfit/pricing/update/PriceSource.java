package dev.costfit.pricing.update;

import java.util.List;
import java.util.function.IntConsumer;

/**
 * Where a refresh reads AWS products: every page of one query, each product as the Price List's JSON text.
 * Implementations throw {@link UpdateFailure} for an answer that cannot be had or read whole, and
 * {@link CredentialsProblem} when they cannot ask at all.
 */
public interface PriceSource extends AutoCloseable {

    List<String> products(AwsQuery query, IntConsumer pagesSoFar);

    /** Every AWS region code the Price List prices Lambda in (for --all-regions). */
    List<String> regions();

    @Override
    default void close() {
    }
}
