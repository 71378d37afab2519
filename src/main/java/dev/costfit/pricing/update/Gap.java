package dev.costfit.pricing.update;

/**
 * A price a refresh did not take, for one key in one region: the source has none there, or gives one costfit will
 * not take (a $0 price for a key that is billed). {@code service} is the API's name for what was asked
 * ("AmazonECS", "Cloud Run"); {@code incomplete} says the catalog in force priced the key there, so the refresh
 * left a price it should have renewed (the update then exits 3, the catalog keeping what it had).
 */
public record Gap(String service, String region, String key, String reason, boolean incomplete) {
}
