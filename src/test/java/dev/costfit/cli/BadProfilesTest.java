package dev.costfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file in src/test/resources/bad-profiles states in its first line where the error must point and what it
 * must say: {@code # expect: LINE:COLUMN PATH | message fragment} ("-" for none). Each must fail with exit code 2,
 * the location and the message, and no stack trace.
 */
class BadProfilesTest {

    private static final Pattern EXPECT = Pattern.compile("^# expect: (\\S+) (\\S+) \\| (.+)$");

    static Stream<Path> badProfiles() throws IOException, URISyntaxException {
        Path dir = Path.of(BadProfilesTest.class.getResource("/bad-profiles").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @Test
    void theTableHasAtLeastThirtyCases() throws Exception {
        assertThat(badProfiles().count()).isGreaterThanOrEqualTo(30);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badProfiles")
    void badProfileIsRefusedWithLocationFieldAndMessage(Path file) throws IOException {
        String header = Files.readAllLines(file).get(0);
        Matcher m = EXPECT.matcher(header);
        assertThat(m.matches()).as("header of %s", file.getFileName()).isTrue();
        String location = m.group(1).equals("-") ? file.toString() : file + ":" + m.group(1);
        String prefix = m.group(2).equals("-") ? location + ": " : location + ": " + m.group(2) + ": ";

        CliRun run = CliRun.of("check", file.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        List<String> lines = run.err().lines().toList();
        assertThat(lines).as(run.err()).anySatisfy(line -> {
            assertThat(line).startsWith(prefix);
            assertThat(line).contains(m.group(3));
        });
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("internal error");
    }
}
