package dev.costfit.pricing;

import dev.costfit.profile.Architecture;
import dev.costfit.profile.Choices;
import dev.costfit.units.DataSize;
import dev.costfit.units.Percent;
import dev.costfit.units.Quantity;
import dev.costfit.units.Units;
import dev.costfit.yaml.DefaultUsed;
import dev.costfit.yaml.InvalidValue;
import dev.costfit.yaml.Location;
import dev.costfit.yaml.MappingReader;
import dev.costfit.yaml.Problems;
import dev.costfit.yaml.ValueParser;
import dev.costfit.yaml.YamlNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads one catalog file (the embedded catalog or an overlay) into a {@link CatalogLayer}, collecting problems. */
final class CatalogReader {

    static final int FORMAT_VERSION = 1;
    private static final ValueParser<LocalDate> DATE = ValueParser.scalar("a date such as 2026-09-19", s -> {
        try {
            return date(s.text().trim());
        } catch (DateTimeException e) {
            throw InvalidValue.expected(s, "a date such as 2026-09-19");
        }
    });
    private static final ValueParser<Double> PRICE = ValueParser.scalar("a price in USD such as 0.0000166667",
            s -> Units.decimal(s));

    /**
     * An ISO date. The catalog's 1,600 dates are all yyyy-mm-dd, read here digit by digit: LocalDate.parse's
     * formatter machinery was a tenth of reading the embedded catalog at start-up. Any other form goes to it, so
     * that what it accepts and refuses stays the same (LocalDate.of refuses the same impossible days).
     */
    static LocalDate date(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(text);
    }

    /** The number the ASCII digits from {@code from} to {@code to} spell, or -1 if any is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private final Problems problems;
    private final List<DefaultUsed> ignored = new ArrayList<>();

    CatalogReader(Problems problems) {
        this.problems = problems;
    }

    CatalogLayer read(String name, YamlNode document, boolean overlay) {
        MappingReader root = MappingReader.of(document, "", problems, ignored);
        Optional<Long> version = overlay ? root.optional("catalog", Units.COUNT)
                : root.required("catalog", Units.COUNT, "the catalog format version, 1");
        version.filter(v -> v != FORMAT_VERSION).ifPresent(v -> root.reject("catalog",
                "found " + v + "; this costfit reads catalog format version " + FORMAT_VERSION));
        Optional<LocalDate> date = overlay ? root.optional("date", DATE)
                : root.required("date", DATE, "the date the catalog was compiled");
        Optional<String> title = root.optional("layer", Units.TEXT);
        Map<String, Set<String>> regions = readRegions(root.child("regions"));
        List<Price> prices = new ArrayList<>();
        root.optional("prices", MappingReader.listOf(node -> node, "price entries")).ifPresent(items ->
                items.forEach(item -> prices.addAll(readPrice(item))));
        Map<String, CatalogValue> limits = readValues(root, "limits", false);
        Map<String, CatalogValue> freeTier = readValues(root, "free_tier", true);
        Map<String, CatalogValue> estimates = readValues(root, "estimates", false);
        Optional<List<FargateSize>> sizes = root.optional("fargate_sizes",
                MappingReader.listOf(node -> node, "size rows")).map(this::readSizes);
        List<InstanceType> types = root.optional("instance_types",
                MappingReader.listOf(node -> node, "instance types")).map(this::readTypes).orElse(List.of());
        Map<String, String> nearest = readRegionMap(root, "gcp_nearest");
        Map<String, String> nearestGen1 = readRegionMap(root, "gcp_nearest_gen1");
        Map<String, GoogleAlternatives> tier1Nearby = readTier1Nearby(root);
        Optional<List<FunctionSize>> functionSizes = root.optional("function_sizes",
                MappingReader.listOf(node -> node, "function sizes")).map(this::readFunctionSizes);
        Optional<List<CpuRange>> cpu = root.optional("cloud_run_cpu",
                MappingReader.listOf(node -> node, "vCPU rows")).map(this::readCpuRanges);
        List<LlmModel> models = root.optional("llm_models", MappingReader.listOf(node -> node, "models"))
                .map(this::readModels).orElse(List.of());
        List<Discount> discounts = root.optional("discounts", MappingReader.listOf(node -> node, "discounts"))
                .map(this::readDiscounts).orElse(List.of());
        List<SpotSaving> spot = root.optional("ec2_spot", MappingReader.listOf(node -> node, "Spot savings"))
                .map(this::readSpot).orElse(List.of());
        List<FamilyRegions> offered = root.optional("family_regions",
                MappingReader.listOf(node -> node, "family rows")).map(this::readFamilyRegions).orElse(List.of());
        root.finish();
        return new CatalogLayer(name, title, date, regions, prices, limits, freeTier, estimates, sizes, types, nearest,
                nearestGen1, tier1Nearby, functionSizes, cpu, models, discounts, spot, offered);
    }

    /** A map of AWS region to Google region ({@code gcp_nearest}, {@code gcp_nearest_gen1}). */
    private Map<String, String> readRegionMap(MappingReader root, String section) {
        Map<String, String> map = new LinkedHashMap<>();
        root.optional(section, node -> node).ifPresent(node -> {
            MappingReader m = MappingReader.of(node, section, problems, ignored);
            m.entries().forEach((aws, entry) -> {
                try {
                    map.put(aws, Units.TEXT.parse(entry.value()));
                } catch (InvalidValue e) {
                    problems.add(entry.value().location(), section + "." + aws, e.getMessage());
                }
            });
        });
        return map;
    }

