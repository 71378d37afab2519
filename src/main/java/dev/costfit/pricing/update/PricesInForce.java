package dev.costfit.pricing.update;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.LlmModel;
import dev.costfit.pricing.Price;
import dev.costfit.report.TextTable;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/** `costfit pricing show`: the catalog in force, its layers, and every price with where it came from. */
public final class PricesInForce {

    private final Catalog catalog;
    private final LayerNames layers;
    private final List<Price> prices;
    private final List<LlmModel> models;

    public PricesInForce(Catalog catalog, LayerNames layers, Predicate<Price> wanted) {
        this(catalog, layers, wanted, m -> true);
    }

    /**
     * {@code wantedModels} picks the catalog's LLM models by their key, "llm." and the id: their prices are per
     * million tokens and the same in every region, so they are kept apart from the regional prices.
     */
    public PricesInForce(Catalog catalog, LayerNames layers, Predicate<Price> wanted, Predicate<String> wantedModels) {
        this.catalog = catalog;
        this.layers = layers;
        this.prices = catalog.prices().values().stream().flatMap(m -> m.values().stream()).filter(wanted)
                .sorted(Comparator.comparing(Price::key).thenComparing(Price::region)).toList();
        this.models = catalog.llmModels().values().stream().filter(m -> wantedModels.test(modelKey(m)))
                .sorted(Comparator.comparing(LlmModel::id)).toList();
    }

    /** "llm.claude-sonnet-4": what `--key llm` (or a longer prefix) picks a model by. */
    public static String modelKey(LlmModel model) {
        return "llm." + model.id();
    }

    public String table(int width) {
        StringBuilder out = new StringBuilder();
        out.append("Price catalog of ").append(catalog.date()).append("; layers, later ones winning:\n");
        for (int i = 0; i < catalog.layers().size(); i++) {
            out.append("  ").append(i + 1).append(". ").append(catalog.layers().get(i)).append('\n');
        }
        out.append('\n');
        TextTable table = new TextTable("key", "region", ">price (USD)", "unit", "effective", "layer", "~source");
        for (Price p : prices) {
            table.row(p.key(), p.region(), price(p), p.unit(), p.effective().toString(), layers.of(p), p.source());
        }
        if (!table.isEmpty()) {
            out.append(table.render(width, ""));
        } else if (models.isEmpty()) {
            out.append("  (no prices match)\n");
        }
        if (!models.isEmpty()) {
            out.append("\nLLM models, USD per million tokens in every region (a profile's llm.model names one by id "
                    + "or alias):\n");
            TextTable llm = new TextTable("model", "~aliases", ">input", ">cached input", ">output", "effective",
                    "~source");
            for (LlmModel m : models) {
                llm.row(m.id(), String.join(", ", m.aliases()), OverlayYaml.number(m.inputPerMillion()),
                        m.cachedInputPerMillion().isPresent()
                                ? OverlayYaml.number(m.cachedInputPerMillion().getAsDouble()) : "—",
                        OverlayYaml.number(m.outputPerMillion()), m.effective().toString(), m.source());
            }
            out.append(llm.render(width, ""));
        }
        out.append('\n').append(prices.size()).append(prices.size() == 1 ? " price" : " prices");
        if (!models.isEmpty()) {
            out.append(" and ").append(models.size()).append(models.size() == 1 ? " LLM model" : " LLM models");
        }
        out.append("; tiered prices show the first tier (json has every tier).\n");
        return out.toString();
    }

    public String json() {
        ObjectNode root = PricingJson.document();
        root.put("date", catalog.date().toString());
        ArrayNode layerArray = root.putArray("layers");
        List<String> names = catalog.layers();
        int i = 0;
        for (var e : layers.layers().entrySet()) {
            ObjectNode layer = layerArray.addObject();
            layer.put("layer", e.getKey());
            layer.put("file", e.getValue());
            if (i < names.size()) {
                layer.put("name", names.get(i));
            }
            i++;
        }
        ArrayNode array = root.putArray("prices");
        for (Price p : prices) {
            ObjectNode node = PricingJson.row(array, p.key(), p.region());
            node.put("unit", p.unit());
            node.put("price", p.unitPrice());
            PricingJson.tiers(node.putArray("tiers"), p);
            node.put("effective", p.effective().toString());
            node.put("layer", layers.of(p));
            node.put("source", p.source());
            node.put("estimate", p.estimate());
        }
        ArrayNode llm = root.putArray("llmModels");
        for (LlmModel m : models) {
            ObjectNode node = llm.addObject();
            node.put("id", m.id());
            ArrayNode aliases = node.putArray("aliases");
            m.aliases().forEach(aliases::add);
            node.put("inputPerMillion", m.inputPerMillion());
            node.put("outputPerMillion", m.outputPerMillion());
            node.put("effective", m.effective().toString());
            node.put("source", m.source());
            if (m.contextWindow().isPresent()) {
                node.put("contextWindow", m.contextWindow().getAsLong());
            }
            if (m.inputLimit().isPresent()) {
                node.put("inputLimit", m.inputLimit().getAsLong());
            }
            if (m.cachedInputPerMillion().isPresent()) {
                node.put("cachedInputPerMillion", m.cachedInputPerMillion().getAsDouble());
            }
            node.put("itpmCountsCacheReads", m.itpmCountsCacheReads());
            m.longContext().ifPresent(t -> {
                ObjectNode tier = node.putObject("longContext");
                tier.put("aboveInput", t.aboveInput());
                tier.put("inputPerMillion", t.inputPerMillion());
                tier.put("outputPerMillion", t.outputPerMillion());
            });
        }
        return PricingJson.text(root);
    }

    /**
     * The first tier's price to twelve significant digits, as prices are published: a price the catalog converted
     * (0.000132 a GB-hour per GB-second) printed every digit of the double, 0.000000036666666666666667.
     */
    static String price(Price p) {
        String first = dev.costfit.units.Numbers.plain(p.unitPrice());
        return p.tiers().size() > 1 ? first + " (" + p.tiers().size() + " tiers)" : first;
    }
}
