package dev.costfit.profile;

import dev.costfit.units.Units;
import dev.costfit.yaml.InvalidValue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A monthly budget in USD, as a profile's `budget` and the `--budget` option write it: 500/month, $500/month or
 * 6000/year; on the command line a bare 500 or $500 is a month's.
 */
public final class MonthlyBudget {

    public static final String EXPECTED = "a monthly budget in USD such as 500/month, $500/month or 6000/year";
    /** How a profile writes it: the period is required ("500" alone could be a month's or a year's). */
    public static final String PROFILE_FORM = "^\\$?\\s*([0-9]+(?:\\.[0-9]+)?)\\s*/\\s*(month|year)$";
    private static final Pattern FORM = Pattern.compile(
            "^\\$?\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(?:/\\s*(month|year))?$");

    private MonthlyBudget() {
    }

    /** @param periodRequired whether "/month" or "/year" must be written (profiles: yes; the option: no) */
    public static double parse(String raw, boolean periodRequired) throws InvalidValue {
        String text = Units.unblanked(raw);
        Units.refuseLongNumber(text);
        Matcher m = FORM.matcher(text);
        if (!m.matches() || periodRequired && m.group(2) == null) {
            throw new InvalidValue("found '" + text + "', expected " + EXPECTED);
        }
        double amount = Double.parseDouble(m.group(1));
        double monthly = "year".equals(m.group(2)) ? amount / 12 : amount;
        Bounds.BUDGET.check(monthly, text);
        return monthly;
    }
}
