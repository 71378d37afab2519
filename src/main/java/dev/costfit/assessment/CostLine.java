package dev.costfit.assessment;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One line of a bill, the shape Infracost uses so a reader can redo it by hand: quantity × unit price = monthly
 * cost, unrounded. {@code shared} marks lines that are the same on every platform (LLM tokens).
 *
 * <p>{@code key} names the line for machines and never changes with the figures: the catalog key of its price
 * ({@code lambda.duration.x86_64}), a volume tier after the first as {@code /tier-2}, and where one price bills two
 * things, what this line is after a colon ({@code lambda.duration.x86_64:init}, {@code vpc.public-ipv4:nodes}),
 * and the step of a pipeline it belongs to after an at sign ({@code lambda.duration.x86_64:init@parse}), last: a
 * step's name holds no colon or at sign, so a key reads one way only. The component is the human name, which may
 * carry the figures it was worked out from.
 *
 * <p>A class with a record's accessors, equality and text rather than a record, so that a component with figures
 * in it can be written when a report first reads it ({@link DeferredText}): a search prices dozens of settings at
 * every rate it probes and reads their costs alone.
 */
public final class CostLine {

    /**
     * Keys are lower case, with dots, dashes, underscores (x86_64), a tier after a slash, a qualifier after a colon
     * and a pipeline's step after an at sign.
     */
    public static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile(
            "[a-z0-9_]+([.-][a-z0-9_]+)*(/tier-[0-9]+)?(:[a-z0-9]+(-[a-z0-9]+)*)?(@[a-z0-9]+(-[a-z0-9]+)*)?");

    /** Between a line's own key and the pipeline step it belongs to: no key and no step name holds it. */
    private static final char STEP = '@';

    /**
     * The key of a pipeline step's line: the line's own, then the step's name after an at sign —
     * lambda.requests@parse, lambda.duration.x86_64:init@parse. A step's name holds letters, digits and dashes only,
     * so no step's key is another line's, as a dash would let steps "x" and "init-x" both key a line
     * lambda.duration.x86_64:init-x (x's INIT and init-x's duration).
     */
    public static String ofStep(String key, String step) {
        return key + STEP + step;
    }

    /**
     * {@code key} qualified by {@code qualifier} ("committed"): after its colon, or after a colon added, and before
     * the step it belongs to, which stays last — lambda.requests:committed, lambda.duration.x86_64:init-committed,
     * lambda.duration.x86_64:init-committed@parse.
     */
    public static String qualified(String key, String qualifier) {
        int at = key.indexOf(STEP);
        String own = at < 0 ? key : key.substring(0, at);
        String step = at < 0 ? "" : key.substring(at);
        return own + (own.contains(":") ? "-" : ":") + qualifier + step;
    }

    /**
     * The key of the LLM tokens of the deliveries a platform's cloud makes beyond another's: a platform's own line,
     * not shared, which a report names beside the tokens every platform shares.
     */
    public static final String LLM_MORE_ATTEMPTS = "llm.more-attempts";

    private final String key;
    /** Written or deferred ({@link DeferredText#read}). */
    private final Object component;
    private final double quantity;
    private final String unit;
    private final double unitPrice;
    private final double monthlyCost;
    private final boolean shared;

    private CostLine(String key, Object component, double quantity, String unit, double unitPrice,
                     double monthlyCost, boolean shared) {
        // Keys are written in the platform classes, not read from input: checked where assertions run (the tests).
        assert KEY.matcher(key).matches() : "not a cost-line key: '" + key + "'";
        this.key = key;
        this.component = component;
        this.quantity = quantity;
        this.unit = Objects.requireNonNull(unit);
        this.unitPrice = unitPrice;
        this.monthlyCost = monthlyCost;
        this.shared = shared;
    }

    public CostLine(String key, String component, double quantity, String unit, double unitPrice, double monthlyCost,
                    boolean shared) {
        this(key, DeferredText.written(component), quantity, unit, unitPrice, monthlyCost, shared);
    }

    /** As above, with a component that carries figures written only when a report reads it. */
    public CostLine(String key, Supplier<String> component, double quantity, String unit, double unitPrice,
                    double monthlyCost, boolean shared) {
        this(key, DeferredText.deferred(component), quantity, unit, unitPrice, monthlyCost, shared);
    }

    public static CostLine of(String key, String component, double quantity, String unit, double unitPrice) {
        return new CostLine(key, component, quantity, unit, unitPrice, quantity * unitPrice, false);
    }

    public static CostLine of(String key, Supplier<String> component, double quantity, String unit,
                              double unitPrice) {
        return new CostLine(key, component, quantity, unit, unitPrice, quantity * unitPrice, false);
    }

    public static CostLine shared(String key, String component, double quantity, String unit, double unitPrice) {
        return new CostLine(key, component, quantity, unit, unitPrice, quantity * unitPrice, true);
    }

    public String key() {
        return key;
    }

    public String component() {
        return DeferredText.read(component);
    }

    public double quantity() {
        return quantity;
    }

    public String unit() {
        return unit;
    }

    public double unitPrice() {
        return unitPrice;
    }

    public double monthlyCost() {
        return monthlyCost;
    }

    public boolean shared() {
        return shared;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CostLine l && key.equals(l.key) && component().equals(l.component())
                && Double.compare(quantity, l.quantity) == 0 && unit.equals(l.unit)
                && Double.compare(unitPrice, l.unitPrice) == 0 && Double.compare(monthlyCost, l.monthlyCost) == 0
                && shared == l.shared;
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, component(), quantity, unit, unitPrice, monthlyCost, shared);
    }

    @Override
    public String toString() {
        return "CostLine[key=" + key + ", component=" + component() + ", quantity=" + quantity + ", unit=" + unit
                + ", unitPrice=" + unitPrice + ", monthlyCost=" + monthlyCost + ", shared=" + shared + "]";
    }
}
