package dev.costfit.profile;

import dev.costfit.units.Units;
import dev.costfit.yaml.InvalidValue;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How compute is bought: on demand, or under a commitment of one or three years paid with no, part or all of it
 * upfront (an AWS Compute Savings Plan, and Google's committed use discount of the same term). Which lines a
 * commitment discounts, and by how much, is the catalog's (its {@code discounts} section), never a platform's.
 *
 * @param years   0 on demand, else 1 or 3
 * @param payment how the commitment is paid (no upfront when on demand)
 */
public record PricingOption(int years, Payment payment) {

    /** How a commitment is paid: every hour, half upfront, or all upfront (then amortised over the term). */
    public enum Payment implements Choice {
        NO_UPFRONT, PARTIAL_UPFRONT, ALL_UPFRONT
    }

    public static final PricingOption ON_DEMAND = new PricingOption(0, Payment.NO_UPFRONT);
    public static final String REGEX = "^(on-demand|savings-plan-(1|3)y(-(partial|all)-upfront)?)$";
    public static final String SHAPE = "on-demand | savings-plan-1y | savings-plan-3y, optionally "
            + "-partial-upfront or -all-upfront";
    public static final String EXPECTED = "on-demand, savings-plan-1y or savings-plan-3y (no upfront), or "
            + "savings-plan-1y-partial-upfront, savings-plan-3y-all-upfront, …";
    private static final Pattern FORM = Pattern.compile(REGEX);

    /** The options a commitment table compares, in the order it shows them. */
    public static final List<PricingOption> COMPARED = List.of(ON_DEMAND,
            new PricingOption(1, Payment.NO_UPFRONT), new PricingOption(1, Payment.ALL_UPFRONT),
            new PricingOption(3, Payment.NO_UPFRONT), new PricingOption(3, Payment.ALL_UPFRONT));

    public PricingOption {
        if (years != 0 && years != 1 && years != 3) {
            throw new IllegalArgumentException("a commitment is for 1 or 3 years, not " + years);
        }
    }

    public static PricingOption parse(String raw) throws InvalidValue {
        Matcher m = FORM.matcher(Units.unblanked(raw).toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new InvalidValue("found '" + Units.unblanked(raw) + "', expected " + EXPECTED);
        }
        if (m.group(2) == null) {
            return ON_DEMAND;
        }
        Payment payment = m.group(4) == null ? Payment.NO_UPFRONT
                : m.group(4).equals("all") ? Payment.ALL_UPFRONT : Payment.PARTIAL_UPFRONT;
        return new PricingOption(Integer.parseInt(m.group(2)), payment);
    }

    public boolean onDemand() {
        return years == 0;
    }

    /** The id as written in a profile and on the command line ("savings-plan-3y-all-upfront"). */
    public String id() {
        if (onDemand()) {
            return "on-demand";
        }
        return "savings-plan-" + years + "y" + (payment == Payment.NO_UPFRONT ? "" : "-" + payment.spelling());
    }

    /** How a report names it ("3-year commitment, all upfront"). */
    public String label() {
        if (onDemand()) {
            return "on demand";
        }
        return years + "-year commitment, " + payment.spelling().replace('-', ' ');
    }

    @Override
    public String toString() {
        return id();
    }
}
