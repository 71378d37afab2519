package dev.costfit.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.yaml.InvalidValue;
import dev.costfit.yaml.Location;
import dev.costfit.yaml.YamlNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitsTest {

    private static final Location AT = new Location("t.yaml", 1, 1);

    private static YamlNode.Scalar text(String s) {
        return new YamlNode.Scalar(s, YamlNode.ScalarKind.STRING, AT);
    }

    private static YamlNode.Scalar number(String s) {
        return new YamlNode.Scalar(s, s.contains(".") ? YamlNode.ScalarKind.DECIMAL : YamlNode.ScalarKind.INTEGER, AT);
    }

    @ParameterizedTest(name = "{0} = {1} bytes")
    @CsvSource({
        // Every size unit is a power of 1024, as the providers bill (Lambda MB = MiB, Fargate GB = GiB).
        "512B, 512", "1KB, 1024", "1KiB, 1024", "512MB, 536870912", "512MiB, 536870912", "512 MB, 536870912",
        "1.5GB, 1610612736", "2GiB, 2147483648", "1TB, 1099511627776", "1TiB, 1099511627776",
        "512mb, 536870912", "0.5GB, 536870912", ".5GB, 536870912"})
    void sizes(String input, double bytes) throws InvalidValue {
        assertThat(Units.SIZE.parse(text(input)).bytes()).isEqualTo(bytes);
    }

    @ParameterizedTest(name = "{0} = {1} s")
    @CsvSource({"250ms, 0.25", "6s, 6", "1.5s, 1.5", "15min, 900", "2h, 7200", "120 ms, 0.12"})
    void durations(String input, double seconds) throws InvalidValue {
        assertThat(Units.DURATION.parse(text(input)).seconds()).isCloseTo(seconds, within(1e-12));
    }

    @ParameterizedTest(name = "{0} = {1}/s")
    @CsvSource({
        "20/s, 20", "1500/min, 25", "36000/h, 10", "86400/day, 1", "50k/day, 0.5787037037037037",
        "2628000/month, 1", "1.2M/month, 0.45662100456621", "3M/month, 1.1415525114155252", "1B/month, 380.517503805175",
        "2K/s, 2000", "20 / s, 20"})
    void rates(String input, double perSecond) throws InvalidValue {
        assertThat(Units.RATE.parse(text(input)).perSecond()).isCloseTo(perSecond, within(perSecond * 1e-12));
    }

    @Test
    void aMonthIs730Hours() throws InvalidValue {
        assertThat(Units.RATE.parse(text("1/s")).perMonth()).isEqualTo(730 * 3600);
        assertThat(Units.RATE.parse(text("3M/month")).perMonth()).isCloseTo(3_000_000, within(1e-6));
    }

    @ParameterizedTest
    @CsvSource({"70%, 0.7", "0%, 0", "100%, 1", "0.5%, 0.005"})
    void percentages(String input, double fraction) throws InvalidValue {
        assertThat(Units.PERCENT.parse(text(input)).fraction()).isCloseTo(fraction, within(1e-15));
    }

    @ParameterizedTest
    @CsvSource({"3x, 3", "1x, 1", "1.5x, 1.5", "2X, 2"})
    void multipliers(String input, double value) throws InvalidValue {
        assertThat(Units.MULTIPLIER.parse(text(input))).isEqualTo(value);
    }

    @Test
    void countsAcceptBareIntegersOnly() throws InvalidValue {
        assertThat(Units.COUNT.parse(number("40"))).isEqualTo(40);
        assertThat(Units.COUNT.parse(text("40"))).isEqualTo(40);
        assertThatThrownBy(() -> Units.COUNT.parse(number("4.5"))).hasMessageContaining("whole number");
        assertThatThrownBy(() -> Units.COUNT.parse(number("-1"))).hasMessageContaining("at least 0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"512", "0.5"})
    void bareNumbersAreRefusedWhereAUnitIsExpected(String bare) {
        assertThatThrownBy(() -> Units.SIZE.parse(number(bare))).hasMessageContaining("without a unit");
        assertThatThrownBy(() -> Units.DURATION.parse(number(bare))).hasMessageContaining("without a unit");
        assertThatThrownBy(() -> Units.RATE.parse(number(bare))).hasMessageContaining("without a unit");
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "size | 512M | write 512MB", "size | 2Gi | write 2GiB", "duration | 6m | 'min' for minutes",
        "duration | 6sec | write 's'", "duration | 3hours | write 'h'", "rate | 20/sec | write /s",
        "rate | 20/hour | write /h", "rate | 5/week | /day", "rate | 2m/s | unknown multiplier 'm'",
        "percent | 150% | cannot exceed 100%", "duration | -5s | cannot be negative", "size | 1.2.3MB | expected"})
    void typosGetAHint(String kind, String input, String hint) {
        var parser = switch (kind) {
            case "size" -> Units.SIZE;
            case "duration" -> Units.DURATION;
            case "rate" -> Units.RATE;
            default -> Units.PERCENT;
        };
        assertThatThrownBy(() -> parser.parse(text(input))).hasMessageContaining(hint);
    }

    @Test
    void booleansAreOnlyTrueAndFalse() throws InvalidValue {
        assertThat(Units.BOOLEAN.parse(new YamlNode.Scalar("true", YamlNode.ScalarKind.BOOLEAN, AT))).isTrue();
        assertThat(Units.BOOLEAN.parse(new YamlNode.Scalar("False", YamlNode.ScalarKind.BOOLEAN, AT))).isFalse();
        assertThatThrownBy(() -> Units.BOOLEAN.parse(new YamlNode.Scalar("yes", YamlNode.ScalarKind.BOOLEAN, AT)))
                .hasMessageContaining("expected true or false");
    }

    @Test
    void anyQuantityTellsKindsApartByUnit() throws InvalidValue {
        assertThat(Units.ANY.parse(text("900s"))).isEqualTo(new TimeSpan(900));
        assertThat(Units.ANY.parse(text("10240MB"))).isEqualTo(DataSize.ofMiB(10240));
        assertThat(Units.ANY.parse(number("1000"))).isEqualTo(new Count(1000));
        assertThat(Units.ANY.parse(text("70%"))).isEqualTo(Percent.of(70));
        assertThat(Units.ANY.parse(text("10/s"))).isEqualTo(new Rate(10));
    }

    @Test
    void displayPicksTheReadableForm() {
        assertThat(Rate.perMonth(3_000_000).display()).isEqualTo("3M/month");
        assertThat(new Rate(20).display()).isEqualTo("20/s");
        assertThat(new Rate(1 / 60.0).display()).isEqualTo("1/min");
        assertThat(DataSize.ofMiB(512).display()).isEqualTo("512 MB");
        assertThat(new TimeSpan(0.12).display()).isEqualTo("120 ms");
        assertThat(new TimeSpan(900).display()).isEqualTo("15 min");
        assertThat(new TimeSpan(90).display()).isEqualTo("90 s (1.5 min)");
        assertThat(new TimeSpan(7200).display()).isEqualTo("2 h");
    }

    @Test
    void moneyRoundsOnlyWhenPrinted() {
        assertThat(Money.format(2.7333)).isEqualTo("$2.73");
        assertThat(Money.format(1234.5)).isEqualTo("$1,234.50");
        assertThat(Money.format(0.004)).isEqualTo("<$0.01");
        assertThat(Money.format(0)).isEqualTo("$0.00");
        assertThat(Money.format(-3.1)).isEqualTo("-$3.10");
        assertThat(Money.unitPrice(0.0000166667)).isEqualTo("$0.0000166667");
        // Half to even on the decimal the double stands for: Infracost's ALB golden prints 730 x $0.0225 = $16.42,
        // and its Cloud Functions 1st-gen total 29.875 as $29.88.
        assertThat(Money.format(730 * 0.0225)).isEqualTo("$16.42");
        assertThat(Money.format(29.875)).isEqualTo("$29.88");
        assertThat(Money.format(1.875)).isEqualTo("$1.88");
    }
}
