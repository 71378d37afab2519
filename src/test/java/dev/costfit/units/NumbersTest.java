package dev.costfit.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Number text is built by hand on the hot path (issue 13: formatting took a third of an assessment); the JDK's
 * DecimalFormat, which it replaces, is the reference here, on written cases and on 200,000 seeded values.
 */
class NumbersTest {

    @Test
    void writtenCases() {
        assertThat(Numbers.grouped(1234567.891, 2)).isEqualTo("1,234,567.89");
        assertThat(Numbers.grouped(0.125, 2)).isEqualTo("0.13"); // an exact half rounds up
        assertThat(Numbers.grouped(1.005, 2)).isEqualTo("1"); // the double is 1.00499999999999989…
        assertThat(Numbers.grouped(2.5, 0)).isEqualTo("3");
        assertThat(Numbers.grouped(-2.5, 0)).isEqualTo("-3");
        assertThat(Numbers.grouped(-0.4, 0)).isEqualTo("0");
        assertThat(Numbers.grouped(1000, 3)).isEqualTo("1,000");
        assertThat(Numbers.grouped(0.0625, 3)).isEqualTo("0.063");
        assertThat(Numbers.grouped(0.000123, 4)).isEqualTo("0.0001");
        assertThat(Numbers.grouped(999.9996, 3)).isEqualTo("1,000");
        assertThat(Numbers.grouped(123456789012.5, 0)).isEqualTo("123,456,789,013");
        assertThat(Money.cents(1234567.5)).isEqualTo("1,234,567.50");
        assertThat(Money.cents(0.125)).isEqualTo("0.12"); // half to even
    }

    @Test
    void groupedEqualsDecimalFormatOnSeededValues() {
        SplittableRandom random = new SplittableRandom(13);
        int compared = 0;
        int slow = 0;
        for (int i = 0; i < 200_000; i++) {
            int decimals = random.nextInt(12);
            double value = switch (i % 5) {
                case 0 -> random.nextDouble() * Math.pow(10, random.nextInt(-6, 16));
                case 1 -> -random.nextDouble() * Math.pow(10, random.nextInt(-3, 10));
                // Halves and near-halves at the rounding digit, where a wrong rounding would show.
                case 2 -> (random.nextInt(1_000_000) + 0.5) / Math.pow(10, decimals);
                case 3 -> Math.nextUp((random.nextInt(1_000_000) + 0.5) / Math.pow(10, decimals));
                default -> random.nextInt(100_000) / 8.0; // binary fractions: exact halves at many places
            };
            String expected = reference(value, decimals);
            assertThat(Numbers.grouped(value, decimals)).as("%s to %d decimals", value, decimals)
                    .isEqualTo(expected);
            compared++;
        }
        assertThat(compared).isEqualTo(200_000);
    }

    @Test
    void centsEqualDecimalFormatOnSeededAmounts() {
        SplittableRandom random = new SplittableRandom(7);
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        for (int i = 0; i < 50_000; i++) {
            double usd = i % 2 == 0 ? random.nextDouble() * Math.pow(10, random.nextInt(-3, 12))
                    : random.nextInt(10_000_000) / 1000.0;
            BigDecimal rounded = BigDecimal.valueOf(usd).setScale(2, RoundingMode.HALF_EVEN);
            assertThat(Money.cents(usd)).as("%s", usd).isEqualTo(format.format(rounded));
        }
    }

    private static final DecimalFormat[] FORMATS = new DecimalFormat[12];

    private static String reference(double value, int decimals) {
        if (FORMATS[decimals] == null) {
            FORMATS[decimals] = new DecimalFormat("#,##0" + (decimals > 0 ? "." + "#".repeat(decimals) : ""),
                    DecimalFormatSymbols.getInstance(Locale.ROOT));
            FORMATS[decimals].setRoundingMode(RoundingMode.HALF_UP);
        }
        String text = FORMATS[decimals].format(value);
        return text.equals("-0") ? "0" : text;
    }
}
