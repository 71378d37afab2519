package dev.costfit.fuzz;

import java.util.List;
import java.util.SplittableRandom;

/** Case number {@code index} of the campaign with {@code seed}: the same pair always gives the same case. */
final class CaseGenerator {

    private final long seed;

    CaseGenerator(long seed) {
        this.seed = seed;
    }

    FuzzCase generate(long index) {
        SplittableRandom rnd = new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + index));
        List<SeedProfiles.Seed> samples = SeedProfiles.all();
        SeedProfiles.Seed sample = samples.get(rnd.nextInt(samples.size()));
        List<Edit> edits = new Mutator(rnd).draw(sample);
        boolean severalDocs = edits.stream().anyMatch(e -> e instanceof Edit.Text t
                && t.op() == Edit.TextOp.APPEND && t.text().contains("name:"));
        Invocation invocation = new InvocationGenerator(rnd).draw(index, sample.profileName(), severalDocs);
        return new FuzzCase(seed, index, sample.name(), sample.tree(), edits, invocation);
    }

    /** The murmur3 finaliser: neighbouring case numbers get unrelated random streams. */
    private static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb93fe53a87cdL;
        return z ^ (z >>> 33);
    }
}
