package dev.costfit.pricing;

import dev.costfit.profile.Architecture;
import dev.costfit.profile.PricingOption;
import dev.costfit.units.Count;
import dev.costfit.units.DataSize;
import dev.costfit.units.Percent;
import dev.costfit.units.Quantity;
import dev.costfit.units.Rate;
import dev.costfit.units.TimeSpan;
import dev.costfit.yaml.Location;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The embedded catalog as the build merged it, in a binary form a run reads back into the same {@link Catalog}
 * (equal, component by component: {@code CatalogSnapshotTest}). Reading the catalog's JSON, checking every entry and
 * merging it took about 145 ms in a fresh JVM, nearly all of it on the critical path of a one-profile run (2026-12-05,
 * Java 17 without a class-data archive: 0.32–0.34 s with the catalog read beforehand against 0.43–0.45 s), as the
 * code that reads, checks and merges runs once and cold; the build has done all of that ({@link CatalogCompiler}),
 * so a run reads only the result: about 35 ms (with the launcher's archive).
 *
 * <p>The form: a format number, then every component in the record's order. Strings are written once and referred
 * to by number after that (keys, regions, units and sources repeat); collections are written as a count and their
 * elements in iteration order, and read back in that order, so that the catalog's constructor, which copies them
 * into hash maps, makes maps that a run walks in the order the build's did. A snapshot of another format is not read
 * (the caller then reads the JSON).
 */
final class CatalogSnapshot {

    /** Changed whenever the form or a catalog record changes: a jar's snapshot and its reader are built together. */
    static final int FORMAT = 7;

    private CatalogSnapshot() {
    }

    /**
     * A map's entries by key, for the catalog's maps that iterate in an order each JVM draws anew (Map.copyOf and its
     * kin: the regions, Google's nearest regions, the LLM models), so that the build's snapshot is the same bytes from
     * the same catalog. The maps a run walks (prices, limits, instance types) are written in their own order, which
     * the reader keeps: it is the same in every JVM.
     */
    private static <V> Iterable<Map.Entry<String, V>> sorted(Map<String, V> map) {
        return new java.util.TreeMap<>(map).entrySet();
    }

    static void write(Catalog catalog, OutputStream out) throws IOException {
        Writer w = new Writer(new DataOutputStream(out));
        w.out.writeInt(FORMAT);
        w.date(catalog.date());
        w.strings(catalog.layers());
        w.count(catalog.regions().size());
        for (Map.Entry<String, Set<String>> e : sorted(catalog.regions())) {
            w.string(e.getKey());
            w.strings(e.getValue());
        }
        w.count(catalog.prices().size());
        for (Map.Entry<String, Map<String, Price>> e : catalog.prices().entrySet()) {
            w.string(e.getKey());
            w.count(e.getValue().size());
            for (Map.Entry<String, Price> byRegion : e.getValue().entrySet()) {
                w.string(byRegion.getKey());
                w.price(byRegion.getValue());
            }
        }
        w.values(catalog.limits());
        w.values(catalog.freeTier());
        w.values(catalog.estimates());
        w.count(catalog.fargateSizes().size());
        for (FargateSize s : catalog.fargateSizes()) {
            w.out.writeDouble(s.vcpu());
            w.out.writeDouble(s.memoryGb());
            w.out.writeBoolean(s.recent());
        }
        w.count(catalog.instanceTypes().size());
        for (InstanceType t : catalog.instanceTypes().values()) {
            w.instanceType(t);
        }
        w.stringMap(catalog.gcpNearest());
        w.stringMap(catalog.gcpNearestGen1());
        w.count(catalog.gcpTier1Nearby().size());
        for (Map.Entry<String, GoogleAlternatives> e : sorted(catalog.gcpTier1Nearby())) {
            w.string(e.getKey());
            w.nearby(e.getValue().gen2());
            w.nearby(e.getValue().gen1());
        }
        w.count(catalog.functionSizes().size());
        for (FunctionSize s : catalog.functionSizes()) {
            w.out.writeInt(s.generation());
            w.out.writeDouble(s.memoryGb());
            w.out.writeDouble(s.vcpu());
            w.out.writeDouble(s.ghz());
        }
        w.count(catalog.cloudRunCpu().size());
        for (CpuRange r : catalog.cloudRunCpu()) {
            w.out.writeDouble(r.vcpu());
            w.out.writeDouble(r.fromGb());
            w.out.writeDouble(r.toGb());
        }
        w.count(catalog.llmModels().size());
        for (Map.Entry<String, LlmModel> e : sorted(catalog.llmModels())) {
            LlmModel m = e.getValue();
            w.string(m.id());
            w.strings(m.aliases());
            w.out.writeDouble(m.inputPerMillion());
            w.out.writeDouble(m.outputPerMillion());
            w.date(m.effective());
            w.string(m.source());
            w.out.writeLong(m.contextWindow().orElse(-1));
            w.out.writeLong(m.inputLimit().orElse(-1));
            w.out.writeBoolean(m.longContext().isPresent());
            if (m.longContext().isPresent()) {
                w.out.writeLong(m.longContext().get().aboveInput());
                w.out.writeDouble(m.longContext().get().inputPerMillion());
                w.out.writeDouble(m.longContext().get().outputPerMillion());
            }
            w.out.writeDouble(m.cachedInputPerMillion().orElse(-1));
            w.out.writeBoolean(m.itpmCountsCacheReads());
        }
        w.count(catalog.discounts().size());
        for (Discount d : catalog.discounts()) {
            w.discount(d);
        }
        w.count(catalog.spotSavings().size());
        for (SpotSaving s : catalog.spotSavings()) {
            w.string(s.family());
            w.strings(s.regions());
            w.out.writeDouble(s.fraction());
            w.string(s.interruption());
            w.date(s.effective());
            w.string(s.source());
        }
        w.count(catalog.familyRegions().size());
        for (Map.Entry<String, FamilyRegions> e : sorted(catalog.familyRegions())) {
            w.string(e.getKey());
            w.strings(new java.util.TreeSet<>(e.getValue().regions()));
            w.string(e.getValue().source());
        }
        w.out.flush();
    }

    /** The catalog written by {@link #write}, or empty where the snapshot is of another format. */
    static Optional<Catalog> read(InputStream in) throws IOException {
        Reader r = new Reader(new DataInputStream(in));
        if (r.in.readInt() != FORMAT) {
            return Optional.empty();
        }
        LocalDate date = r.date();
        List<String> layers = r.strings(new ArrayList<>());
        Map<String, Set<String>> regions = new HashMap<>();
        for (int i = r.count(); i > 0; i--) {
            regions.put(r.string(), r.strings(new LinkedHashSet<>()));
        }
        Map<String, Map<String, Price>> prices = new LinkedHashMap<>();
        for (int i = r.count(); i > 0; i--) {
            String key = r.string();
            Map<String, Price> byRegion = new LinkedHashMap<>();
            for (int j = r.count(); j > 0; j--) {
                byRegion.put(r.string(), r.price());
            }
            prices.put(key, byRegion);
        }
        Map<String, CatalogValue> limits = r.values();
        Map<String, CatalogValue> freeTier = r.values();
        Map<String, CatalogValue> estimates = r.values();
        List<FargateSize> fargateSizes = new ArrayList<>();
        for (int i = r.count(); i > 0; i--) {
            fargateSizes.add(new FargateSize(r.in.readDouble(), r.in.readDouble(), r.in.readBoolean()));
        }
        Map<String, InstanceType> instanceTypes = new LinkedHashMap<>();
        for (int i = r.count(); i > 0; i--) {
            InstanceType t = r.instanceType();
            instanceTypes.put(t.name(), t);
        }
        Map<String, String> gcpNearest = r.stringMap();
        Map<String, String> gcpNearestGen1 = r.stringMap();
        Map<String, GoogleAlternatives> gcpTier1Nearby = new HashMap<>();
        for (int i = r.count(); i > 0; i--) {
            gcpTier1Nearby.put(r.string(), new GoogleAlternatives(r.nearby(), r.nearby()));
        }
        List<FunctionSize> functionSizes = new ArrayList<>();
        for (int i = r.count(); i > 0; i--) {
            functionSizes.add(new FunctionSize(r.in.readInt(), r.in.readDouble(), r.in.readDouble(),
                    r.in.readDouble()));
        }
        List<CpuRange> cloudRunCpu = new ArrayList<>();
        for (int i = r.count(); i > 0; i--) {
            cloudRunCpu.add(new CpuRange(r.in.readDouble(), r.in.readDouble(), r.in.readDouble()));
        }
        Map<String, LlmModel> llmModels = new LinkedHashMap<>();
        for (int i = r.count(); i > 0; i--) {
            String id = r.string();
            List<String> aliases = r.strings(new ArrayList<>());
            double input = r.in.readDouble();
            double output = r.in.readDouble();
            java.time.LocalDate effective = r.date();
            String source = r.string();
            long window = r.in.readLong();
            long inputLimit = r.in.readLong();
            java.util.Optional<LlmModel.LongContext> tier = r.in.readBoolean()
                    ? java.util.Optional.of(new LlmModel.LongContext(r.in.readLong(), r.in.readDouble(),
                    r.in.readDouble())) : java.util.Optional.empty();
            double cached = r.in.readDouble();
            boolean itpmCountsCacheReads = r.in.readBoolean();
            LlmModel m = new LlmModel(id, aliases, input, output, effective, source,
                    window < 0 ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(window),
                    inputLimit < 0 ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(inputLimit), tier,
                    cached < 0 ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(cached),
                    itpmCountsCacheReads);
            llmModels.put(m.id(), m);
        }
        List<Discount> discounts = new ArrayList<>();
        for (int i = r.count(); i > 0; i--) {
            discounts.add(r.discount());
        }
        List<SpotSaving> spotSavings = new ArrayList<>();
        for (int i = r.count(); i > 0; i--) {
            spotSavings.add(new SpotSaving(r.string(), r.strings(new LinkedHashSet<>()), r.in.readDouble(),
                    r.string(), r.date(), r.string()));
        }
        Map<String, FamilyRegions> familyRegions = new HashMap<>();
        for (int i = r.count(); i > 0; i--) {
            FamilyRegions f = new FamilyRegions(r.string(), r.strings(new LinkedHashSet<>()), r.string());
            familyRegions.put(f.family(), f);
        }
        if (r.in.read() != -1) {
            throw new IOException("the catalog snapshot goes on after its last section");
        }
        return Optional.of(new Catalog(date, layers, regions, prices, limits, freeTier, estimates, fargateSizes,
                instanceTypes, gcpNearest, gcpNearestGen1, gcpTier1Nearby, functionSizes, cloudRunCpu, llmModels,
                discounts, spotSavings, familyRegions));
    }

    /** Kinds of quantity, as written: the order of {@link Quantity}'s permitted types. */
    private enum Kind { DATA_SIZE, TIME_SPAN, RATE, PERCENT, COUNT }

    private static final class Writer {

        private final DataOutputStream out;
        private final Map<String, Integer> written = new HashMap<>();

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void count(int n) throws IOException {
            out.writeInt(n);
        }

        /** -1 for null; a new string as its number (the next) and text; a repeated one as its number alone. */
        void string(String s) throws IOException {
            if (s == null) {
                out.writeInt(-1);
                return;
            }
            Integer known = written.get(s);
            if (known != null) {
                out.writeInt(known);
                return;
            }
            int number = written.size();
            written.put(s, number);
            out.writeInt(number);
            out.writeUTF(s);
        }

        /** A set (an immutable set's order is drawn anew in each JVM) in sorted order; a list in its own. */
        void strings(Collection<String> strings) throws IOException {
            count(strings.size());
            for (String s : strings instanceof Set ? new java.util.TreeSet<>(strings) : strings) {
                string(s);
            }
        }

        void stringMap(Map<String, String> map) throws IOException {
            count(map.size());
            for (Map.Entry<String, String> e : sorted(map)) {
                string(e.getKey());
                string(e.getValue());
            }
        }

        void date(LocalDate date) throws IOException {
            out.writeBoolean(date != null);
            if (date != null) {
                out.writeLong(date.toEpochDay());
            }
        }

        void location(Location l) throws IOException {
            out.writeBoolean(l != null);
            if (l != null) {
                string(l.file());
                out.writeInt(l.line());
                out.writeInt(l.column());
            }
        }

        void optionalDouble(Optional<Double> value) throws IOException {
            out.writeBoolean(value.isPresent());
            if (value.isPresent()) {
                out.writeDouble(value.get());
            }
        }

        void price(Price p) throws IOException {
            string(p.key());
            string(p.region());
            string(p.description());
            string(p.unit());
            count(p.tiers().size());
            for (Tier t : p.tiers()) {
                out.writeDouble(t.upTo());
                out.writeDouble(t.price());
            }
            date(p.effective());
            string(p.source());
            out.writeBoolean(p.estimate());
            location(p.origin());
            location(p.unitOrigin());
        }

        void values(Map<String, CatalogValue> values) throws IOException {
            count(values.size());
            for (Map.Entry<String, CatalogValue> e : values.entrySet()) {
                string(e.getKey());
                CatalogValue v = e.getValue();
                string(v.key());
                Quantity q = v.value();
                Kind kind = q instanceof DataSize ? Kind.DATA_SIZE : q instanceof TimeSpan ? Kind.TIME_SPAN
                        : q instanceof Rate ? Kind.RATE : q instanceof Percent ? Kind.PERCENT : Kind.COUNT;
                out.writeByte(kind.ordinal());
                out.writeDouble(q.magnitude());
                string(v.unit());
                string(v.description());
                string(v.source());
                out.writeBoolean(v.estimate());
                location(v.origin());
            }
        }

        void instanceType(InstanceType t) throws IOException {
            string(t.name());
            out.writeDouble(t.vcpu());
            out.writeDouble(t.memoryGb());
            string(t.arch().name());
            out.writeInt(t.maxPods());
            out.writeBoolean(t.gpu().isPresent());
            if (t.gpu().isPresent()) {
                out.writeInt(t.gpu().get().count());
                string(t.gpu().get().type());
                out.writeDouble(t.gpu().get().memoryGb());
            }
            out.writeDouble(t.baseline());
        }

        void nearby(Optional<GoogleAlternatives.Nearby> nearby) throws IOException {
            out.writeBoolean(nearby.isPresent());
            if (nearby.isPresent()) {
                string(nearby.get().region());
                out.writeLong(nearby.get().km());
            }
        }

        void discount(Discount d) throws IOException {
            string(d.plan());
            count(d.options().size());
            for (PricingOption o : d.options()) {
                out.writeInt(o.years());
                string(o.payment().name());
            }
            strings(d.keys());
            out.writeDouble(d.fraction());
            optionalDouble(d.rate());
            optionalDouble(d.onDemand());
            strings(d.regions());
            out.writeBoolean(d.ceiling());
            string(d.description());
            date(d.effective());
            string(d.source());
            location(d.origin());
        }
    }

    private static final class Reader {

        private final DataInputStream in;
        private final List<String> read = new ArrayList<>();

        Reader(DataInputStream in) {
            this.in = in;
        }

        int count() throws IOException {
            return in.readInt();
        }

        String string() throws IOException {
            int number = in.readInt();
            if (number < 0) {
                return null;
            }
            if (number < read.size()) {
                return read.get(number);
            }
            if (number != read.size()) {
                throw new IOException("the catalog snapshot refers to string " + number + " before it is written");
            }
            String s = in.readUTF();
            read.add(s);
            return s;
        }

        <C extends Collection<String>> C strings(C into) throws IOException {
            for (int i = count(); i > 0; i--) {
                into.add(string());
            }
            return into;
        }

        Map<String, String> stringMap() throws IOException {
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = count(); i > 0; i--) {
                map.put(string(), string());
            }
            return map;
        }

        LocalDate date() throws IOException {
            return in.readBoolean() ? LocalDate.ofEpochDay(in.readLong()) : null;
        }

        Location location() throws IOException {
            return in.readBoolean() ? new Location(string(), in.readInt(), in.readInt()) : null;
        }

        Optional<Double> optionalDouble() throws IOException {
            return in.readBoolean() ? Optional.of(in.readDouble()) : Optional.empty();
        }

        Price price() throws IOException {
            String key = string();
            String region = string();
            String description = string();
            String unit = string();
            List<Tier> tiers = new ArrayList<>();
            for (int i = count(); i > 0; i--) {
                tiers.add(new Tier(in.readDouble(), in.readDouble()));
            }
            return new Price(key, region, description, unit, tiers, date(), string(), in.readBoolean(), location(),
                    location());
        }

        Map<String, CatalogValue> values() throws IOException {
            Map<String, CatalogValue> values = new LinkedHashMap<>();
            for (int i = count(); i > 0; i--) {
                String entry = string();
                String key = string();
                Kind kind = Kind.values()[in.readByte()];
                double magnitude = in.readDouble();
                Quantity value = switch (kind) {
                    case DATA_SIZE -> new DataSize(magnitude);
                    case TIME_SPAN -> new TimeSpan(magnitude);
                    case RATE -> new Rate(magnitude);
                    case PERCENT -> new Percent(magnitude);
                    case COUNT -> new Count(magnitude);
                };
                values.put(entry, new CatalogValue(key, value, string(), string(), string(), in.readBoolean(),
                        location()));
            }
            return values;
        }

        InstanceType instanceType() throws IOException {
            String name = string();
            double vcpu = in.readDouble();
            double memoryGb = in.readDouble();
            Architecture arch = Architecture.valueOf(string());
            int maxPods = in.readInt();
            Optional<InstanceType.Gpus> gpu = in.readBoolean()
                    ? Optional.of(new InstanceType.Gpus(in.readInt(), string(), in.readDouble()))
                    : Optional.empty();
            return new InstanceType(name, vcpu, memoryGb, arch, maxPods, gpu, in.readDouble());
        }

        Optional<GoogleAlternatives.Nearby> nearby() throws IOException {
            return in.readBoolean() ? Optional.of(new GoogleAlternatives.Nearby(string(), in.readLong()))
                    : Optional.empty();
        }

        Discount discount() throws IOException {
            String plan = string();
            List<PricingOption> options = new ArrayList<>();
            for (int i = count(); i > 0; i--) {
                options.add(new PricingOption(in.readInt(), PricingOption.Payment.valueOf(string())));
            }
            List<String> keys = strings(new ArrayList<>());
            double fraction = in.readDouble();
            Optional<Double> rate = optionalDouble();
            Optional<Double> onDemand = optionalDouble();
            Set<String> regions = strings(new LinkedHashSet<>());
            return new Discount(plan, options, keys, fraction, rate, onDemand, regions, in.readBoolean(), string(),
                    date(), string(), location());
        }
    }
}
