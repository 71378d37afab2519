package dev.costfit.report;

import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.Figure;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.assessment.SettingOption;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.costfit.profile.Profile;
import dev.costfit.recommend.DecisionMap;
import dev.costfit.recommend.Diff;
import dev.costfit.recommend.MapAxis;
import dev.costfit.recommend.MapCell;
import dev.costfit.recommend.ProfileDiff;
import dev.costfit.recommend.ProfileResult;
import dev.costfit.recommend.Sweep;
import dev.costfit.recommend.Recommendation;
import dev.costfit.recommend.RegionComparison;
import dev.costfit.yaml.DefaultUsed;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The machine-readable report (DESIGN §5), {@code schemaVersion: 1}. Costs are unrounded USD numbers; field names
 * and nesting are a contract, so additions are fine and renames are not.
 */
public final class JsonReport implements Renderer {

    public static final int SCHEMA_VERSION = 1;

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final ObjectMapper compact = new ObjectMapper();

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
                    line(profile(r));
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
     * profile's object as it comes (a tree a profile, not one of the whole document, so that a portfolio's
     * document is written with flat memory), then the closing brackets — the same bytes as the whole tree written
     * at once, as the generator keeps the nesting its indentation follows.
     */
    private final class Document implements PartedReport {

        private final Generated out = new Generated(mapper);
        private final JsonGenerator generator = out.generator;
        private final ObjectNode head;
        private int written;

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
                    ObjectNode node = profile(r);
                    requireFinite(node, "$.profiles[" + written++ + "]");
                    mapper.writeTree(generator, node);
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

    private ObjectNode diffTree(RunInfo run, Diff diff) {
        ObjectNode root = head(run, "diff");
        ObjectNode totals = root.putObject("totals");
        totals.put("before", diff.totalBefore()).put("after", diff.totalAfter())
                .put("change", diff.totalAfter() - diff.totalBefore());
        for (ProfileDiff.Status status : ProfileDiff.Status.values()) {
            totals.put(status.name().toLowerCase(Locale.ROOT), diff.count(status));
        }
        ArrayNode profiles = root.putArray("profiles");
        for (ProfileDiff d : diff.profiles()) {
            ObjectNode node = profiles.addObject();
            node.put("name", d.name()).put("status", d.status().name().toLowerCase(Locale.ROOT));
            ObjectNode recommendation = node.putObject("recommendation");
            recommendation.put("before", d.recommendedBefore().map(a -> a.platform()).orElse(null))
                    .put("after", d.recommendedAfter().map(a -> a.platform()).orElse(null))
                    .put("changed", d.recommendationChanged());
            node.put("monthlyCostBefore", d.costBefore()).put("monthlyCostAfter", d.costAfter());
            ArrayNode fields = node.putArray("fields");
            d.fields().forEach(f -> fields.addObject().put("path", f.path()).put("before", f.before())
                    .put("after", f.after()));
            ArrayNode platforms = node.putArray("platforms");
            for (ProfileDiff.PlatformChange p : d.platforms()) {
                ObjectNode pn = platforms.addObject().put("platform", p.platform());
                putOptional(pn, "before", p.before());
                putOptional(pn, "after", p.after());
                putOptional(pn, "change", p.delta());
            }
        }
        return root;
    }

    /**
     * The `breakeven` document: the variable swept, every point (each platform's monthly cost, null where it does
     * not fit, the cheapest and the recommended), the crossovers with every platform's cost there, the summary.
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

    private ObjectNode profile(ProfileResult result) {
        Profile p = result.profile();
        ObjectNode node = mapper.createObjectNode();
        node.put("name", p.name());
        node.put("file", p.source().file());
        node.put("line", p.source().start().line());
        node.put("kind", p.kind().spelling());
        node.put("region", p.region());
        node.put("description", p.description());
        node.put("summary", ProfileSummary.describe(p));
        node.put("monthlyWork", p.workPerMonth());
        node.set("recommendation", recommendation(result.recommendation()));
        ArrayNode assessments = node.putArray("assessments");
        result.assessments().forEach(a -> assessments.add(assessment(a)));
        result.pricing().ifPresent(c -> node.set("pricing", pricing(c)));
        result.regions().ifPresent(c -> node.set("regions", regions(c, p.regions())));
        result.ranges().ifPresent(r -> node.set("ranges", ranges(r)));
        ArrayNode defaults = node.putArray("defaultsUsed");
        for (DefaultUsed d : p.defaultsUsed()) {
            defaults.addObject().put("path", d.path()).put("value", d.value()).put("why", d.why());
        }
        return node;
    }

    /** Present only under a commitment: every platform's cost under each option, and who wins under each. */
    private ObjectNode pricing(dev.costfit.recommend.PricingComparison c) {
        ObjectNode node = mapper.createObjectNode();
        node.put("inForce", c.inForce().id());
        c.options().forEach(o -> node.withArray("options").add(o.id()));
        c.chosen().forEach(node.withArray("recommended")::add);
        node.put("changesRecommendation", c.changesRecommendation());
        ArrayNode platforms = node.putArray("platforms");
        for (var row : c.rows()) {
            ObjectNode p = platforms.addObject().put("platform", row.platform());
            ArrayNode costs = p.putArray("platformCost");
            row.costs().forEach(cost -> {
                if (cost.isPresent()) {
                    costs.add(cost.getAsDouble());
                } else {
                    costs.addNull();
                }
            });
        }
        return node;
    }

    /**
     * Present only with --ranges on a profile that states ranges: the Monte Carlo's settings, each platform's
     * P10/P50/P90 platform cost (null where it never fits) and the scenarios each platform wins; for a profile
     * that calls an LLM, the tokens' P10/P50/P90 (alike on every platform) over the scenarios where one fits.
     */
    private ObjectNode ranges(dev.costfit.recommend.RangeAnalysis r) {
        ObjectNode node = mapper.createObjectNode();
        node.put("distribution", dev.costfit.recommend.RangeAnalysis.DISTRIBUTION);
        node.put("seed", r.seed());
        node.put("scenarios", r.scenarios());
        r.varied().forEach(node.putArray("varied")::add);
        ArrayNode platforms = node.putArray("platforms");
        for (var s : r.spreads()) {
            ObjectNode p = platforms.addObject().put("platform", s.platform()).put("fits", s.fits());
            for (var percentile : java.util.Map.of("p10", s.p10(), "p50", s.p50(), "p90", s.p90()).entrySet()
                    .stream().sorted(java.util.Map.Entry.comparingByKey()).toList()) {
                if (percentile.getValue().isPresent()) {
                    p.put(percentile.getKey(), percentile.getValue().getAsDouble());
                } else {
                    p.putNull(percentile.getKey());
                }
            }
            p.put("cheapest", r.cheapest().getOrDefault(s.platform(), 0));
            p.put("recommended", r.recommended().getOrDefault(s.platform(), 0));
        }
        node.put("nothingFits", r.recommended().getOrDefault(dev.costfit.recommend.Sweep.NONE, 0));
        r.llmTokens().ifPresent(band -> node.putObject("llmTokens").put("priced", band.priced())
                .put("p10", band.p10()).put("p50", band.p50()).put("p90", band.p90()));
        return node;
    }

    /**
     * Present only where two or more regions are compared: every platform's cost in each (null where it has no
     * price or does not fit, as {@code standing} says), who is recommended in each, and the cheapest allowed pair.
     */
    private ObjectNode regions(RegionComparison c, List<String> residency) {
        ObjectNode node = mapper.createObjectNode();
        c.regions().forEach(node.withArray("compared")::add);
        c.allowed().forEach(node.withArray("allowed")::add);
        residency.forEach(node.withArray("residency")::add);
        c.googleRegions().forEach(node.withArray("googleRegions")::add);
        node.put("googlePinned", c.googlePinned());
        c.chosen().forEach(node.withArray("recommended")::add);
        c.cheapest().ifPresentOrElse(pair -> node.putObject("cheapest").put("platform", pair.platform())
                .put("region", pair.region()).put("platformCost", pair.monthly()), () -> node.putNull("cheapest"));
        ArrayNode platforms = node.putArray("platforms");
        for (RegionComparison.Row row : c.rows()) {
            ObjectNode p = platforms.addObject().put("platform", row.platform());
            ArrayNode costs = p.putArray("platformCost");
            ArrayNode standing = p.putArray("standing");
            for (RegionComparison.Cell cell : row.cells()) {
                if (cell.priced()) {
                    costs.add(cell.monthly());
                } else {
                    costs.addNull();
                }
                standing.add(cell.standing().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            }
        }
        RegionTable.sentences(c, residency).forEach(node.withArray("sentences")::add);
        return node;
    }

    private ObjectNode recommendation(Recommendation rec) {
        ObjectNode node = mapper.createObjectNode();
        if (rec.chosen().isPresent()) {
            Assessment a = rec.chosen().get();
            node.put("platform", a.platform()).put("variant", a.variant()).put("monthlyCost", a.monthlyCost())
                    .put("platformCost", a.platformCost());
        } else {
            node.putNull("platform");
        }
        if (rec.runnerUp().isPresent()) {
            Assessment r = rec.runnerUp().get();
            node.putObject("runnerUp").put("platform", r.platform()).put("variant", r.variant())
                    .put("monthlyCost", r.monthlyCost()).put("platformCost", r.platformCost());
        } else {
            node.putNull("runnerUp");
        }
        rec.reasons().forEach(node.putArray("reasons")::add);
        return node;
    }

    private ObjectNode assessment(Assessment a) {
        ObjectNode node = mapper.createObjectNode();
        node.put("platform", a.platform());
        node.put("name", a.platformName());
        node.put("variant", a.variant());
        node.put("feasible", a.feasible());
        node.put("priced", a.priced());
        if (a.unpriced().isPresent()) {
            node.put("unpriced", a.unpriced().get());
        }
        if (a.usable()) {
            node.put("monthlyCost", a.monthlyCost());
            node.put("platformCost", a.platformCost());
        } else {
            node.putNull("monthlyCost");
            node.putNull("platformCost");
        }
        ArrayNode violations = node.putArray("violations");
        a.violations().forEach(v -> violations.add(limit(v)));
        ArrayNode lines = node.putArray("lines");
        for (CostLine line : a.lines()) {
            lines.addObject().put("key", line.key()).put("component", line.component()).put("quantity", line.quantity())
                    .put("unit", line.unit()).put("unitPrice", line.unitPrice())
                    .put("monthlyCost", line.monthlyCost()).put("shared", line.shared());
        }
        ObjectNode capacity = node.putObject("capacity");
        capacity.put("summary", a.capacity().summary());
        for (Figure f : a.capacity().figures()) {
            capacity.put(f.key(), f.value());
        }
        ObjectNode cold = node.putObject("coldStarts");
        cold.put("share", a.coldStarts().share()).put("perMonth", a.coldStarts().perMonth())
                .put("latencySeconds", a.coldStarts().latency().seconds())
                .put("keepAliveSeconds", a.coldStarts().keepAlive().seconds())
                .put("sloMet", a.coldStarts().sloMet());
        a.coldStarts().explanation().forEach(cold.putArray("explanation")::add);
        ArrayNode limits = node.putArray("limits");
        a.limits().forEach(l -> limits.add(limit(l)));
        // The settings the platform chose from (memory, tier, vCPU, task size): time and cost at each.
        ArrayNode tradeOff = node.putArray("tradeOff");
        for (SettingOption o : a.tradeOff()) {
            ObjectNode option = tradeOff.addObject().put("setting", o.setting()).put("seconds", o.seconds())
                    .put("slowdown", o.slowdown());
            if (o.monthlyCost().isPresent()) {
                option.put("platformCost", o.monthlyCost().getAsDouble());
            } else {
                option.putNull("platformCost");
            }
            option.put("chosen", o.chosen()).put("verdict", o.verdict());
        }
        a.notes().forEach(node.putArray("notes")::add);
        a.assumptions().forEach(node.putArray("assumptions")::add);
        return node;
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

    private ObjectNode limit(LimitCheck check) {
        ObjectNode node = mapper.createObjectNode();
        node.put("limit", check.limit()).put("required", check.required()).put("allowed", check.allowed())
                .put("ok", check.ok()).put("severity", check.severity().name().toLowerCase(Locale.ROOT))
                .put("workaround", check.workaround());
        return node;
    }
}
