package dev.costfit.units;

import dev.costfit.yaml.InvalidValue;
import dev.costfit.yaml.ValueParser;
import dev.costfit.yaml.YamlNode;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the unit forms of DESIGN §2. Every quantity takes a unit; a bare number is refused where a unit is
 * expected, because guessing whether "512" means MB or bytes is how a bill comes out off by a factor of a million.
 */
public final class Units {

    /** A number as the parsers read it: no sign, no exponent, digits before or after a point (12, 1.5, .5). */
    public static final String NUMBER = "([0-9]+(?:\\.[0-9]+)?|\\.[0-9]+)";
    private static final Pattern WITH_UNIT = Pattern.compile("^" + NUMBER + "\\s*([A-Za-z%µ]+)$");
    private static final Pattern RATE_FORM = Pattern.compile("^" + NUMBER + "\\s*([A-Za-z]?)\\s*/\\s*([A-Za-z]+)$");
    private static final Pattern PLAIN = Pattern.compile("^" + NUMBER + "$");
    /** A run of digits longer than a double holds exactly: 310 digits parse to Infinity, 400 zeros to nothing. */
    private static final Pattern LONG_DIGITS = Pattern.compile("[0-9]{19,}");
    private static final Pattern COUNT_DIGITS = Pattern.compile("[0-9]{1,15}");
    /** The longest run of digits read (before and after the point); longer ones are refused. */
    public static final int MAX_DIGITS = 18;

    private static final Map<String, Double> SIZE_UNITS = Map.of(
            "b", 1.0, "kb", DataSize.KIB, "kib", DataSize.KIB, "mb", DataSize.MIB, "mib", DataSize.MIB,
            "gb", DataSize.GIB, "gib", DataSize.GIB, "tb", DataSize.TIB, "tib", DataSize.TIB);
    private static final Map<String, String> SIZE_HINTS = Map.of(
            "k", "KB", "ki", "KiB", "m", "MB", "mi", "MiB", "g", "GB", "gi", "GiB", "t", "TB", "ti", "TiB");
    private static final Map<String, Double> TIME_UNITS = Map.of("ms", 0.001, "s", 1.0, "min", 60.0, "h", 3600.0);
    private static final Map<String, String> TIME_HINTS = Map.ofEntries(
            Map.entry("m", "'min' for minutes or 'ms' for milliseconds"), Map.entry("sec", "'s'"),
            Map.entry("secs", "'s'"), Map.entry("second", "'s'"), Map.entry("seconds", "'s'"),
            Map.entry("mins", "'min'"), Map.entry("minute", "'min'"), Map.entry("minutes", "'min'"),
            Map.entry("hr", "'h'"), Map.entry("hrs", "'h'"), Map.entry("hour", "'h'"), Map.entry("hours", "'h'"),
            Map.entry("msec", "'ms'"), Map.entry("millis", "'ms'"), Map.entry("d", "'h' (24h)"),
            Map.entry("day", "'h' (24h)"), Map.entry("days", "'h' (24h)"));
    private static final Map<String, Double> PERIODS = Map.of(
            "s", 1.0, "min", 60.0, "h", 3600.0, "day", 86400.0, "month", Month.SECONDS);
    /** Rate multipliers: k (or K), M, B multiply by 1000 each step. */
    private static final Map<String, Double> MULTIPLIERS = Map.of("", 1.0, "k", 1e3, "K", 1e3, "M", 1e6, "B", 1e9);
    private static final Map<String, String> PERIOD_HINTS = Map.ofEntries(
            Map.entry("sec", "/s"), Map.entry("second", "/s"), Map.entry("m", "/min"), Map.entry("minute", "/min"),
            Map.entry("hour", "/h"), Map.entry("hr", "/h"), Map.entry("d", "/day"), Map.entry("mo", "/month"),
            Map.entry("mon", "/month"), Map.entry("week", "/day (a week's count divided by 7)"),
            Map.entry("year", "/month (a year's count divided by 12)"));

    public static final String SIZE_EXPECTED =
            "a size with a unit, such as 512MB or 2GB (B, KB, MB, GB, TB or KiB, MiB, GiB, TiB; all powers of 1024)";
    public static final String DURATION_EXPECTED = "a duration with a unit, such as 250ms, 6s, 15min or 2h";
    public static final String RATE_EXPECTED =
            "a rate such as 20/s, 1500/min, 50k/day or 1.2M/month (per s, min, h, day or month; k, M, B multiply by 1000)";
    public static final String PERCENT_EXPECTED = "a percentage between 0% and 100%, such as 70%";
    public static final String MULTIPLIER_EXPECTED = "a multiplier such as 3x (1x means no burst)";
    public static final String COUNT_EXPECTED = "a whole number, such as 40";
    public static final String DECIMAL_EXPECTED = "a number, such as 0.25";
    public static final String BOOLEAN_EXPECTED = "true or false";

