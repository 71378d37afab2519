package dev.costfit.profile;

/**
 * Google's network service tier for a Cloud Run function's responses: Premium (Google's backbone to the point of
 * presence nearest the client; Cloud Run's own egress, Google's default) or Standard (leaves Google's network near
 * the region, cheaper; https://cloud.google.com/network-tiers/docs/overview), which Cloud Run reaches through a
 * regional external Application Load Balancer in the Standard Tier.
 */
public enum NetworkTier implements Choice {
    PREMIUM, STANDARD
}