    /** {@code gcp_tier1_nearby}: per AWS region, a close Tier 1 Google region for each generation, with its distance. */
    private Map<String, GoogleAlternatives> readTier1Nearby(MappingReader root) {
        Map<String, GoogleAlternatives> map = new LinkedHashMap<>();
        root.optional("gcp_tier1_nearby", node -> node).ifPresent(node -> {
            MappingReader m = MappingReader.of(node, "gcp_tier1_nearby", problems, ignored);
            m.entries().forEach((aws, entry) -> {
                MappingReader r = MappingReader.of(entry.value(), "gcp_tier1_nearby." + aws, problems, ignored);
                Optional<String> gen2 = r.optional("gen2", Units.TEXT);
                Optional<Long> gen2Km = r.optional("gen2_km", Units.COUNT);
                Optional<String> gen1 = r.optional("gen1", Units.TEXT);
                Optional<Long> gen1Km = r.optional("gen1_km", Units.COUNT);
                r.finish();
                if (gen2.isPresent() != gen2Km.isPresent() || gen1.isPresent() != gen1Km.isPresent()) {
                    problems.add(entry.value().location(), r.path(), "give each region with its distance: "
                            + "{gen2: europe-west1, gen2_km: 762} and/or {gen1: ..., gen1_km: ...}");
                    return;
                }
                map.put(aws, new GoogleAlternatives(
                        gen2.map(g -> new GoogleAlternatives.Nearby(g, gen2Km.get())),
                        gen1.map(g -> new GoogleAlternatives.Nearby(g, gen1Km.get()))));
            });
        });
        return map;
    }

    private static Map<String, Set<String>> readRegions(MappingReader r) {
        Map<String, Set<String>> regions = new LinkedHashMap<>();
        for (String provider : List.of("aws", "gcp")) {
            r.optional(provider, MappingReader.listOf(Units.TEXT, "region names"))
                    .ifPresent(list -> regions.put(provider, new LinkedHashSet<>(list)));
        }
        r.finish();
        return regions;
    }

    private List<Price> readPrice(YamlNode node) {
        MappingReader p = rowReader(node, "prices");
        Optional<String> key = p.required("key", Units.TEXT, "the price key, such as lambda.requests");
        String description = p.optional("description", Units.TEXT).orElse("");
        Optional<String> unit = p.required("unit", Units.TEXT, "the unit priced, such as GB-second");
        Optional<Double> single = p.optional("price", PRICE);
        Optional<List<Tier>> tiers = p.optional("tiers", MappingReader.listOf(CatalogReader::tier,
                "tiers {upTo: 6000000000, price: 0.0000166667}"));
        Optional<List<String>> regions = p.required("regions", MappingReader.listOf(Units.TEXT, "region names"),
                "the regions the price applies to, such as [us-east-1]");
        Optional<LocalDate> effective = p.required("effective", DATE, "the date the price took effect or was read");
        Optional<String> source = p.required("source", Units.TEXT, "the URL the price comes from");
        boolean estimate = p.optional("estimate", Units.BOOLEAN).orElse(false);
        p.finish();
        if (single.isPresent() == tiers.isPresent()) {
            problems.add(node.location(), p.path(), "give either price or tiers, not " + (single.isPresent()
                    ? "both" : "neither"));
            return List.of();
        }
        List<Tier> tierList = tiers.orElseGet(() -> List.of(new Tier(Double.POSITIVE_INFINITY, single.get())));
        checkTiers(tierList, node.location(), p.path());
        if (key.isEmpty() || unit.isEmpty() || regions.isEmpty() || effective.isEmpty() || source.isEmpty()) {
            return List.of();
        }
        List<Price> out = new ArrayList<>();
        for (String region : regions.get()) {
            out.add(new Price(key.get(), region, description, unit.get(), tierList, effective.get(), source.get(),
                    estimate, node.location(), p.locationOf("unit")));
        }
        return out;
    }

