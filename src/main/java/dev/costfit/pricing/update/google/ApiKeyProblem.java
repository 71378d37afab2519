package dev.costfit.pricing.update.google;

import dev.costfit.pricing.update.Redaction;

/** Google will not answer with this key: not valid, restricted, or the Cloud Billing API is not enabled for it. */
public final class ApiKeyProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What a user does about it (https://cloud.google.com/billing/docs/how-to/get-pricing-information-api). */
    public static final String HOW = "set " + ApiKey.VARIABLE + " to an API key of a Google Cloud project where the "
            + "Cloud Billing API is enabled (`gcloud services enable cloudbilling.googleapis.com`, then APIs & "
            + "Services > Credentials > Create credentials > API key, restricted to the Cloud Billing API); the "
            + "Catalog API is free and reads no data of the project";

    public ApiKeyProblem(String message) {
        super(Redaction.apply(message), null, false, false);
    }
}
