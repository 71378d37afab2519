package dev.costfit.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where refreshed prices live: the XDG base-directory rule. */
class CacheLocationTest {

    @Test
    void xdgCacheHomeWinsWhenAbsolute() {
        assertThat(CacheLocation.catalogFile(Map.of("XDG_CACHE_HOME", "/x/cache"), "/home/a"))
                .contains(Path.of("/x/cache/costfit/catalog.yaml"));
    }

    @Test
    void otherwiseTheHomeFoldersCache() {
        // A relative XDG_CACHE_HOME is invalid by the spec and ignored.
        assertThat(CacheLocation.catalogFile(Map.of("XDG_CACHE_HOME", "relative"), "/home/a"))
                .contains(Path.of("/home/a/.cache/costfit/catalog.yaml"));
        assertThat(CacheLocation.catalogFile(Map.of(), "/home/a"))
                .contains(Path.of("/home/a/.cache/costfit/catalog.yaml"));
        assertThat(CacheLocation.catalogFile(Map.of(), "")).isEmpty();
    }
}
