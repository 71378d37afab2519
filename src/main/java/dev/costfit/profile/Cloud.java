package dev.costfit.profile;

/** The provider a platform runs on. A profile's `region` is an AWS region; `clouds` can keep it on one. */
public enum Cloud implements Choice {
    AWS, GCP;

    public String displayName() {
        return this == AWS ? "AWS" : "Google Cloud";
    }
}
