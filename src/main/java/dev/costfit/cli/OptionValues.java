package dev.costfit.cli;

import dev.costfit.profile.MonthlyBudget;
import dev.costfit.units.Units;
import dev.costfit.yaml.InvalidValue;
import picocli.CommandLine;

/** Command-line values written as in profiles: --budget 500/month or $500, --simplicity-margin 10%. */
final class OptionValues {

    private OptionValues() {
    }

    /** A monthly budget in USD: 500, $500, 500/month, 6000/year. */
    static final class Budget implements CommandLine.ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            try {
                return MonthlyBudget.parse(value, false);
            } catch (InvalidValue e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** A pricing option: on-demand, savings-plan-3y, savings-plan-1y-all-upfront, … */
    static final class Pricing implements CommandLine.ITypeConverter<dev.costfit.profile.PricingOption> {
        @Override
        public dev.costfit.profile.PricingOption convert(String value) {
            try {
                return dev.costfit.profile.PricingOption.parse(value);
            } catch (InvalidValue e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** A percentage from 0 to 100, with or without its sign: 10% or 10. */
    /**
     * The seed of --ranges: any whole number a long holds. picocli's own refusal of 99999999999999999999 read
     * "is not a long", a Java type, not the range.
     */
    static final class Seed implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            String text = value.trim();
            if (!text.matches("[-+]?[0-9]+")) {
                throw new CommandLine.TypeConversionException("found '" + text + "', expected a whole number, "
                        + "such as 7");
            }
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("found '" + text + "', expected a whole number from "
                        + Long.MIN_VALUE + " to " + Long.MAX_VALUE);
            }
        }
    }

    static final class Percentage implements CommandLine.ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            String text = value.trim();
            if (text.matches("[0-9]+(\\.[0-9]+)?")) {
                // A bare 0.5 read as 0.5% where 50% may be meant: the unit is written, as in profiles.
                throw new CommandLine.TypeConversionException("found '" + text + "' without a unit, expected a "
                        + "percentage such as 10% (write " + text + "% for " + text + " percent)");
            }
            String number = text.endsWith("%") ? text.substring(0, text.length() - 1).trim() : text;
            try {
                Units.refuseLongNumber(number);
            } catch (InvalidValue e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
            if (!number.matches("[0-9]+(\\.[0-9]+)?")) {
                throw new CommandLine.TypeConversionException("found '" + text + "', expected a percentage from 0% "
                        + "to 100%, such as 10%");
            }
            double percent = Double.parseDouble(number);
            if (percent > 100) {
                throw new CommandLine.TypeConversionException("found '" + text + "', expected at most 100%");
            }
            return percent;
        }
    }

    /**
     * One AWS region or several, comma-separated, none of them empty: "--region ," split to no region at all and was
     * priced as if the option were not there, and "us-east-1," dropped its empty end silently. Whether each is a
     * region the catalog knows is checked with the catalog, once it is read.
     */
    static final class Regions implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (java.util.Arrays.stream(value.split(",", -1)).anyMatch(r -> r.isBlank())) {
                throw new CommandLine.TypeConversionException("found '" + value + "', expected one AWS region or "
                        + "several, comma-separated, none empty, such as us-east-1 or us-east-1,eu-west-1");
            }
            return value;
        }
    }

    /** A number of threads: a whole number from 1 to 1,024. */
    static final class Jobs implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return whole(value, 1024, "threads", "4");
        }
    }

    /**
     * A number of Monte Carlo scenarios: a whole number from 1 to {@link #MOST_SCENARIOS}. The ceiling keeps one
     * profile's run interactive: each scenario prices every platform, 0.3 to 0.8 ms of CPU (the chat API's two ranges;
     * the RAG pipeline with a rate range, 2026-12-07, 2 cores), so 10,000 take 2 to 5 s where a million took over 11
     * minutes and 1 GB; beyond a few thousand the P10/P50/P90 move by less than their own spread's resolution.
     */
    static final class Scenarios implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return whole(value, MOST_SCENARIOS, "scenarios", "1000");
        }
    }

    static final int MOST_SCENARIOS = 10_000;

    /** A whole number of {@code what} from 1 to {@code max}, written in plain digits. */
    private static int whole(String value, int max, String what, String example) {
        String text = value.trim();
        if (!text.matches("[0-9]+") || text.length() > Integer.toString(max).length() || Integer.parseInt(text) < 1
                || Integer.parseInt(text) > max) {
            throw new CommandLine.TypeConversionException("found '" + text + "', expected a whole number of "
                    + what + " from 1 to " + String.format(java.util.Locale.ROOT, "%,d", max) + ", such as "
                    + example);
        }
        return Integer.parseInt(text);
    }
}
