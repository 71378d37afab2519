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
            b = offered * b / (k + offered * b);
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

    /**
     * The share of the time the (k+1)-th server (k from 0) is busy where arrivals take the first free one: what it
     * adds to the load carried, L·(B(k, L) − B(k + 1, L)).
     */
    public static double busyShare(int k, double offered) {
        if (offered <= 0) {
            return 0;
        }
        double before = blocking(k, offered);
        double after = offered * before / (k + 1 + offered * before);
        return offered * (before - after);
    }
}
