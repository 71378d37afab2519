package dev.costfit.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.costfit.profile.PricingOption;
import dev.costfit.recommend.CostChange;
import dev.costfit.recommend.DecisionMap;
import dev.costfit.recommend.Diff;
import dev.costfit.recommend.MapAxis;
import dev.costfit.recommend.MapCell;
import dev.costfit.recommend.ProfileDiff;
import dev.costfit.recommend.ProfileResult;
import dev.costfit.recommend.Sweep;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The machine-readable report (DESIGN §5), {@code schemaVersion: 1}. Costs are unrounded USD numbers; field names
 * and nesting are a contract, so additions are fine and renames are not.
 */
public final class JsonReport implements Renderer {

    public static final int SCHEMA_VERSION = 1;

    /**
     * Doubles are written by Jackson's shortest-digits writer (Schubfach) rather than Java 17's Double.toString,
     * which was a sixth of writing a portfolio's line: the shortest digits that read back as the same double, as
     * Java 19 and later write them (JDK-4511638), whichever Java runs costfit.
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build();

    private final ObjectMapper mapper = new ObjectMapper(FACTORY).enable(SerializationFeature.INDENT_OUTPUT);
    private final ObjectMapper compact = new ObjectMapper(FACTORY);

    @Override
    public String recommend(RunInfo run, List<ProfileResult> results) {
        return profiles(run, "recommend", results);
    }

    /** The same document as recommend: every limit of every platform is in it. */
    @Override
    public String check(RunInfo run, List<ProfileResult> results) {
        return profiles(run, "check", results);
    }

    /** Each profile's object of the recommend (and check) document, one compact line each (`--format jsonl`). */
    String profileLines(List<ProfileResult> results) {
        return lines().part(results);
    }

    /** Each profile's object of the diff document, one compact line each. */
    String diffLines(RunInfo run, Diff diff) {
        Lines lines = lines();
        return lines.out.written(() -> {
            for (JsonNode node : diffTree(run, diff).withArray("profiles")) {
                lines.line((ObjectNode) node);
            }
        });
    }

    /** The recommend (or check) objects written a line each as profiles are evaluated (`--format jsonl`). */
    Lines lines() {
        return new Lines();
    }

    /**
     * Objects written one compact line each through one generator, which keeps its buffer and its nesting contexts
     * from line to line: a line written alone (ObjectMapper.writeValueAsString) built both again and a 33 KB string
     * in growing segments (a quarter of writing a portfolio's line), and copied it twice more to end and append it.
     */
    final class Lines implements PartedReport {

        private final Generated out = new Generated(compact);
        private final ProfileJson profiles = new ProfileJson(out.generator);

        private Lines() {
            // Lines end in a newline of their own, not a space between root values.
            out.generator.setRootValueSeparator(null);
        }

        @Override
        public String opening() {
            return "";
        }

        @Override
        public String part(List<ProfileResult> results) {
            return out.written(() -> {
                for (ProfileResult r : results) {
                    profiles.write(r);
                    out.generator.writeRaw('\n');
                }
            });
        }

        @Override
        public String closing() {
            return "";
        }

        private void line(ObjectNode node) throws IOException {
            requireFinite(node, "$");
            compact.writeTree(out.generator, node);
            out.generator.writeRaw('\n');
        }
    }

    /** One generator of a mapper's and the text it writes, handed out as it is written. */
    private static final class Generated {

        private final StringWriter buffer = new StringWriter();
        private final JsonGenerator generator;

