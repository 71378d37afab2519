package dev.costfit.profile;

/** What receives HTTP traffic in front of the compute. AUTO: API Gateway HTTP API for functions, ALB for containers. */
public enum FrontDoor implements Choice {
    AUTO, API_GATEWAY_HTTP, API_GATEWAY_REST, FUNCTION_URL, ALB, NONE
}
