package dev.costfit.profile;

/** What runs the steps of a pipeline on functions: Step Functions (Standard or Express), or the steps themselves. */
public enum Orchestrator implements Choice {
    STEP_FUNCTIONS_STANDARD, STEP_FUNCTIONS_EXPRESS, NONE
}
