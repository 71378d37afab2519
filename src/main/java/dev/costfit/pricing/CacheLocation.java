package dev.costfit.pricing;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where `costfit pricing update` keeps its refreshed prices: $XDG_CACHE_HOME/costfit/catalog.yaml, else
 * ~/.cache/costfit/catalog.yaml (the XDG base-directory rule; a cache because it can always be fetched again).
 */
public final class CacheLocation {

    private CacheLocation() {
    }

    /** The refreshed catalog's path under this process's environment; empty when no home folder is known. */
    public static Optional<Path> catalogFile() {
        return catalogFile(System.getenv(), System.getProperty("user.home"));
    }

    /** The same under {@code env} (what a test passes for the process's environment). */
    public static Optional<Path> catalogFile(Map<String, String> env) {
        return catalogFile(env, System.getProperty("user.home"));
    }

    static Optional<Path> catalogFile(Map<String, String> env, String home) {
        String xdg = env.get("XDG_CACHE_HOME");
        // The spec says a relative XDG_CACHE_HOME is invalid and must be ignored.
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Optional.of(Path.of(xdg, "costfit", "catalog.yaml"));
        }
        if (home == null || home.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Path.of(home, ".cache", "costfit", "catalog.yaml"));
    }
}
