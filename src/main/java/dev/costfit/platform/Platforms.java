package dev.costfit.platform;

import java.util.List;
import java.util.Optional;

/** The platforms costfit knows, in the order reports show them. Adding a platform is one line here. */
public final class Platforms {

    private static final List<Platform> ALL = List.of(
            new LambdaPlatform(),
            new CloudFunctionsGen2Platform(),
            new CloudFunctionsGen1Platform(),
            new FargatePlatform(),
            new EksPlatform());

    private Platforms() {
    }

    public static List<Platform> all() {
        return ALL;
    }

    public static Optional<Platform> byId(String id) {
        return ALL.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public static List<String> ids() {
        return ALL.stream().map(Platform::id).toList();
    }
}