    public static final ValueParser<DataSize> SIZE = ValueParser.scalar(SIZE_EXPECTED, s -> size(s));
    public static final ValueParser<TimeSpan> DURATION = ValueParser.scalar(DURATION_EXPECTED, s -> duration(s));
    public static final ValueParser<Rate> RATE = ValueParser.scalar(RATE_EXPECTED, s -> rate(s));
    public static final ValueParser<Percent> PERCENT = ValueParser.scalar(PERCENT_EXPECTED, s -> percent(s));
    public static final ValueParser<Double> MULTIPLIER = ValueParser.scalar(MULTIPLIER_EXPECTED, s -> multiplier(s));
    public static final ValueParser<Long> COUNT = ValueParser.scalar(COUNT_EXPECTED, s -> count(s));
    public static final ValueParser<Double> DECIMAL = ValueParser.scalar(DECIMAL_EXPECTED, s -> decimal(s));
    public static final ValueParser<Boolean> BOOLEAN = ValueParser.scalar(BOOLEAN_EXPECTED, s -> bool(s));
    public static final ValueParser<String> TEXT = ValueParser.scalar("a text value", s -> s.text().trim());
    /** Any quantity, told apart by its unit (the catalog's limits). */
    public static final ValueParser<Quantity> ANY = ValueParser.scalar(
            "a quantity with a unit (900s, 10240MB, 1000/s, 70%) or a count", s -> any(s));

    /**
     * The blanks a value may have around it and between its number and unit, as one character class that Java and
     * ECMA 262 (the JSON Schema's regular expressions) read alike: Java's \\s and the no-break space, which an editor
     * or a web page puts in "512 MB" unseen (ECMA's \\s has it, Java's has not; both read as a space here).
     */
    public static final String BLANK = "[\\t\\n\\x0B\\f\\r \\u00a0]";
    private static final Pattern BLANKS_AROUND = Pattern.compile("^" + BLANK + "+|" + BLANK + "+$");

    private Units() {
    }

    /** The text with its no-break spaces read as spaces and the blanks around it removed. */
    public static String unblanked(String text) {
        return BLANKS_AROUND.matcher(text.replace('\u00a0', ' ')).replaceAll("");
    }

    /** The size units {@link #size} reads, in lower case; they are matched ignoring case. */
    public static java.util.Set<String> sizeUnits() {
        return SIZE_UNITS.keySet();
    }

    /** The time units {@link #duration} reads, exactly as written. */
    public static java.util.Set<String> timeUnits() {
        return TIME_UNITS.keySet();
    }

    /** The periods a rate may be per ("/s", "/month" without the slash), exactly as written. */
    public static java.util.Set<String> ratePeriods() {
        return PERIODS.keySet();
    }

    /** The multipliers a rate's count may carry ("" for none), exactly as written. */
    public static java.util.Set<String> rateMultipliers() {
        return MULTIPLIERS.keySet();
    }

    public static DataSize size(YamlNode.Scalar scalar) throws InvalidValue {
        Matcher m = unitForm(scalar, SIZE_EXPECTED);
        String unit = m.group(2).toLowerCase(Locale.ROOT);
        Double factor = SIZE_UNITS.get(unit);
        if (factor == null) {
            String hint = SIZE_HINTS.get(unit);
            throw new InvalidValue("found '" + scalar.text() + "': unknown size unit '" + m.group(2) + "'"
                    + (hint != null ? "; write " + m.group(1) + hint : "") + ". Expected " + SIZE_EXPECTED);
        }
        return new DataSize(Double.parseDouble(m.group(1)) * factor);
    }

    public static TimeSpan duration(YamlNode.Scalar scalar) throws InvalidValue {
        Matcher m = unitForm(scalar, DURATION_EXPECTED);
        String unit = m.group(2);
        Double factor = TIME_UNITS.get(unit);
        if (factor == null) {
            String hint = TIME_HINTS.get(unit.toLowerCase(Locale.ROOT));
            throw new InvalidValue("found '" + scalar.text() + "': unknown time unit '" + unit + "'"
                    + (hint != null ? "; write " + hint : "") + ". Expected " + DURATION_EXPECTED);
        }
        return new TimeSpan(Double.parseDouble(m.group(1)) * factor);
    }

