package dev.costfit.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import dev.costfit.assessment.Alternative;
import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.Figure;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.assessment.SettingOption;
import dev.costfit.profile.Profile;
import dev.costfit.recommend.BreakEven;
import dev.costfit.recommend.CpuTimeLadder;
import dev.costfit.recommend.PricingComparison;
import dev.costfit.recommend.ProfileResult;
import dev.costfit.recommend.RangeAnalysis;
import dev.costfit.recommend.Recommendation;
import dev.costfit.recommend.RegionComparison;
import dev.costfit.recommend.Sweep;
import dev.costfit.yaml.DefaultUsed;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One profile's object of the JSON report ({@code profiles[i]}, and a line of `--format jsonl`), written straight
 * through a generator as it is read from the result: a portfolio writes some 27 KB a profile, and building each as
 * a tree first, then checking and writing the tree, was most of the thread that writes a portfolio's report. The
 * fields, their order and their number types are the report's contract (DESIGN §5). JSON has no Infinity or NaN:
 * a non-finite number here is a bug upstream, and fails loudly, naming where it was.
 */
final class ProfileJson {

    private final JsonGenerator g;

    ProfileJson(JsonGenerator generator) {
        this.g = generator;
    }

    void write(ProfileResult result) throws IOException {
        Profile p = result.profile();
        g.writeStartObject();
        g.writeStringField("name", p.name());
        g.writeStringField("file", p.source().file());
        g.writeNumberField("line", p.source().start().line());
        g.writeStringField("kind", p.kind().spelling());
        g.writeStringField("region", p.region());
        g.writeStringField("description", p.description());
        g.writeStringField("summary", ProfileSummary.describe(p));
        number("monthlyWork", p.workPerMonth());
        g.writeFieldName("recommendation");
        recommendation(result.recommendation());
        g.writeArrayFieldStart("assessments");
        for (Assessment a : result.assessments()) {
            assessment(a);
        }
        g.writeEndArray();
        if (result.pricing().isPresent()) {
            g.writeFieldName("pricing");
            pricing(result.pricing().get());
        }
        if (result.regions().isPresent()) {
            g.writeFieldName("regions");
            regions(result.regions().get(), p.regions());
        }
        if (result.ranges().isPresent()) {
            g.writeFieldName("ranges");
            ranges(result.ranges().get());
        }
        g.writeArrayFieldStart("defaultsUsed");
        for (DefaultUsed d : p.defaultsUsed()) {
            g.writeStartObject();
            g.writeStringField("path", d.path());
            g.writeStringField("value", d.value());
            g.writeStringField("why", d.why());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void recommendation(Recommendation rec) throws IOException {
        g.writeStartObject();
        if (rec.chosen().isPresent()) {
            Assessment a = rec.chosen().get();
            g.writeStringField("platform", a.platform());
            g.writeStringField("variant", a.variant());
            number("monthlyCost", a.monthlyCost());
            number("platformCost", a.platformCost());
        } else {
            g.writeNullField("platform");
        }
        if (rec.runnerUp().isPresent()) {
            Assessment r = rec.runnerUp().get();
            g.writeObjectFieldStart("runnerUp");
            g.writeStringField("platform", r.platform());
            g.writeStringField("variant", r.variant());
            number("monthlyCost", r.monthlyCost());
            number("platformCost", r.platformCost());
            g.writeEndObject();
        } else {
            g.writeNullField("runnerUp");
        }
        strings("reasons", rec.reasons());
        if (rec.breakEven().isPresent()) {
            breakEven(rec.breakEven().get());
        }
        if (rec.cpuTimeLadder().isPresent()) {
            cpuTimeLadder(rec.cpuTimeLadder().get());
        }
        g.writeEndObject();
    }

    /**
     * Where an LLM service leaves cpu_time out, the platform recommended at each round cpu_time asked and its
     * platform cost a month (null where none fits), for machines (seconds, from the largest down); absent for any
     * other profile.
     */
    private void cpuTimeLadder(CpuTimeLadder ladder) throws IOException {
        g.writeObjectFieldStart("cpuTimeLadder");
        number("durationSeconds", ladder.duration());
        g.writeArrayFieldStart("rungs");
        for (int i = 0; i < ladder.values().size(); i++) {
            g.writeStartObject();
            number("cpuTimeSeconds", ladder.values().get(i));
            g.writeStringField("platform", ladder.answers().get(i));
            numberOrNull("platformCost", ladder.months().get(i).isNaN() ? OptionalDouble.empty()
                    : OptionalDouble.of(ladder.months().get(i)));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * Where the recommendation changes, for machines: the rates scanned, and below and above the profile's rate the
     * crossing (null where none), with the zone on the way where the answer was within 5% of changing (null where
     * none). Rates per second; absent where no search ran (`check`).
     */
    private void breakEven(BreakEven b) throws IOException {
        g.writeObjectFieldStart("breakEven");
        number("lowestPerSecond", b.lowest());
        number("highestPerSecond", b.highest());
        crossing("below", b.below());
        crossing("above", b.above());
        close("closeBelow", b.closeBelow());
        close("closeAbove", b.closeAbove());
        g.writeEndObject();
    }

    private void crossing(String field, Optional<BreakEven.Crossing> crossing) throws IOException {
        if (crossing.isEmpty()) {
            g.writeNullField(field);
            return;
        }
        BreakEven.Crossing c = crossing.get();
        g.writeObjectFieldStart(field);
        number("ratePerSecond", c.rate().perSecond());
        g.writeStringField("from", c.from());
        g.writeStringField("to", c.to());
        close("closeToChanging", c.close());
        if (c.againUntil().isPresent()) {
            number("againUntilPerSecond", c.againUntil().get().perSecond());
        } else {
            g.writeNullField("againUntilPerSecond");
        }
        g.writeEndObject();
    }

    /**
     * A zone where the answer was within 5% of changing: the rates, low to high, and whether it reaches the crossing
     * (or, with no crossing, the end of the rates scanned); null where none.
     */
    private void close(String field, Optional<BreakEven.Close> close) throws IOException {
        if (close.isEmpty()) {
            g.writeNullField(field);
            return;
        }
        BreakEven.Close z = close.get();
        g.writeObjectFieldStart(field);
        number("fromPerSecond", z.low().perSecond());
        number("toPerSecond", z.high().perSecond());
        g.writeBooleanField("untilCrossing", z.untilCrossing());
        g.writeEndObject();
    }

    private void assessment(Assessment a) throws IOException {
        g.writeStartObject();
        g.writeStringField("platform", a.platform());
        g.writeStringField("name", a.platformName());
        g.writeStringField("variant", a.variant());
        g.writeBooleanField("feasible", a.feasible());
        g.writeBooleanField("priced", a.priced());
        if (a.unpriced().isPresent()) {
            g.writeStringField("unpriced", a.unpriced().get());
        }
        if (a.usable()) {
            number("monthlyCost", a.monthlyCost());
            number("platformCost", a.platformCost());
        } else {
            g.writeNullField("monthlyCost");
            g.writeNullField("platformCost");
        }
        limits("violations", a.violations());
        g.writeArrayFieldStart("lines");
        for (CostLine line : a.lines()) {
            g.writeStartObject();
            g.writeStringField("key", line.key());
            g.writeStringField("component", line.component());
            number("quantity", line.quantity());
            g.writeStringField("unit", line.unit());
            number("unitPrice", line.unitPrice());
            number("monthlyCost", line.monthlyCost());
            g.writeBooleanField("shared", line.shared());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("capacity");
        g.writeStringField("summary", a.capacity().summary());
        for (Figure f : a.capacity().figures()) {
            number(f.key(), f.value());
        }
        g.writeEndObject();
        g.writeObjectFieldStart("coldStarts");
        number("share", a.coldStarts().share());
        number("perMonth", a.coldStarts().perMonth());
        number("latencySeconds", a.coldStarts().latency().seconds());
        number("keepAliveSeconds", a.coldStarts().keepAlive().seconds());
        g.writeBooleanField("sloMet", a.coldStarts().sloMet());
        strings("explanation", a.coldStarts().explanation());
        g.writeEndObject();
        limits("limits", a.limits());
        // The settings the platform chose from (memory, tier, vCPU, task size): time and cost at each.
        g.writeArrayFieldStart("tradeOff");
        for (SettingOption o : a.tradeOff()) {
            g.writeStartObject();
            g.writeStringField("setting", o.setting());
            number("seconds", o.seconds());
            number("slowdown", o.slowdown());
            numberOrNull("platformCost", o.monthlyCost());
            g.writeBooleanField("chosen", o.chosen());
            g.writeStringField("verdict", o.verdict());
            g.writeEndObject();
        }
        g.writeEndArray();
        strings("notes", a.notes());
        if (!a.alternatives().isEmpty()) {
            // A setting left to its default that a note prices, for machines (present only where there is one).
            g.writeArrayFieldStart("alternatives");
            for (Alternative alternative : a.alternatives()) {
                g.writeStartObject();
                g.writeStringField("setting", alternative.setting());
                number("monthlySaving", alternative.saving());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        strings("assumptions", a.assumptions());
        g.writeEndObject();
    }

    private void limits(String field, List<LimitCheck> checks) throws IOException {
        g.writeArrayFieldStart(field);
        for (LimitCheck check : checks) {
            g.writeStartObject();
            g.writeStringField("limit", check.limit());
            g.writeStringField("required", check.required());
            g.writeStringField("allowed", check.allowed());
            g.writeBooleanField("ok", check.ok());
            g.writeStringField("severity", check.severity().name().toLowerCase(Locale.ROOT));
            g.writeStringField("workaround", check.workaround());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** Present only under a commitment: every platform's cost under each option, and who wins under each. */
    private void pricing(PricingComparison c) throws IOException {
        g.writeStartObject();
        g.writeStringField("inForce", c.inForce().id());
        if (!c.options().isEmpty()) {
            g.writeArrayFieldStart("options");
            for (var o : c.options()) {
                g.writeString(o.id());
            }
            g.writeEndArray();
        }
        strings("recommended", c.chosen());
        g.writeBooleanField("changesRecommendation", c.changesRecommendation());
        g.writeArrayFieldStart("platforms");
        for (var row : c.rows()) {
            g.writeStartObject();
            g.writeStringField("platform", row.platform());
            g.writeArrayFieldStart("platformCost");
            for (OptionalDouble cost : row.costs()) {
                elementOrNull(cost);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * Present only with --ranges on a profile that states ranges: the Monte Carlo's settings, each platform's
     * P10/P50/P90 platform cost (null where it never fits) and the scenarios each platform wins; for a profile
     * that calls an LLM, the tokens' P10/P50/P90 (alike on every platform) over the scenarios where one fits.
     */
    private void ranges(RangeAnalysis r) throws IOException {
        g.writeStartObject();
        g.writeStringField("distribution", RangeAnalysis.DISTRIBUTION);
        g.writeNumberField("seed", r.seed());
        g.writeNumberField("scenarios", r.scenarios());
        strings("varied", r.varied());
        g.writeArrayFieldStart("platforms");
        for (var s : r.spreads()) {
            g.writeStartObject();
            g.writeStringField("platform", s.platform());
            g.writeNumberField("fits", s.fits());
            numberOrNull("p10", s.p10());
            numberOrNull("p50", s.p50());
            numberOrNull("p90", s.p90());
            g.writeNumberField("cheapest", r.cheapest().getOrDefault(s.platform(), 0));
            g.writeNumberField("recommended", r.recommended().getOrDefault(s.platform(), 0));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeNumberField("nothingFits", r.recommended().getOrDefault(Sweep.NONE, 0));
        if (r.llmTokens().isPresent()) {
            RangeAnalysis.Band band = r.llmTokens().get();
            g.writeObjectFieldStart("llmTokens");
            g.writeNumberField("priced", band.priced());
            number("p10", band.p10());
            number("p50", band.p50());
            number("p90", band.p90());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /**
     * Present only where two or more regions are compared: every platform's cost in each (null where it has no
     * price or does not fit, as {@code standing} says), who is recommended in each, and the cheapest allowed pair.
     */
    private void regions(RegionComparison c, List<String> residency) throws IOException {
        g.writeStartObject();
        strings("compared", c.regions());
        g.writeArrayFieldStart("allowed");
        for (Boolean allowed : c.allowed()) {
            if (allowed == null) {
                g.writeNull();
            } else {
                g.writeBoolean(allowed);
            }
        }
        g.writeEndArray();
        strings("residency", residency);
        strings("googleRegions", c.googleRegions());
        g.writeBooleanField("googlePinned", c.googlePinned());
        strings("recommended", c.chosen());
        if (c.cheapest().isPresent()) {
            RegionComparison.Pair pair = c.cheapest().get();
            g.writeObjectFieldStart("cheapest");
            g.writeStringField("platform", pair.platform());
            g.writeStringField("region", pair.region());
            number("platformCost", pair.monthly());
            g.writeEndObject();
        } else {
            g.writeNullField("cheapest");
        }
        g.writeArrayFieldStart("platforms");
        for (RegionComparison.Row row : c.rows()) {
            g.writeStartObject();
            g.writeStringField("platform", row.platform());
            g.writeArrayFieldStart("platformCost");
            for (RegionComparison.Cell cell : row.cells()) {
                elementOrNull(cell.hasFigure() ? OptionalDouble.of(cell.monthly()) : OptionalDouble.empty());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("standing");
            for (RegionComparison.Cell cell : row.cells()) {
                g.writeString(cell.standing().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        strings("sentences", RegionTable.sentences(c, residency));
        g.writeEndObject();
    }

    private void strings(String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String value : values) {
            g.writeString(value);
        }
        g.writeEndArray();
    }

    private void number(String field, double value) throws IOException {
        g.writeFieldName(field);
        requireFinite(value, g.getOutputContext());
        g.writeNumber(value);
    }

    private void numberOrNull(String field, OptionalDouble value) throws IOException {
        if (value.isPresent()) {
            number(field, value.getAsDouble());
        } else {
            g.writeNullField(field);
        }
    }

    private void elementOrNull(OptionalDouble value) throws IOException {
        if (value.isPresent()) {
            JsonStreamContext array = g.getOutputContext();
            if (!Double.isFinite(value.getAsDouble())) {
                throw nonFinite(path(array.getParent()) + "[" + array.getEntryCount() + "]");
            }
            g.writeNumber(value.getAsDouble());
        } else {
            g.writeNull();
        }
    }

    /** @param field the object's context, its field's name written */
    private static void requireFinite(double value, JsonStreamContext field) {
        if (!Double.isFinite(value)) {
            throw nonFinite(path(field));
        }
    }

    private static IllegalStateException nonFinite(String path) {
        return new IllegalStateException("a non-finite number reached the JSON report at " + path);
    }

    /**
     * Where a context's current value is, as {@code $.profiles[3].assessments[0].monthlyCost}: its parents name the
     * values they are writing (an object its field, an array its element), and the outermost is the root, {@code $}.
     */
    private static String path(JsonStreamContext context) {
        if (context == null || context.inRoot()) {
            return "$";
        }
        String outer = path(context.getParent());
        return context.inObject() ? outer + "." + context.getCurrentName()
                : outer + "[" + context.getCurrentIndex() + "]";
    }
}