    private static Tier tier(YamlNode node) throws InvalidValue {
        if (!(node instanceof YamlNode.Mapping m)) {
            throw InvalidValue.expected(node, "a tier {upTo: 6000000000, price: 0.0000166667}");
        }
        for (String key : m.entries().keySet()) {
            if (!key.equals("upTo") && !key.equals("price")) {
                throw new InvalidValue("unknown tier field '" + key + "'; a tier has upTo and price");
            }
        }
        YamlNode.Entry price = m.entries().get("price");
        if (price == null) {
            throw new InvalidValue("a tier needs a price");
        }
        YamlNode.Entry upTo = m.entries().get("upTo");
        double limit = upTo == null ? Double.POSITIVE_INFINITY : Units.DECIMAL.parse(upTo.value());
        return new Tier(limit, PRICE.parse(price.value()));
    }

    private void checkTiers(List<Tier> tiers, Location at, String path) {
        double previous = 0;
        for (int i = 0; i < tiers.size(); i++) {
            Tier tier = tiers.get(i);
            if (tier.upTo() <= previous) {
                problems.add(at, path, "tier " + (i + 1) + " ends at " + tier.upTo()
                        + ", not after the previous tier; upTo is cumulative and must grow");
            }
            if (tier.isOpenEnded() && i < tiers.size() - 1) {
                problems.add(at, path, "only the last tier may leave out upTo");
            }
            previous = tier.upTo();
        }
    }

    /** A reader for one row of a catalog table, named by the table and the row's line ("fargate_sizes[line 552]"). */
    private MappingReader rowReader(YamlNode row, String table) {
        return MappingReader.of(row, table + "[line " + row.location().line() + "]", problems, ignored);
    }

    private List<FargateSize> readSizes(List<YamlNode> rows) {
        List<FargateSize> sizes = new ArrayList<>();
        for (YamlNode row : rows) {
            MappingReader r = rowReader(row, "fargate_sizes");
            Optional<Double> vcpu = r.required("vcpu", Units.DECIMAL, "vCPUs of the size, such as 0.25");
            Optional<List<DataSize>> listed = r.optional("memory", MappingReader.listOf(Units.SIZE, "sizes"));
            Optional<DataSize> from = r.optional("from", Units.SIZE);
            Optional<DataSize> to = r.optional("to", Units.SIZE);
            Optional<DataSize> step = r.optional("step", Units.SIZE);
            boolean recent = r.optional("recent", Units.BOOLEAN).orElse(false);
            r.finish();
            if (vcpu.isEmpty()) {
                continue;
            }
            if (listed.isPresent()) {
                listed.get().forEach(m -> sizes.add(new FargateSize(vcpu.get(), m.gib(), recent)));
            } else if (from.isPresent() && to.isPresent() && step.isPresent() && step.get().bytes() > 0) {
                for (double m = from.get().gib(); m <= to.get().gib() + 1e-9; m += step.get().gib()) {
                    sizes.add(new FargateSize(vcpu.get(), m, recent));
                }
            } else {
                problems.add(row.location(), r.path(), "give memory: [list] or from, to and step");
            }
        }
        return sizes;
    }

    private List<FunctionSize> readFunctionSizes(List<YamlNode> rows) {
        List<FunctionSize> sizes = new ArrayList<>();
        for (YamlNode row : rows) {
            MappingReader r = rowReader(row, "function_sizes");
            Optional<Long> generation = r.required("generation", Units.COUNT, "1 or 2");
            Optional<DataSize> memory = r.required("memory", Units.SIZE, "the memory setting, such as 512MB");
            double vcpu = r.optional("vcpu", Units.DECIMAL).orElse(0.0);
            double ghz = r.optional("ghz", Units.DECIMAL).orElse(0.0);
            r.finish();
            if (generation.isPresent() && memory.isPresent()) {
                sizes.add(new FunctionSize(generation.get().intValue(), memory.get().gib(), vcpu, ghz));
            }
        }
        return sizes;
    }

