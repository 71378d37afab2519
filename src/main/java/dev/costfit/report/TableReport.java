package dev.costfit.report;

import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.Capacity;
import dev.costfit.assessment.CostLine;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.assessment.SettingOption;
import dev.costfit.units.TimeSpan;
import dev.costfit.recommend.ProfileResult;
import dev.costfit.recommend.Recommendation;
import dev.costfit.units.Money;
import dev.costfit.units.Numbers;
import dev.costfit.yaml.DefaultUsed;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** The `recommend` report for people: a summary, then per profile the recommendation first and every platform. */
public final class TableReport {

    private static final String INDENT = "  ";
    private static final int MAX_LINES_IN_SUMMARY = 3;

    private final int width;
    private final Style style;

    public TableReport(int width, Style style) {
        this.width = width;
        this.style = style;
    }

    public String render(RunInfo run, List<ProfileResult> results) {
        StringBuilder out = new StringBuilder();
        if (results.size() > 1) {
            out.append(summary(results)).append('\n');
        }
        for (ProfileResult result : results) {
            out.append(profile(run, result)).append('\n');
        }
        out.append(footer(run));
        return out.toString();
    }

    private String summary(List<ProfileResult> results) {
        TextTable table = new TextTable("~Profile", "~Recommendation", ">Monthly", "~Runner-up");
        for (ProfileResult r : results) {
            Recommendation rec = r.recommendation();
            table.row(r.profile().name(),
                    rec.chosen().map(TableReport::platformLabel).orElse("no platform fits"),
                    rec.chosen().map(a -> Money.format(a.platformCost())).orElse("—"),
                    rec.runnerUp().map(a -> platformLabel(a) + " " + Money.format(a.platformCost())).orElse("—"));
        }
        return style.bold("Summary") + "\n" + table.render(width, INDENT);
    }

    private String profile(RunInfo run, ProfileResult result) {
        StringBuilder out = new StringBuilder();
        var p = result.profile();
        out.append(style.bold(p.name())).append("  ")
                .append(style.dim(p.kind().spelling() + " in " + p.region() + " · " + p.source().start())).append('\n');
        if (!p.description().isEmpty()) {
            out.append(INDENT).append(p.description()).append('\n');
        }
        out.append(INDENT).append(ProfileSummary.describe(p)).append("\n\n");

        Recommendation rec = result.recommendation();
        if (rec.chosen().isPresent()) {
            Assessment chosen = rec.chosen().get();
            out.append(INDENT).append(style.good("Recommendation: " + platformLabel(chosen) + ", "
                    + Money.format(chosen.platformCost()) + " a month")).append('\n');
        } else {
            out.append(INDENT).append(style.bad("Recommendation: no platform fits")).append('\n');
        }
        for (String reason : rec.reasons()) {
            out.append(bullet(reason));
        }
        out.append('\n');

        TextTable table = new TextTable("Platform", "Variant", "Fits", ">Monthly", "~Largest cost lines",
                "~Capacity");
        for (Assessment a : result.assessments()) {
            table.row(a.platformName(), a.variant(), fits(a), a.usable() ? Money.format(a.platformCost()) : "—",
                    largestLines(a), a.capacity().summary());
        }
        out.append(table.render(width, INDENT));
        TextTable.wrap("Fits: yes; quota = fits once a default quota is raised (see \"needs action\"); no price = "
                + "fits, but the catalog lacks a price here; no = breaks a hard limit.", Math.max(20, width
                - INDENT.length())).forEach(line -> out.append(INDENT).append(style.dim(line)).append('\n'));
        result.assessments().stream().filter(Assessment::usable).findFirst().ifPresent(a -> {
            double shared = a.monthlyCost() - a.platformCost();
            if (shared > 0) {
                out.append(INDENT).append("Plus ").append(Money.format(shared)).append(" a month of LLM tokens, "
                        + "the same on every platform (in each platform's cost lines).\n");
            }
        });

        for (Assessment a : result.assessments()) {
            boolean show = run.explain() || rec.chosen().filter(c -> c == a).isPresent();
            if (show && !a.lines().isEmpty()) {
                out.append('\n').append(INDENT).append("Cost lines of ").append(platformLabel(a)).append(":\n");
                out.append(costLines(a));
            }
        }
        List<String> cold = result.assessments().stream().filter(Assessment::usable)
                .filter(a -> !a.coldStarts().explanation().isEmpty())
                .flatMap(a -> a.coldStarts().explanation().stream().map(e -> a.platformName() + ": " + e)).toList();
        if (!cold.isEmpty()) {
            out.append('\n').append(INDENT).append("Cold starts:\n");
            cold.forEach(c -> out.append(bullet(c)));
        }
        List<String> notes = result.assessments().stream()
                .flatMap(a -> a.notes().stream().map(n -> a.platformName() + ": " + n)).toList();
        if (!notes.isEmpty()) {
            out.append('\n').append(INDENT).append("Notes:\n");
            notes.forEach(n -> out.append(bullet(n)));
        }
        if (run.explain()) {
            out.append(explain(result));
        }
        return out.toString();
    }

