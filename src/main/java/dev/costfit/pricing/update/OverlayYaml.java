package dev.costfit.pricing.update;

import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.InstanceType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes refreshed prices as a catalog overlay in the format of catalog.yaml, so that the cache file and an --out
 * file read like any --catalog overlay: one entry per key and region, with its source and effective date. The
 * overlay is self-contained: regions it adds are listed with their nearest Google region, and instance types that
 * came from another overlay are defined in it.
 */
public final class OverlayYaml {

    private final Catalog layered;
    private final Catalog embedded;

    /** {@code layered} is the catalog in force during the refresh; {@code embedded} what every later run starts from. */
    public OverlayYaml(Catalog layered, Catalog embedded) {
        this.layered = layered;
        this.embedded = embedded;
    }

    public String render(RefreshResult aws, Instant at, List<String> sources) {
        LocalDate day = at.atZone(ZoneOffset.UTC).toLocalDate();
        StringBuilder out = new StringBuilder();
        out.append("# Written by `costfit pricing update` at ").append(at).append(" from ")
                .append(String.join(" and ", sources)).append(".\n")
                .append("# A catalog overlay: costfit layers it over its embedded catalog. Re-run the update to refresh "
                        + "it;\n# delete it to go back to the embedded prices.\n")
                .append("catalog: 1\n")
                .append("date: ").append(day).append('\n')
                .append("layer: ").append(quoted("prices of " + day + ", refreshed from the "
                        + String.join(" and ", sources))).append('\n');
        TreeSet<String> awsRegions = new TreeSet<>(aws.regions());
        out.append("regions:\n  aws: [").append(String.join(", ", awsRegions)).append("]\n");
        Map<String, String> nearest = new TreeMap<>();
        awsRegions.forEach(r -> {
            if (!layered.gcpNearest().containsKey(r)) {
                NearestGoogleRegion.of(r).ifPresent(g -> nearest.put(r, g));
            }
        });
        if (!nearest.isEmpty()) {
            out.append("gcp_nearest:\n");
            nearest.forEach((a, g) -> out.append("  ").append(a).append(": ").append(g).append('\n'));
        }
        appendInstanceTypes(out, aws);
        out.append("prices:\n");
        aws.prices().stream().sorted(Comparator.comparing(RefreshedPrice::key).thenComparing(RefreshedPrice::region))
                .forEach(p -> appendPrice(out, p));
        return out.toString();
    }

    /** Types priced here that the embedded catalog does not define, so that the overlay loads on its own. */
    private void appendInstanceTypes(StringBuilder out, RefreshResult aws) {
        List<InstanceType> extra = layered.instanceTypes().values().stream()
                .filter(t -> !embedded.instanceTypes().containsKey(t.name()))
                .filter(t -> aws.prices().stream().anyMatch(p -> p.key().equals(t.priceKey().name())))
                .sorted(Comparator.comparing(InstanceType::name)).toList();
        if (extra.isEmpty()) {
            return;
        }
        out.append("instance_types:\n");
        for (InstanceType t : extra) {
            out.append("  - {name: ").append(t.name()).append(", vcpu: ").append(number(t.vcpu()))
                    .append(", memory: ").append(number(t.memoryGb())).append("GB, arch: ")
                    .append(t.arch().name().toLowerCase(java.util.Locale.ROOT)).append(", max_pods: ")
                    .append(t.maxPods());
            if (t.baseline() < 1) {
                out.append(", baseline: ").append(number(t.baseline() * 100)).append('%');
            }
            t.gpu().ifPresent(g -> out.append(", gpu: {count: ").append(g.count()).append(", type: ")
                    .append(g.type()).append(", memory: ").append(number(g.memoryGb())).append("GB}"));
            out.append("}\n");
        }
    }

    private static void appendPrice(StringBuilder out, RefreshedPrice p) {
        out.append("  - key: ").append(p.key()).append('\n')
                .append("    description: ").append(quoted(p.description())).append('\n')
                .append("    unit: ").append(p.unit()).append('\n');
        List<RefreshedTier> tiers = p.tiers();
        if (tiers.size() == 1 && tiers.get(0).isOpenEnded()) {
            out.append("    price: ").append(price(tiers.get(0))).append('\n');
        } else {
            out.append("    tiers:\n");
            for (RefreshedTier t : tiers) {
                out.append("      - {").append(t.isOpenEnded() ? "" : "upTo: " + number(t.upTo()) + ", ")
                        .append("price: ").append(price(t)).append("}\n");
            }
        }
        out.append("    regions: [").append(p.region()).append("]\n")
                .append("    effective: ").append(p.effective()).append('\n')
                .append("    source: ").append(quoted(p.source())).append('\n');
    }

    /** The price as published: its own digits, without exponent or padding zeros ("0.000111"). */
    private static String price(RefreshedTier tier) {
        return tier.price().toPlainString();
    }

    /** The shortest plain decimal that reads back as the same double (the catalog refuses exponents). */
    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