    private List<LlmModel> readModels(List<YamlNode> rows) {
        List<LlmModel> models = new ArrayList<>();
        for (YamlNode row : rows) {
            MappingReader r = rowReader(row, "llm_models");
            Optional<String> id = r.required("id", Units.TEXT, "the model id, such as claude-sonnet-4");
            List<String> aliases = r.optional("aliases", MappingReader.listOf(Units.TEXT, "model ids"))
                    .orElse(List.of());
            Optional<Double> input = r.required("input", PRICE, "USD per million input tokens");
            Optional<Double> output = r.required("output", PRICE, "USD per million output tokens");
            Optional<LocalDate> effective = r.required("effective", DATE, "the date of the price");
            Optional<String> source = r.required("source", Units.TEXT, "the URL of the price");
            // Optional, stated only where a cited source gives them: no window is checked, no tier priced.
            // context_window counts a call's input and output together (Anthropic, OpenAI); input_limit its input
            // alone (Google's models refuse a call whose input is over it, whatever its output).
            Optional<Long> window = r.optional("context_window", Units.COUNT);
            Optional<Long> inputLimit = r.optional("input_limit", Units.COUNT);
            Optional<Double> cached = r.optional("cached_input", PRICE);
            // Whether the provider's input-tokens-a-minute limit counts the cache reads: true unless a cited source
            // says it leaves them out (Anthropic's "Cache-aware ITPM"), the count that never understates the rate.
            boolean itpmCountsCacheReads = r.optional("itpm_counts_cache_reads", Units.BOOLEAN).orElse(true);
            Optional<LlmModel.LongContext> tier = Optional.empty();
            if (r.has("long_context")) {
                MappingReader t = r.child("long_context");
                Optional<Long> above = t.required("above_input", Units.COUNT, "the input tokens above which the "
                        + "whole call is billed at these prices");
                Optional<Double> tierInput = t.required("input", PRICE, "USD per million input tokens");
                Optional<Double> tierOutput = t.required("output", PRICE, "USD per million output tokens");
                t.finish();
                if (above.isPresent() && tierInput.isPresent() && tierOutput.isPresent()) {
                    tier = Optional.of(new LlmModel.LongContext(above.get(), tierInput.get(), tierOutput.get()));
                }
            }
            r.finish();
            if (id.isPresent() && input.isPresent() && output.isPresent() && effective.isPresent()
                    && source.isPresent()) {
                models.add(new LlmModel(id.get(), aliases, input.get(), output.get(), effective.get(), source.get(),
                        window.map(java.util.OptionalLong::of).orElse(java.util.OptionalLong.empty()),
                        inputLimit.map(java.util.OptionalLong::of).orElse(java.util.OptionalLong.empty()), tier,
                        cached.map(java.util.OptionalDouble::of).orElse(java.util.OptionalDouble.empty()),
                        itpmCountsCacheReads));
            }
        }
        return models;
    }

    private static final ValueParser<dev.costfit.profile.PricingOption> OPTION = ValueParser.scalar(
            dev.costfit.profile.PricingOption.EXPECTED, s -> dev.costfit.profile.PricingOption.parse(s.text()));

