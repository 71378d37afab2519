package dev.costfit.profile;

/**
 * What the platforms say when a profile relied on a default that changes how they compute. Every default itself is
 * declared with its field in {@link ProfileFormat}.
 */
public final class ProfileDefaults {

    public static final String CPU_MODEL_OFF = "without cpu_time, costfit cannot tell how CPU-bound a request is: "
            + "durations are used as stated on every platform, whatever CPU a memory setting or task size gives; "
            + "state cpu_time to turn the CPU model on (a 256 MB Lambda has 0.14 vCPU, a 1st gen 128 MB function "
            + "0.08)";

    private ProfileDefaults() {
    }
}
