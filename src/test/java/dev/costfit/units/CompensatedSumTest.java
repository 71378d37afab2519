package dev.costfit.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The loop's compensated sum against the JDK's own DoubleStream.sum, bit for bit, and against sums by hand. */
class CompensatedSumTest {

    private static double loop(double[] terms) {
        CompensatedSum sum = new CompensatedSum();
        for (double t : terms) {
            sum.add(t);
        }
        return sum.value();
    }

    @Test
    void isDoubleStreamSumToTheLastBit() {
        Random random = new Random(7);
        int compared = 0;
        for (int run = 0; run < 20_000; run++) {
            double[] terms = new double[random.nextInt(170)];
            for (int i = 0; i < terms.length; i++) {
                // Terms 30 orders of magnitude apart, of both signs: where compensation changes the last bits.
                terms[i] = Math.pow(10, random.nextInt(30) - 15) * (random.nextDouble() - 0.3);
            }
            assertThat(Double.doubleToRawLongBits(loop(terms)))
                    .as(Arrays.toString(terms)).isEqualTo(Double.doubleToRawLongBits(Arrays.stream(terms).sum()));
            compared++;
        }
        assertThat(compared).isEqualTo(20_000);
    }

    @Test
    void compensatesWhatASimpleSumLoses() {
        // 1 + 1e-16 + 1e-16 (ten thousand times): a plain double sum stays at 1 (each 1e-16 is below half an ulp
        // of 1), the compensated one reaches 1 + 1e-12 to within an ulp.
        double[] terms = new double[10_001];
        Arrays.fill(terms, 1e-16);
        terms[0] = 1;
        double plain = 0;
        for (double t : terms) {
            plain += t;
        }
        assertThat(plain).isEqualTo(1.0);
        assertThat(loop(terms)).isCloseTo(1 + 1e-12, org.assertj.core.api.Assertions.within(Math.ulp(1.0)));
    }

    @Test
    void infinitiesOfOneSignSumToThatInfinity() {
        assertThat(loop(new double[] {Double.POSITIVE_INFINITY, 1, Double.POSITIVE_INFINITY}))
                .isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(loop(new double[] {Double.NEGATIVE_INFINITY, -2})).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(loop(new double[] {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})).isNaN();
        assertThat(loop(new double[0])).isZero();
    }
}
