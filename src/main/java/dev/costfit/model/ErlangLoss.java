package dev.costfit.model;

/**
 * N servers that turn away what finds them all busy (Erlang's loss system, M/G/N/N): Lambda's provisioned
 * environments, where a request that finds every one busy runs on an on-demand environment to its end instead of
 * waiting. Erlang's B formula, B(N, L) = (L^N / N!) / Σ_{k≤N} L^k / k!, is the share of arrivals turned away with
 * L = λ·W offered, whatever the distribution of W (its insensitivity); the servers carry L·(1 − B(N, L)). Worked by
 * the recurrence B(0) = 1, B(k) = L·B(k − 1) / (k + L·B(k − 1)), stable at any N and L (Kleinrock, Queueing
 * Systems I, §3.7).
 */
public final class ErlangLoss {

    private ErlangLoss() {
    }

    /** B(n, offered): the share of arrivals that find all {@code n} servers busy. */
    public static double blocking(int n, double offered) {
        double b = 1;
        for (int k = 1; k <= n; k++) {
            b = step(b, k, offered);
            if (b < 1e-300 && k > offered) {
                return 0; // falls faster than geometrically from here: nothing a double holds (many servers, 99,999)
            }
        }
        return b;
    }

    /** The load {@code n} servers carry, on average busy: L·(1 − B(n, L)). */
    public static double carried(int n, double offered) {
        return n <= 0 || offered <= 0 ? 0 : offered * (1 - blocking(n, offered));
    }

    /** B(k, L) from B(k − 1, L): the recurrence, the one place it is written. */
    private static double step(double before, int k, double offered) {
        return offered > 0 ? offered * before / (k + offered * before) : 0;
    }

    /**
     * The servers one by one from the first, where arrivals take the first free one: each one's share of the time
     * busy, what it adds to the load carried, L·(B(k, L) − B(k + 1, L)) for the (k+1)-th (k from 0), each worked from
     * the one before. Its shares fall from the first to the last and add up to {@link #carried}.
     */
    public static final class Servers {
        private final double offered;
        private double blocking = 1; // B(k, L) of the next server's k
        private int k;

        public Servers(double offered) {
            this.offered = offered;
        }

        /** The next server's share of the time busy; the one after it comes next. */
        public double nextBusyShare() {
            double after = step(blocking, ++k, offered);
            double share = offered * (blocking - after);
            blocking = after;
            return share;
        }
    }
}
