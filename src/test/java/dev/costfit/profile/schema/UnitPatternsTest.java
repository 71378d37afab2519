package dev.costfit.profile.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costfit.units.Units;
import dev.costfit.yaml.InvalidValue;
import dev.costfit.yaml.Location;
import dev.costfit.yaml.YamlNode;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The schema's unit patterns accept exactly the spellings the unit parsers read. */
class UnitPatternsTest {

    private static final List<String> PIECES = List.of("0", "1", "2", "5", "9", "12", "512", ".", ".5", " ", "  ",
            "-", "e", "B", "b", "KB", "kb", "KiB", "MB", "Mb", "M", "Mi", "MiB", "GB", "gib", "G", "TB", "TiB", "T",
            "ms", "s", "S", "sec", "min", "m", "h", "hr", "d", "day", "month", "/", "/s", "/min", "/h", "/day",
            "/month", "/sec", "/week", "k", "K", "x", "X", "%", "1234567890123456789");

    private static final List<String> NUMBERS = List.of("1", "12", "0.25", ".5", "512", " 3", "1234567890123456789");

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "size | 512MB | true", "size | 2 GiB | true", "size | 1.5tb | true", "size | .5KB | true",
        "size | 512 | false", "size | 512M | false", "size | 512 MiBs | false", "size | -1MB | false",
        "duration | 250ms | true", "duration | 6s | true", "duration | 15min | true", "duration | 2h | true",
        "duration | 6 sec | false", "duration | 6S | false", "duration | 1d | false",
        "rate | 20/s | true", "rate | 50k/day | true", "rate | 1.2M/month | true", "rate | 1500 / min | true",
        "rate | 20/sec | false", "rate | 1m/s | false", "rate | 20 | false", "rate | 1e3/s | false",
        "percent | 70% | true", "percent | 0.5 % | true", "percent | 70 | false",
        "multiplier | 3x | true", "multiplier | 1.5X | true", "multiplier | 3 | false", "multiplier | x3 | false"})
    void handPickedSpellings(String unit, String text, boolean accepted) {
        assertThat(Pattern.matches(pattern(unit), text)).isEqualTo(accepted);
        assertThat(parses(unit, text)).isEqualTo(accepted);
    }

    /** Random strings of digits, units and near-misses: the pattern matches exactly when the parser reads one. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"size", "duration", "rate", "percent", "multiplier"})
    void patternAndParserAgreeOnRandomSpellings(String unit) {
        Random random = new Random(15L + unit.hashCode());
        Pattern pattern = Pattern.compile(pattern(unit));
        int accepted = 0;
        int refused = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder(random.nextBoolean() ? NUMBERS.get(random.nextInt(NUMBERS.size()))
                    : "");
            for (int n = 1 + random.nextInt(3); n > 0; n--) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            boolean parses = parses(unit, text.toString());
            assertThat(pattern.matcher(text).matches()).as("'%s'", text).isEqualTo(parses);
            if (parses) {
                accepted++;
            } else {
                refused++;
            }
        }
        // Both answers were compared often, so the agreement means something.
        assertThat(accepted).isGreaterThan(50);
        assertThat(refused).isGreaterThan(5_000);
    }

    @Test
    void caselessKeepsEscapesClassesAndGroupNames() {
        assertThat(UnitPatterns.caseless("(?<mb>[0-9]+)\\s*MiB|vCPU"))
                .isEqualTo("(?<mb>[0-9]+)\\s*[mM][iI][bB]|[vV][cC][pP][uU]");
    }

    private static String pattern(String unit) {
        return switch (unit) {
            case "size" -> UnitPatterns.size();
            case "duration" -> UnitPatterns.duration();
            case "rate" -> UnitPatterns.rate();
            case "percent" -> UnitPatterns.percent();
            default -> UnitPatterns.multiplier();
        };
    }

    /** Whether the parser reads the spelling; a percentage over 100% is spelt right but out of range. */
    private static boolean parses(String unit, String text) {
        YamlNode.Scalar scalar = new YamlNode.Scalar(text, YamlNode.ScalarKind.STRING, new Location("t", 1, 1));
        try {
            switch (unit) {
                case "size" -> Units.size(scalar);
                case "duration" -> Units.duration(scalar);
                case "rate" -> Units.rate(scalar);
                case "percent" -> Units.percent(scalar);
                default -> Units.multiplier(scalar);
            }
            return true;
        } catch (InvalidValue e) {
            return e.getMessage().contains("cannot exceed 100%");
        }
    }
}
