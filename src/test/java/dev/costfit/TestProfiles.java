package dev.costfit;

import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.CatalogLoader;
import dev.costfit.profile.Profile;
import dev.costfit.profile.ProfileLoader;
import java.util.List;

/** Shared fixtures: profiles from YAML text and the embedded catalog (loaded once; it is immutable). */
public final class TestProfiles {

    public static final Catalog CATALOG = new CatalogLoader().embedded();

    private TestProfiles() {
    }

    /**
     * The catalog's non-GPU node types before the AMD and Graviton2 families (2026-12-07), as a YAML flow list for
     * {@code platforms.eks.node_types}: the tests of a case found on that catalog keep its economics with it (the
     * cheaper types move where Fargate and EKS trade places).
     */
    public static String nodeTypesBeforeAmdAndGraviton2() {
        return CATALOG.instanceTypes().values().stream().filter(t -> t.gpu().isEmpty())
                .map(dev.costfit.pricing.InstanceType::name)
                .filter(n -> !n.matches("(m|c|r)(5a|6a|7a|6g)\\..*|t3a\\..*"))
                .collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    }

    public static Profile parse(String yaml) {
        List<Profile> profiles = new ProfileLoader().parse("test.yaml", yaml);
        if (profiles.size() != 1) {
            throw new IllegalArgumentException("expected one profile, got " + profiles.size());
        }
        return profiles.get(0);
    }

    /** The sample profiles under profiles/, in file-name order. */
    public static List<Profile> samples() {
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(
                java.nio.file.Path.of("profiles"))) {
            return new ProfileLoader().load(files.sorted().toList());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The sample profiles, then {@code count} profiles of a seeded portfolio ({@link
     * dev.costfit.testing.PortfolioGenerator}, named {@code prefix} and a number), each followed by its variants:
     * what a property test compares over.
     *
     * @param variants more profiles made from a generated profile's YAML (none for most)
     */
    public static List<Profile> samplesAndPortfolio(long seed, int count, String prefix,
                                                    java.util.function.Function<String, List<Profile>> variants) {
        List<Profile> profiles = new java.util.ArrayList<>(samples());
        dev.costfit.testing.PortfolioGenerator generator = new dev.costfit.testing.PortfolioGenerator(seed);
        for (int i = 0; i < count; i++) {
            String yaml = generator.next(prefix + i);
            profiles.add(parse(yaml));
            profiles.addAll(variants.apply(yaml));
        }
        return profiles;
    }

    /**
     * The profiles bench/portfolio.sh generates with {@code seed}, named as it names them (p000001 up to
     * {@code last}), that {@code keep} keeps, in order.
     */
    public static List<Profile> portfolio(long seed, int last, java.util.function.Predicate<Profile> keep) {
        List<Profile> kept = new java.util.ArrayList<>();
        dev.costfit.testing.PortfolioGenerator generator = new dev.costfit.testing.PortfolioGenerator(seed);
        for (int i = 1; i <= last; i++) {
            Profile p = parse(generator.next(dev.costfit.testing.PortfolioGenerator.nameOf(i)));
            if (keep.test(p)) {
                kept.add(p);
            }
        }
        return kept;
    }

    /**
     * The YAML of {@code count} generated profiles ({@code prefix} + index), leaving out those that state any of the
     * keys {@code stating} names ("platforms:"): a test appends its own statement of them to each.
     */
    public static List<String> portfolioYaml(long seed, int count, String prefix, String... stating) {
        List<String> kept = new java.util.ArrayList<>();
        dev.costfit.testing.PortfolioGenerator generator = new dev.costfit.testing.PortfolioGenerator(seed);
        for (int i = 0; i < count; i++) {
            String yaml = generator.next(prefix + i);
            if (java.util.Arrays.stream(stating).noneMatch(yaml::contains)) {
                kept.add(yaml);
            }
        }
        return kept;
    }

    /** {@link #samplesAndPortfolio(long, int, String, java.util.function.Function)} without variants. */
    public static List<Profile> samplesAndPortfolio(long seed, int count, String prefix) {
        return samplesAndPortfolio(seed, count, prefix, yaml -> List.of());
    }

    /**
     * A minimal service profile with the given extra lines (YAML, top level). No front door and clients inside the
     * VPC, so that the compute lines stand alone as the published examples price them.
     */
    /** The message reading {@code yaml} refuses it with; fails where it is read without a problem. */
    public static String problems(String yaml) {
        try {
            parse(yaml);
            throw new AssertionError("read without a problem");
        } catch (dev.costfit.yaml.InputException e) {
            return e.getMessage();
        }
    }

    public static Profile service(String rate, String duration, String memory, String... extra) {
        StringBuilder yaml = new StringBuilder("name: t\ntraffic: {rate: " + rate + "}\nduration: " + duration
                + "\nmemory: " + memory + "\ntimeout: 900s\nfront_door: none\nnetwork: {clients: vpc}\n");
        for (String line : extra) {
            yaml.append(line).append('\n');
        }
        return parse(yaml.toString());
    }
}
