package dev.costfit.pricing.update;

/** The Price List cannot be asked at all with what this machine has: no credentials, or not allowed to. */
public final class CredentialsProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public static final String HOW = "set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN for "
            + "temporary keys), or AWS_PROFILE to a profile in ~/.aws/config (for an SSO profile run "
            + "`aws sso login --profile NAME` first); the identity needs only the IAM action pricing:GetProducts "
            + "(and pricing:GetAttributeValues for --all-regions)";

    public CredentialsProblem(String message) {
        super(Redaction.apply(message), null, false, false);
    }
}
