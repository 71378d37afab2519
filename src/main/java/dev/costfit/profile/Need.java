package dev.costfit.profile;

/** Whether a profile must state a field, and for which kind of work. */
public enum Need {
    /** Every profile states it (inside its section, when the section is there). */
    REQUIRED,
    /** A profile may leave it out; its default, or its absence, is documented. */
    OPTIONAL,
    /** A service must state it; a job may not (its work is a schedule). */
    SERVICE_ONLY,
    /** A job must state it; a service may not. */
    JOB_ONLY,
    /** A service must state it; a job may, and defaults it. */
    REQUIRED_FOR_SERVICE;

    /** Whether a profile of this kind has to state the field. */
    public boolean requiredFor(Kind kind) {
        return switch (this) {
            case REQUIRED -> true;
            case OPTIONAL -> false;
            case SERVICE_ONLY, REQUIRED_FOR_SERVICE -> kind == Kind.SERVICE;
            case JOB_ONLY -> kind == Kind.JOB;
        };
    }

    /** Whether a profile of this kind may state the field at all. */
    public boolean allowedFor(Kind kind) {
        return switch (this) {
            case SERVICE_ONLY -> kind == Kind.SERVICE;
            case JOB_ONLY -> kind == Kind.JOB;
            default -> true;
        };
    }

    /** In words, for the reference documentation. */
    public String words() {
        return switch (this) {
            case REQUIRED -> "required";
            case OPTIONAL -> "optional";
            case SERVICE_ONLY -> "required for a service; not allowed in a job";
            case JOB_ONLY -> "required for a job; not allowed in a service";
            case REQUIRED_FOR_SERVICE -> "required for a service; optional for a job";
        };
    }
}
