package dev.costfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** `pricing show` off a terminal keeps each row on one line; on a screen (COLUMNS) it fits the width. */
class PricingShowWidthTest {

    private static final String SOURCE = "https://b0.p.awsstatic.com/pricing/2.0/meteredUnitMaps/ecs/USD/current/"
            + "ecs.json (the data https://aws.amazon.com/fargate/pricing/ shows)";

    @Test
    void throughAPipeEachRowIsOneLine() {
        // In-process, as through a pipe: no terminal. It was fitted to 120 columns and the source wrapped ten
        // characters wide; the Tokyo storage price, $0.000133 a GB-hour, is $0.000133 / 3600 a GB-second, shown to
        // twelve significant digits (it printed 0.000000036944444444444447).
        CliRun run = CliRun.of("pricing", "show", "--key", "fargate.ephemeral-storage", "--region",
                "ap-northeast-1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().filter(l -> l.startsWith("fargate.ephemeral-storage"))).singleElement()
                .asString().contains("0.0000000369444444444  GB-second", SOURCE);
    }

    @Test
    void onAScreenOfColumnsItFitsTheWidth() throws Exception {
        CliRun run = CliRun.inOwnJvm(Map.of("COLUMNS", "140"), "pricing", "show", "--key",
                "fargate.ephemeral-storage", "--region", "ap-northeast-1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).allMatch(l -> l.length() <= 140);
        // The source wraps under its header instead: more lines than the two of the header and the one row.
        assertThat(run.out().lines().skip(3).filter(l -> !l.isBlank()).count()).isGreaterThan(4);
    }
}