    private String costLines(Assessment a) {
        TextTable table = new TextTable("~Component", ">Quantity", "Unit", ">Unit price", ">Monthly");
        for (CostLine line : a.lines()) {
            table.row(line.component(), Numbers.grouped(line.quantity(), 3), line.unit(),
                    Money.unitPrice(line.unitPrice()), Money.format(line.monthlyCost()));
        }
        table.row("Total", "", "", "", Money.format(a.monthlyCost()));
        return table.render(width, INDENT + INDENT);
    }

    private String explain(ProfileResult result) {
        StringBuilder out = new StringBuilder();
        List<DefaultUsed> defaults = result.profile().defaultsUsed();
        out.append('\n').append(INDENT).append("Defaults this profile relied on:\n");
        if (defaults.isEmpty()) {
            out.append(bullet("none: every field was given"));
        }
        for (DefaultUsed d : defaults) {
            out.append(bullet(d.path() + " = " + d.value() + ": " + d.why()));
        }
        for (Assessment a : result.assessments()) {
            if (!a.tradeOff().isEmpty()) {
                out.append('\n').append(INDENT).append("Settings of ").append(a.platformName())
                        .append(" (the cheapest within the timeout and latency.max_slowdown; ties within 0.1% go "
                                + "to the faster):\n");
                out.append(tradeOff(a));
            }
            out.append('\n').append(INDENT).append("Assumptions for ").append(a.platformName()).append(":\n");
            a.assumptions().forEach(s -> out.append(bullet(s)));
            for (LimitCheck check : a.limits()) {
                out.append(bullet("limit " + check.limit() + ": needs " + check.required() + ", allowed "
                        + check.allowed() + (check.ok() ? " — ok" : " — " + severityWord(check))));
            }
        }
        return out.toString();
    }

    /** A Lambda Power Tuning view: each setting, a request's time on it, and its month. */
    private String tradeOff(Assessment a) {
        TextTable table = new TextTable("~Setting", ">Request", ">Slower", ">Monthly", "~");
        for (SettingOption o : a.tradeOff()) {
            table.row(o.setting(), TimeSpan.ofSeconds(o.seconds()).display(),
                    Numbers.grouped(o.slowdown() * 100, 0) + "%",
                    o.monthlyCost().isPresent() ? Money.format(o.monthlyCost().getAsDouble()) : "—",
                    o.chosen() ? "← chosen" : o.verdict());
        }
        return table.render(width, INDENT + INDENT);
    }

    private String footer(RunInfo run) {
        String catalog = "Prices: catalog of " + run.catalog().date()
                + (run.catalog().layers().size() > 1 ? " with " + String.join(", ",
                run.catalog().layers().subList(1, run.catalog().layers().size())) : "")
                + ". Free tier " + (run.freeTier() ? "applied (--free-tier)." : "not applied (add --free-tier).");
        return style.dim(catalog + (run.explain() ? "" : " Add --explain for defaults and assumptions.")) + "\n";
    }

    private String bullet(String text) {
        List<String> lines = TextTable.wrap(text, Math.max(20, width - INDENT.length() - 4));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            out.append(INDENT).append(i == 0 ? "- " : "  ").append(lines.get(i)).append('\n');
        }
        return out.toString();
    }

    static String platformLabel(Assessment a) {
        return a.platformName() + (a.variant().isEmpty() ? "" : " (" + a.variant() + ")");
    }

    static String fits(Assessment a) {
        if (!a.feasible()) {
            return "no";
        }
        if (!a.priced()) {
            return "no price";
        }
        boolean quota = a.violations().stream().anyMatch(v -> v.severity() == LimitCheck.Severity.QUOTA);
        return quota ? "quota" : "yes";
    }

    static String severityWord(LimitCheck check) {
        return switch (check.severity()) {
            case HARD -> "VIOLATED";
            case QUOTA -> "over the default quota";
            case ADVISORY -> "caution";
        };
    }

    private static String largestLines(Assessment a) {
        if (!a.feasible()) {
            return "does not fit: " + a.limits().stream().filter(LimitCheck::blocks).map(l -> l.limit() + " "
                    + l.required() + " (allowed " + l.allowed() + ")").collect(Collectors.joining("; "));
        }
        if (!a.priced()) {
            return a.unpriced().orElse("");
        }
        return a.lines().stream().filter(l -> !l.shared())
                .sorted(Comparator.comparingDouble(CostLine::monthlyCost).reversed())
                .limit(MAX_LINES_IN_SUMMARY)
                .map(l -> l.component() + " " + Money.format(l.monthlyCost()))
                .collect(Collectors.joining("; "));
    }
}
