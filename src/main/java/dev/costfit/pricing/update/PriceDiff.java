package dev.costfit.pricing.update;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.Price;
import dev.costfit.report.TextTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** `costfit pricing diff`: prices added, removed and changed between two catalogs, by key and region. */
public final class PriceDiff {

    /** One difference; a side that has no price is empty. */
    public record Change(String key, String region, Optional<Price> before, Optional<Price> after) {

        public String kind() {
            return before.isEmpty() ? "added" : after.isEmpty() ? "removed" : "changed";
        }

        /** The first tier's relative change, when both sides have a non-zero price and it changed. */
        public Optional<Double> percent() {
            if (before.isEmpty() || after.isEmpty() || before.get().unitPrice() == 0
                    || !changed().contains("price")) {
                return Optional.empty();
            }
            return Optional.of((after.get().unitPrice() / before.get().unitPrice() - 1) * 100);
        }

        /**
         * What differs between the two sides of a changed price: "price" (the first tier's), "tiers" (a bound, a
         * later tier's price, their number) and "unit"; empty when a side is missing. A change of the tiers alone
         * was shown as old = new at 0.0%.
         */
        public List<String> changed() {
            if (before.isEmpty() || after.isEmpty()) {
                return List.of();
            }
            Price b = before.get();
            Price a = after.get();
            List<String> what = new ArrayList<>();
            if (b.unitPrice() != a.unitPrice()) {
                what.add("price");
            }
            if (!b.tiers().subList(1, b.tiers().size()).equals(a.tiers().subList(1, a.tiers().size()))
                    || b.tiers().get(0).upTo() != a.tiers().get(0).upTo()) {
                what.add("tiers");
            }
            if (!b.unit().equals(a.unit())) {
                what.add("unit");
            }
            return what;
        }
    }

    private final String oldName;
    private final String newName;
    private final List<Change> changes = new ArrayList<>();

    public PriceDiff(String oldName, Catalog before, String newName, Catalog after) {
        this.oldName = oldName;
        this.newName = newName;
        TreeSet<String> keys = new TreeSet<>(before.prices().keySet());
        keys.addAll(after.prices().keySet());
        for (String key : keys) {
            Map<String, Price> b = before.prices().getOrDefault(key, Map.of());
            Map<String, Price> a = after.prices().getOrDefault(key, Map.of());
            TreeSet<String> regions = new TreeSet<>(b.keySet());
            regions.addAll(a.keySet());
            for (String region : regions) {
                Optional<Price> old = Optional.ofNullable(b.get(region));
                Optional<Price> now = Optional.ofNullable(a.get(region));
                if (old.isEmpty() || now.isEmpty() || !old.get().tiers().equals(now.get().tiers())
                        || !old.get().unit().equals(now.get().unit())) {
                    changes.add(new Change(key, region, old, now));
                }
            }
        }
    }

    public List<Change> changes() {
        return List.copyOf(changes);
    }

    public String table(int width) {
        StringBuilder out = new StringBuilder("Prices in " + newName + " against " + oldName + ":\n\n");
        if (changes.isEmpty()) {
            return out.append("  no price differs.\n").toString();
        }
        TextTable table = new TextTable("key", "region", "", ">old (USD)", ">new (USD)", ">change", "unit");
        for (Change c : changes) {
            table.row(c.key(), c.region(), c.kind(), c.before().map(PricesInForce::price).orElse("—"),
                    c.after().map(PricesInForce::price).orElse("—"), percent(c),
                    c.after().or(c::before).map(Price::unit).orElse(""));
        }
        out.append(table.render(width, "  "));
        long added = count("added");
        long removed = count("removed");
        out.append('\n').append(count("changed")).append(" changed, ").append(added).append(" added, ")
                .append(removed).append(" removed.\n");
        return out.toString();
    }

    public String json() {
        ObjectNode root = PricingJson.document();
        root.put("old", oldName);
        root.put("new", newName);
        ArrayNode array = root.putArray("changes");
        for (Change c : changes) {
            ObjectNode node = PricingJson.row(array, c.key(), c.region());
            node.put("kind", c.kind());
            if (c.kind().equals("changed")) {
                ArrayNode what = node.putArray("changed");
                c.changed().forEach(what::add);
            }
            c.before().ifPresent(p -> node.put("old", p.unitPrice()));
            c.after().ifPresent(p -> node.put("new", p.unitPrice()));
            c.percent().ifPresent(p -> node.put("percent", p));
            node.put("unit", c.after().or(c::before).map(Price::unit).orElse(""));
            if (c.changed().contains("tiers")) {
                PricingJson.tiers(node.putArray("oldTiers"), c.before().orElseThrow());
                PricingJson.tiers(node.putArray("newTiers"), c.after().orElseThrow());
            }
        }
        return PricingJson.text(root);
    }

    private long count(String kind) {
        return changes.stream().filter(c -> c.kind().equals(kind)).count();
    }

    /** The first tier's change in percent, or what else changed ("tiers", "unit") when it did not. */
    private static String percent(Change c) {
        if (c.percent().isEmpty()) {
            List<String> other = c.changed().stream().filter(w -> !w.equals("price")).toList();
            return String.join(", ", other);
        }
        double p = c.percent().get();
        return (p > 0 ? "+" : "") + String.format(java.util.Locale.ROOT, "%.1f%%", p);
    }
}
