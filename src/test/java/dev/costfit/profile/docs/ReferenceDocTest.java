package dev.costfit.profile.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costfit.profile.ProfileFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/profile.md is generated from the registry and kept in sync; it documents every field and no other. */
class ReferenceDocTest {

    private static final Path PUBLISHED = Path.of(ReferenceDoc.PUBLISHED);

    @Test
    void thePublishedReferenceIsTheGeneratedOne() throws IOException {
        String generated = ReferenceDoc.text();
        if (Boolean.getBoolean("costfit.regenerate")) {
            Files.createDirectories(PUBLISHED.getParent());
            Files.writeString(PUBLISHED, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(PUBLISHED)).as("%s is stale: run mvn -q test -Dtest=ReferenceDocTest "
                + "-Dcostfit.regenerate=true", PUBLISHED).isEqualTo(generated);
    }

    @Test
    void everyFieldHasAHeadingAndTheHeadingsAreExactlyTheRegistrysPaths() {
        List<String> headings = ReferenceDoc.text().lines()
                .filter(l -> l.startsWith("### `") || l.startsWith("#### `"))
                .map(l -> l.substring(l.indexOf('`') + 1, l.lastIndexOf('`'))).toList();
        assertThat(headings).containsExactlyElementsOf(ProfileFormat.paths());
    }

    @Test
    void aFieldShowsItsTypeDefaultAndWhyExampleAndTheModelItFeeds() {
        String text = ReferenceDoc.text();
        String burst = text.substring(text.indexOf("#### `traffic.burst`"), text.indexOf("### `duration`"));
        assertThat(burst).contains("- Type: a multiplier such as 3x (1x means no burst); at least 1x and at most "
                        + "1,000x (1x is no burst)")
                .contains("- Default: `1x`: no short peaks above the hourly rate.")
                .contains("- Feeds: traffic and concurrency, settings and sizing, limits")
                .contains("```yaml\ntraffic:\n  burst: 3x\n```");
        String trigger = text.substring(text.indexOf("#### `trigger`"), text.indexOf("#### `front_door`"));
        assertThat(trigger).contains("- Default: by `kind`: `http` for service (synchronous HTTP requests); "
                + "`schedule` for job (a job is started on its schedule).");
    }

    @Test
    void anchorsAreGithubs() {
        assertThat(ReferenceDoc.anchor("platforms.cloud-functions-gen2.billing"))
                .isEqualTo("platformscloud-functions-gen2billing");
        assertThat(ReferenceDoc.anchor("traffic.rate")).isEqualTo("trafficrate");
    }
}
