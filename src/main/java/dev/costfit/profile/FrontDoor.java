package dev.costfit.profile;

/** What receives HTTP traffic in front of the compute. AUTO: API Gateway HTTP API for functions, ALB for containers. */
public enum FrontDoor implements Choice {
    AUTO("auto"), API_GATEWAY_HTTP("api-gateway-http"), API_GATEWAY_REST("api-gateway-rest"),
    FUNCTION_URL("function-url"), ALB("alb"), NONE("none");

    private final String spelling;

    FrontDoor(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }
}