    /**
     * Commitment discounts: a published committed price beside the on-demand price it was published with
     * ({@code rate} and {@code on_demand}), or a published share off ({@code discount}).
     */
    private List<Discount> readDiscounts(List<YamlNode> rows) {
        return table(rows, "discounts", (r, row) -> {
            Optional<String> plan = r.required("plan", Units.TEXT, "the plan's name, such as Compute Savings Plan");
            Optional<List<dev.costfit.profile.PricingOption>> options = r.required("options",
                    MappingReader.listOf(OPTION, "pricing options"), "the pricing options it belongs to");
            Optional<List<String>> keys = r.required("keys", MappingReader.listOf(Units.TEXT, "cost-line keys"),
                    "the cost-line keys it covers, such as [fargate.vcpu.*]");
            Optional<Double> rate = r.optional("rate", PRICE);
            Optional<Double> onDemand = r.optional("on_demand", PRICE);
            Optional<Percent> share = r.optional("discount", Units.PERCENT);
            Set<String> regions = new LinkedHashSet<>(r.optional("regions",
                    MappingReader.listOf(Units.TEXT, "regions")).orElse(List.of()));
            boolean ceiling = r.optional("ceiling", Units.BOOLEAN).orElse(false);
            String description = r.optional("description", Units.TEXT).orElse("");
            Optional<LocalDate> effective = r.required("effective", DATE, "the date of the rate");
            Optional<String> source = r.required("source", Units.TEXT, "the URL the rate comes from");
            Optional<Double> fraction = share.map(Percent::fraction);
            if (rate.isPresent() != onDemand.isPresent() || rate.isPresent() == share.isPresent()) {
                problems.add(row.location(), r.path(), "give either discount (a share such as 17%) or rate and "
                        + "on_demand (the committed price and the on-demand price it was published beside)");
            } else if (rate.isPresent()) {
                fraction = Optional.of(1 - rate.get() / onDemand.get());
            }
            if (plan.isEmpty() || options.isEmpty() || keys.isEmpty() || fraction.isEmpty() || effective.isEmpty()
                    || source.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Discount(plan.get(), options.get(), keys.get(), fraction.get(), rate, onDemand,
                    regions, ceiling, description, effective.get(), source.get(), row.location()));
        });
    }

    private List<SpotSaving> readSpot(List<YamlNode> rows) {
        return table(rows, "ec2_spot", (r, row) -> {
            Optional<String> family = r.required("family", Units.TEXT, "the instance family, such as m7g");
            Optional<List<String>> regions = r.required("regions", MappingReader.listOf(Units.TEXT, "regions"),
                    "the regions the figure is for");
            Optional<Percent> saving = r.required("saving", Units.PERCENT, "the mean saving over on-demand");
            Optional<String> interruption = r.required("interruption", Units.TEXT,
                    "the Advisor's frequency-of-interruption buckets, such as <5% to 10-15%");
            Optional<LocalDate> effective = r.required("effective", DATE, "the date of the figures");
            Optional<String> source = r.required("source", Units.TEXT, "where the figures were read");
            if (family.isEmpty() || regions.isEmpty() || saving.isEmpty() || interruption.isEmpty()
                    || effective.isEmpty() || source.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new SpotSaving(family.get(), new LinkedHashSet<>(regions.get()),
                    saving.get().fraction(), interruption.get(), effective.get(), source.get()));
        });
    }

    private List<FamilyRegions> readFamilyRegions(List<YamlNode> rows) {
        return table(rows, "family_regions", (r, row) -> {
            Optional<String> family = r.required("family", Units.TEXT, "the instance family, such as g6");
            Optional<List<String>> regions = r.required("regions", MappingReader.listOf(Units.TEXT, "regions"),
                    "the regions AWS offers the family in");
            Optional<String> source = r.required("source", Units.TEXT, "where the regions were read");
            if (family.isEmpty() || regions.isEmpty() || source.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new FamilyRegions(family.get(), new LinkedHashSet<>(regions.get()), source.get()));
        });
    }

    /** The rows of one table, each read by {@code row} (empty when it has a problem), every key checked. */
    private <T> List<T> table(List<YamlNode> rows, String name,
                              java.util.function.BiFunction<MappingReader, YamlNode, Optional<T>> row) {
        List<T> out = new ArrayList<>();
        for (YamlNode node : rows) {
            MappingReader r = rowReader(node, name);
            Optional<T> value = row.apply(r, node);
            r.finish();
            value.ifPresent(out::add);
        }
        return out;
    }

    private List<CpuRange> readCpuRanges(List<YamlNode> rows) {
        List<CpuRange> ranges = new ArrayList<>();
        for (YamlNode row : rows) {
            MappingReader r = rowReader(row, "cloud_run_cpu");
            Optional<Double> vcpu = r.required("vcpu", Units.DECIMAL, "a vCPU count");
            Optional<DataSize> from = r.required("from", Units.SIZE, "the least memory");
            Optional<DataSize> to = r.required("to", Units.SIZE, "the most memory");
            r.finish();
            if (vcpu.isPresent() && from.isPresent() && to.isPresent()) {
                ranges.add(new CpuRange(vcpu.get(), from.get().gib(), to.get().gib()));
            }
        }
        return ranges;
    }

    /** Compiled once: read for each of the catalog's types, String.matches compiled the pattern each time. */
    private static final java.util.regex.Pattern TYPE_NAME_FORM =
            java.util.regex.Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

