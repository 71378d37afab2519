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
    static final class Percentage implements CommandLine.ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            String text = value.trim();
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

    /** A number of threads: a whole number from 1 to 1,024. */
    static final class Jobs implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return whole(value, 1024, "threads", "4");
        }
    }

    /** A number of Monte Carlo scenarios: a whole number from 1 to 1,000,000. */
    static final class Scenarios implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return whole(value, 1_000_000, "scenarios", "1000");
        }
    }

    /** A whole number of {@code what} from 1 to {@code max}, written in plain digits. */
    private static int whole(String value, int max, String what, String example) {
        String text = value.trim();
        if (!text.matches("[0-9]{1," + Integer.toString(max).length() + "}") || Integer.parseInt(text) < 1
                || Integer.parseInt(text) > max) {
            throw new CommandLine.TypeConversionException("found '" + text + "', expected a whole number of "
                    + what + " from 1 to " + max + ", such as " + example);
        }
        return Integer.parseInt(text);
    }
}