        Generated(ObjectMapper mapper) {
            try {
                generator = mapper.createGenerator(buffer);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** What {@code write} adds. */
        String written(Writing write) {
            try {
                write.run();
                generator.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String text = buffer.toString();
            buffer.getBuffer().setLength(0);
            return text;
        }
    }

    /** The recommend document written part by part, as profiles are evaluated. */
    @Override
    public Optional<PartedReport> recommendInParts(RunInfo run) {
        return Optional.of(new Document(run, "recommend"));
    }

    @Override
    public Optional<PartedReport> checkInParts(RunInfo run) {
        return Optional.of(new Document(run, "check"));
    }

    private String profiles(RunInfo run, String report, List<ProfileResult> results) {
        Document document = new Document(run, report);
        return document.opening() + document.part(results) + document.closing();
    }

    /**
     * The recommend or check document, written through one pretty-printing generator: the head, then each
     * profile's object as it comes ({@link ProfileJson}, so that a portfolio's document is written with flat
     * memory), then the closing brackets — the same bytes as the whole document written at once, as the generator
     * keeps the nesting its indentation follows.
     */
    private final class Document implements PartedReport {

        private final Generated out = new Generated(mapper);
        private final JsonGenerator generator = out.generator;
        private final ProfileJson profiles = new ProfileJson(generator);
        private final ObjectNode head;

        Document(RunInfo run, String report) {
            head = head(run, report);
            requireFinite(head, "$");
        }

        @Override
        public String opening() {
            return out.written(() -> {
                generator.writeStartObject();
                for (var field : head.properties()) {
                    generator.writeFieldName(field.getKey());
                    mapper.writeTree(generator, field.getValue());
                }
                generator.writeArrayFieldStart("profiles");
            });
        }

        @Override
        public String part(List<ProfileResult> results) {
            return out.written(() -> {
                for (ProfileResult r : results) {
                    profiles.write(r);
                }
            });
        }

        @Override
        public String closing() {
            return out.written(() -> {
                generator.writeEndArray();
                generator.writeEndObject();
            }) + "\n";
        }
    }

    private interface Writing {
        void run() throws IOException;
    }

    @Override
    public String diff(RunInfo run, Diff diff) {
        return write(diffTree(run, diff));
    }

    /**
     * The `diff` document. A profile's cost is null on a side where it has none (it fits nothing, or nothing that
     * fits has a price: "unfit", "unpriced"), 0 where it does not exist (added, removed); the totals count only
     * profiles with a cost, or none, on each side ({@code inTotals}), and {@code totals.leftOut} counts the others.
     * Each platform's {@code statusBefore} and {@code statusAfter} say fits, unfit, unpriced, not-assessed or
     * absent: a figure's absence is never read as "does not fit" where it only lacks a price. A profile's and the
     * totals' {@code increasePercent} is the relative change of the cost, null where it has none (see putPercent).
     */
    private ObjectNode diffTree(RunInfo run, Diff diff) {
        ObjectNode root = head(run, "diff");
        ObjectNode totals = root.putObject("totals");
        totals.put("before", diff.totalBefore()).put("after", diff.totalAfter())
                .put("change", diff.totalAfter() - diff.totalBefore());
        putPercent(totals, "increasePercent", diff.totalChange().relative());
        for (ProfileDiff.Status status : ProfileDiff.Status.values()) {
            totals.put(status.name().toLowerCase(Locale.ROOT), diff.count(status));
        }
        totals.put("leftOut", diff.leftOutOfTotals().size());
        root.put("basis", DiffView.basis(run, diff));
        ArrayNode profiles = root.putArray("profiles");
        for (ProfileDiff d : diff.profiles()) {
            ObjectNode node = profiles.addObject();
            node.put("name", d.name()).put("status", d.status().name().toLowerCase(Locale.ROOT));
            ObjectNode recommendation = node.putObject("recommendation");
            recommendation.put("before", d.recommendedBefore().map(a -> a.platform()).orElse(null))
                    .put("after", d.recommendedAfter().map(a -> a.platform()).orElse(null))
                    .put("changed", d.recommendationChanged())
                    .put("statusBefore", d.before().standing().id()).put("statusAfter", d.after().standing().id());
            putCost(node, "monthlyCostBefore", d.before());
            putCost(node, "monthlyCostAfter", d.after());
            putPercent(node, "increasePercent", d.costChange().map(CostChange::relative)
                    .orElse(OptionalDouble.empty()));
            node.put("inTotals", d.inTotals());
            node.putObject("region").put("before", d.regionBefore().orElse(null))
                    .put("after", d.regionAfter().orElse(null));
            node.putObject("pricing").put("before", d.pricingBefore().map(PricingOption::id).orElse(null))
                    .put("after", d.pricingAfter().map(PricingOption::id).orElse(null));
            ArrayNode fields = node.putArray("fields");
            d.fields().forEach(f -> fields.addObject().put("path", f.path()).put("before", f.before())
                    .put("after", f.after()));
            ArrayNode platforms = node.putArray("platforms");
            for (ProfileDiff.PlatformChange p : d.platforms()) {
                ObjectNode pn = platforms.addObject().put("platform", p.platform());
                putOptional(pn, "before", p.before());
                putOptional(pn, "after", p.after());
                putOptional(pn, "change", p.delta());
                pn.put("statusBefore", p.sideBefore().standing().id())
                        .put("statusAfter", p.sideAfter().standing().id());
            }
        }
        return root;
    }

    /**
     * A relative change in percent (12.5 for 12.5% more, negative for less), null where there is none: a side
     * without a cost, or a cost of $0 before — a rise from $0 has no percentage, and the amounts beside it say so.
     */
    private static void putPercent(ObjectNode node, String key, OptionalDouble relative) {
        putOptional(node, key, relative.isPresent() ? OptionalDouble.of(relative.getAsDouble() * 100)
                : OptionalDouble.empty());
    }

    /** A profile's cost on one side: the figure, 0 where the profile does not exist, null where it has none. */
    private static void putCost(ObjectNode node, String key, ProfileDiff.Side side) {
        if (side.standing() == ProfileDiff.Standing.ABSENT) {
            node.put(key, 0.0);
        } else {
            putOptional(node, key, side.cost());
        }
    }

    /**
     * The `breakeven` document: the variable swept, every point (each platform's monthly cost, null where it does
     * not fit, the cheapest and the recommended), the crossovers with every platform's cost there, where the cheapest
     * was within 5% of changing ({@link Sweep#closeRuns}: values as the points', and the platforms), the summary.
     */
    public String breakeven(RunInfo run, Sweep sweep) {
        ObjectNode root = head(run, "breakeven");
        root.put("profile", sweep.profile().name());
        root.put("variable", sweep.variable().spelling()).put("unit", sweep.variable().unit())
                .put("current", sweep.variable().current(sweep.profile()));
        ArrayNode points = root.putArray("points");
        for (Sweep.Point p : sweep.points()) {
            ObjectNode point = points.addObject().put("value", p.value());
            ObjectNode costs = point.putObject("monthlyCost");
            p.costs().forEach((id, cost) -> putOptional(costs, id, cost));
            point.put("cheapest", p.cheapest()).put("recommended", p.recommended());
        }
        ArrayNode crossovers = root.putArray("crossovers");
        for (Sweep.Crossover c : sweep.crossovers()) {
            ObjectNode node = crossovers.addObject().put("value", c.value()).put("from", c.from()).put("to", c.to());
            ObjectNode costs = node.putObject("monthlyCost");
            c.costs().forEach((id, cost) -> putOptional(costs, id, cost));
        }
        ArrayNode close = root.putArray("closeToChanging");
        for (Sweep.Close c : sweep.closeRuns()) {
            ObjectNode node = close.addObject().put("from", c.from()).put("to", c.to());
            c.platforms().forEach(node.putArray("platforms")::add);
        }
        root.put("summary", SweepReport.summary(sweep));
        return write(root);
    }

    /**
     * The `map` document: both axes (input, unit, range, scale, the profile's own value), the platforms, and every
     * cell row by row from the lowest y: its two values in the axes' units, the cheapest platform (null where none),
     * its state, each platform's monthly cost (null where it does not fit or has no price) and, where some fit
     * without a price, which.
     */
    public String map(RunInfo run, DecisionMap map) {
        map.requireEveryCost();
        ObjectNode root = head(run, "map");
        root.put("profile", map.profile().name());
        axis(root.putObject("x"), map, map.x());
        axis(root.putObject("y"), map, map.y());
        ArrayNode platforms = root.putArray("platforms");
        map.platforms().forEach(id -> platforms.addObject().put("id", id).put("name", map.name(id)));
        map.own().ifPresent(o -> root.putObject("ownCell").put("column", o.column()).put("row", o.row()));
        root.set("profileCell", cell(mapper.createObjectNode(), map, map.itself()).put("recommended",
                map.recommended()));
        ArrayNode cells = root.putArray("cells");
        map.cells().forEach(c -> cell(cells.addObject(), map, c));
        return write(root);
    }

    private static ObjectNode cell(ObjectNode node, DecisionMap map, MapCell cell) {
        node.put("x", cell.x() * MapRegions.unit(map, map.x()).factor())
                .put("y", cell.y() * MapRegions.unit(map, map.y()).factor())
                .put("cheapest", cell.cheapest().orElse(null)).put("state", cell.state().key());
        ObjectNode costs = node.putObject("monthlyCost");
        map.platforms().forEach(id -> putOptional(costs, id, cell.outcome(id).monthlyCost()));
        List<String> notPriced = map.platforms().stream()
                .filter(id -> cell.outcome(id).verdict() == MapCell.Verdict.NOT_PRICED).toList();
        if (!notPriced.isEmpty()) {
            notPriced.forEach(node.putArray("notPriced")::add);
        }
        return node;
    }

    private static void axis(ObjectNode node, DecisionMap map, MapAxis axis) {
        dev.costfit.recommend.SweepVariable.AxisUnit unit = MapRegions.unit(map, axis);
        node.put("variable", axis.variable().spelling()).put("unit", unit.suffix().trim())
                .put("from", axis.from() * unit.factor()).put("to", axis.to() * unit.factor())
                .put("cells", axis.count()).put("scale", axis.logarithmic() ? "log" : "linear")
                .put("current", axis.variable().current(map.profile()) * unit.factor());
    }

    private static void putOptional(ObjectNode node, String key, java.util.OptionalDouble value) {
        if (value.isPresent()) {
            node.put(key, value.getAsDouble());
        } else {
            node.putNull(key);
        }
    }

    private ObjectNode head(RunInfo run, String report) {
        ObjectNode root = mapper.createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        root.put("report", report);
        root.putObject("tool").put("name", "costfit").put("version", run.toolVersion());
        ObjectNode catalog = root.putObject("catalog");
        catalog.put("date", run.catalog().date().toString());
        run.catalog().layers().forEach(catalog.putArray("layers")::add);
        run.catalog().sources().forEach(catalog.putArray("sources")::add);
        ObjectNode options = root.putObject("options");
        options.put("freeTier", run.freeTier());
        run.platforms().forEach(options.putArray("platforms")::add);
        // Where and how the figures are priced when the command line sets it for every profile: --region (empty:
        // each profile's own `region`) and --pricing (null: each profile's own `pricing`).
        run.regions().forEach(options.putArray("regions")::add);
        options.put("pricing", run.pricing().map(PricingOption::id).orElse(null));
        // The margin decides which platform is recommended: a reader of the JSON must see what it was.
        options.put("simplicityMarginPercent", run.simplicityMarginPercent());
        return root;
    }

    private String write(ObjectNode root) {
        requireFinite(root, "$");
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JSON has no Infinity or NaN: a non-finite number here is a bug upstream, and fails loudly. */
    static void requireFinite(JsonNode node, String path) {
        // The paths are spelled out only to name a non-finite number: a portfolio checks millions of finite ones.
        if (!finite(node)) {
            requireFiniteAt(node, path);
        }
    }

    private static boolean finite(JsonNode node) {
        if (node.isNumber()) {
            return Double.isFinite(node.doubleValue());
        }
        for (JsonNode child : node) {
            if (!finite(child)) {
                return false;
            }
        }
        return true;
    }

    private static void requireFiniteAt(JsonNode node, String path) {
        if (node.isNumber() && !Double.isFinite(node.doubleValue())) {
            throw new IllegalStateException("a non-finite number reached the JSON report at " + path);
        }
        node.fields().forEachRemaining(e -> requireFiniteAt(e.getValue(), path + "." + e.getKey()));
        for (int i = 0; node.isArray() && i < node.size(); i++) {
            requireFiniteAt(node.get(i), path + "[" + i + "]");
        }
    }
}