    /**
     * An EC2 type's name as AWS writes it (m7g.large, p4de.24xlarge, u-6tb1.metal): it becomes the cost-line key
     * ec2.NAME, which reports promise machines stays lower case, dots and dashes.
     */
    private static final ValueParser<String> TYPE_NAME = Units.TEXT.andThen(name -> {
        if (!TYPE_NAME_FORM.matcher(name).matches()) {
            throw new InvalidValue("'" + name + "' is not an EC2 instance type name: lower-case letters and digits, "
                    + "a family and a size joined by a dot, such as m7g.large");
        }
        return name;
    });

    private static final ValueParser<Architecture> ARCHITECTURE = Choices.parser(Architecture.class);

    private List<InstanceType> readTypes(List<YamlNode> rows) {
        List<InstanceType> types = new ArrayList<>();
        for (YamlNode row : rows) {
            MappingReader r = rowReader(row, "instance_types");
            Optional<String> name = r.required("name", TYPE_NAME, "the EC2 type, such as m7g.large");
            Optional<Double> vcpu = r.required("vcpu", Units.DECIMAL, "vCPUs");
            Optional<DataSize> memory = r.required("memory", Units.SIZE, "memory, such as 8GB");
            Optional<Architecture> arch = r.required("arch", ARCHITECTURE, "x86_64 or arm64");
            Optional<Long> maxPods = r.required("max_pods", Units.COUNT, "the EKS max-pods value of the type");
            double baseline = r.optional("baseline", Units.PERCENT).map(Percent::fraction).orElse(1.0);
            Optional<InstanceType.Gpus> gpu = Optional.empty();
            if (r.has("gpu")) {
                MappingReader g = r.child("gpu");
                Optional<Long> count = g.required("count", Units.COUNT, "GPUs per instance");
                Optional<String> type = g.required("type", Units.TEXT, "the GPU model, such as A10G");
                Optional<DataSize> gpuMemory = g.required("memory", Units.SIZE, "memory per GPU");
                g.finish();
                if (count.isPresent() && type.isPresent() && gpuMemory.isPresent()) {
                    gpu = Optional.of(new InstanceType.Gpus(count.get().intValue(), type.get(), gpuMemory.get().gib()));
                }
            }
            r.finish();
            if (name.isPresent() && vcpu.isPresent() && memory.isPresent() && arch.isPresent() && maxPods.isPresent()) {
                types.add(new InstanceType(name.get(), vcpu.get(), memory.get().gib(), arch.get(),
                        maxPods.get().intValue(), gpu, baseline));
            }
        }
        return types;
    }

    private Map<String, CatalogValue> readValues(MappingReader root, String section, boolean needsUnit) {
        Map<String, CatalogValue> values = new LinkedHashMap<>();
        root.optional(section, MappingReader.listOf(node -> node, section + " entries")).ifPresent(items -> {
            for (YamlNode item : items) {
                MappingReader v = rowReader(item, section);
                Optional<String> key = v.required("key", Units.TEXT, "the key, such as lambda.timeout");
                Optional<Quantity> value = v.required("value", Units.ANY, "a quantity such as 900s or 10240MB");
                Optional<String> unit = needsUnit ? v.required("unit", Units.TEXT, "what the value counts")
                        : v.optional("unit", Units.TEXT);
                String description = v.optional("description", Units.TEXT).orElse("");
                Optional<String> source = v.required("source", Units.TEXT, "the URL the value comes from");
                boolean estimate = v.optional("estimate", Units.BOOLEAN).orElse(false);
                v.finish();
                Optional<String> zero = key.isPresent() && value.isPresent()
                        ? ValuesAtZero.refusal(section, key.get(), value.get(), v.node("value")
                        .map(n -> n instanceof YamlNode.Scalar s ? s.text().trim() : "").orElse(""))
                        : Optional.empty();
                zero.ifPresent(why -> v.reject("value", why));
                if (key.isPresent() && value.isPresent() && source.isPresent() && zero.isEmpty()) {
                    String unitText = unit.orElse("");
                    if (values.containsKey(key.get())) {
                        problems.add(item.location(), v.path(), "the key " + key.get() + " appears twice in "
                                + section);
                    }
                    values.put(key.get(), new CatalogValue(key.get(), value.get(), unitText, description,
                            source.get(), estimate, item.location()));
                }
            }
        });
        return values;
    }
}