    public static Rate rate(YamlNode.Scalar scalar) throws InvalidValue {
        String text = unblanked(scalar.text());
        refuseBareOrNegative(scalar, RATE_EXPECTED);
        Matcher m = RATE_FORM.matcher(text);
        if (!m.matches()) {
            throw InvalidValue.expected(scalar, RATE_EXPECTED);
        }
        Double multiplier = MULTIPLIERS.get(m.group(2));
        if (multiplier == null) {
            throw new InvalidValue("found '" + text + "': unknown multiplier '" + m.group(2)
                    + "'; use k (thousand), M (million) or B (billion). Expected " + RATE_EXPECTED);
        }
        String period = m.group(3);
        Double seconds = PERIODS.get(period);
        if (seconds == null) {
            String hint = PERIOD_HINTS.get(period.toLowerCase(Locale.ROOT));
            throw new InvalidValue("found '" + text + "': unknown period '/" + period + "'"
                    + (hint != null ? "; write " + hint : "") + ". Expected " + RATE_EXPECTED);
        }
        return new Rate(Double.parseDouble(m.group(1)) * multiplier / seconds);
    }

    public static Percent percent(YamlNode.Scalar scalar) throws InvalidValue {
        Matcher m = unitForm(scalar, PERCENT_EXPECTED);
        if (!m.group(2).equals("%")) {
            throw InvalidValue.expected(scalar, PERCENT_EXPECTED);
        }
        double value = Double.parseDouble(m.group(1));
        if (value > 100) {
            throw new InvalidValue("found '" + scalar.text() + "': a percentage cannot exceed 100%");
        }
        return Percent.of(value);
    }

    public static double multiplier(YamlNode.Scalar scalar) throws InvalidValue {
        Matcher m = unitForm(scalar, MULTIPLIER_EXPECTED);
        if (!m.group(2).equalsIgnoreCase("x")) {
            throw InvalidValue.expected(scalar, MULTIPLIER_EXPECTED);
        }
        return Double.parseDouble(m.group(1));
    }

    public static long count(YamlNode.Scalar scalar) throws InvalidValue {
        refuseLongNumber(scalar);
        String text = unblanked(scalar.text());
        if (text.startsWith("-")) {
            throw new InvalidValue("found " + text + ", expected a whole number of at least 0");
        }
        if (!COUNT_DIGITS.matcher(text).matches()) {
            throw InvalidValue.expected(scalar, COUNT_EXPECTED);
        }
        return Long.parseLong(text);
    }

    public static double decimal(YamlNode.Scalar scalar) throws InvalidValue {
        refuseLongNumber(scalar);
        String text = unblanked(scalar.text());
        if (text.startsWith("-")) {
            throw new InvalidValue("found " + text + ", expected a number of at least 0");
        }
        if (!PLAIN.matcher(text).matches()) {
            throw InvalidValue.expected(scalar, DECIMAL_EXPECTED);
        }
        return Double.parseDouble(text);
    }

    public static boolean bool(YamlNode.Scalar scalar) throws InvalidValue {
        // YAML 1.1 also reads yes/no/on/off as booleans; we accept only the unambiguous words.
        return switch (unblanked(scalar.text()).toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw InvalidValue.expected(scalar, BOOLEAN_EXPECTED);
        };
    }

    public static Quantity any(YamlNode.Scalar scalar) throws InvalidValue {
        refuseLongNumber(scalar);
        String text = unblanked(scalar.text());
        if (PLAIN.matcher(text).matches()) {
            return new Count(Double.parseDouble(text));
        }
        if (text.contains("/")) {
            return rate(scalar);
        }
        if (text.endsWith("%")) {
            return percent(scalar);
        }
        Matcher m = unitForm(scalar, "a quantity with a unit");
        if (TIME_UNITS.containsKey(m.group(2))) {
            return duration(scalar);
        }
        return size(scalar);
    }

    private static Matcher unitForm(YamlNode.Scalar scalar, String expected) throws InvalidValue {
        refuseBareOrNegative(scalar, expected);
        Matcher m = WITH_UNIT.matcher(unblanked(scalar.text()));
        if (!m.matches()) {
            throw InvalidValue.expected(scalar, expected);
        }
        return m;
    }

    /** Digits are capped before parsing, so every number read is finite and either 0 or at least 1e-18. */
    public static void refuseLongNumber(YamlNode.Scalar scalar) throws InvalidValue {
        refuseLongNumber(scalar.text());
    }

    /** The same for a value given on the command line. */
    public static void refuseLongNumber(String text) throws InvalidValue {
        Matcher m = LONG_DIGITS.matcher(text);
        if (m.find()) {
            throw new InvalidValue("found a number with a run of " + m.group().length() + " digits; costfit reads at "
                    + "most " + MAX_DIGITS + " digits before and after the decimal point");
        }
    }

    private static void refuseBareOrNegative(YamlNode.Scalar scalar, String expected) throws InvalidValue {
        refuseLongNumber(scalar);
        String text = unblanked(scalar.text());
        if (text.startsWith("-")) {
            throw new InvalidValue("found '" + text + "': the value cannot be negative; expected " + expected);
        }
        if (PLAIN.matcher(text).matches()) {
            throw new InvalidValue("found the bare number " + text + " without a unit; expected " + expected);
        }
    }
}
