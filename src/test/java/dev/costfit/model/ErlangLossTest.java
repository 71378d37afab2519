package dev.costfit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Erlang's loss formula against its published tables and figures worked by hand from its closed form. */
class ErlangLossTest {

    @Test
    void blockingMatchesErlangBTables() {
        // One server, one erlang: B = 1 / (1 + 1) = 0.5; two servers: (1/2) / (1 + 1 + 1/2) = 0.2.
        assertThat(ErlangLoss.blocking(1, 1)).isCloseTo(0.5, within(1e-15));
        assertThat(ErlangLoss.blocking(2, 1)).isCloseTo(0.2, within(1e-15));
        // Erlang B tables (traffic in erlangs, lines): 2 E on 5 lines blocks 3.67%, 5 E on 10 lines 1.84%.
        assertThat(ErlangLoss.blocking(5, 2)).isCloseTo(0.0367, within(5e-5));
        assertThat(ErlangLoss.blocking(10, 5)).isCloseTo(0.0184, within(5e-5));
        // By hand, (L^N / N!) / sum_{k<=N} L^k / k! summed in logs: B(100, 100) = 0.0757005, B(10, 2) = 3.81902e-5.
        assertThat(ErlangLoss.blocking(100, 100)).isCloseTo(0.0757005, within(1e-7));
        assertThat(ErlangLoss.blocking(10, 2)).isCloseTo(3.81902e-5, within(1e-10));
        assertThat(ErlangLoss.blocking(0, 3)).isEqualTo(1);
        // Far more servers than the load: nothing a double holds is turned away, and it stops early (99,999
        // environments kept for min_instances are priced at once).
        assertThat(ErlangLoss.blocking(99_999, 2)).isZero();
        assertThat(ErlangLoss.carried(99_999, 2)).isEqualTo(2);
    }

    @Test
    void serversCarryTheLoadNotTurnedAwayAndEachServerItsShare() {
        // 100 environments offered 100 (250/s of 400 ms): they carry 100 x (1 - 0.0757005) = 92.43, where the
        // unbounded occupancy's E[min(X, 100)] is 96.0: the rest ran on demand.
        assertThat(ErlangLoss.carried(100, 100)).isCloseTo(92.429955, within(1e-6));
        assertThat(ErlangLoss.carried(0, 100)).isZero();
        assertThat(ErlangLoss.carried(5, 0)).isZero();
        // The servers' shares add up to the load carried, and fall from the first to the last.
        double sum = 0;
        double last = 1;
        int compared = 0;
        ErlangLoss.Servers servers = new ErlangLoss.Servers(100);
        for (int k = 0; k < 100; k++) {
            double share = servers.nextBusyShare();
            assertThat(share).isLessThanOrEqualTo(last + 1e-15);
            last = share;
            sum += share;
            compared++;
        }
        assertThat(compared).isEqualTo(100);
        assertThat(sum).isCloseTo(ErlangLoss.carried(100, 100), within(1e-9));
    }
}
