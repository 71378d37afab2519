package dev.costfit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The minimiser against a stand-in for costfit: it keeps what the failure needs and drops everything else. */
class MinimiserTest {

    private static final Verdict FAILURE = new Verdict(Outcome.CRASH, "boom", "boom", "boom", 1, 1);
    private static final Verdict FINE = new Verdict(Outcome.OK, "", "ok", "ok", 1, 0);

    /** Fails while the profile has a name and a rate of 400 nines, with --explain. */
    private static Verdict standIn(FuzzCase c) {
        YamlTree.Node tree = Edit.applyToTree(c.base(), c.edits());
        boolean fails = YamlTree.get(tree, List.of("name")).isPresent()
                && YamlTree.get(tree, List.of("traffic", "rate")).equals(java.util.Optional.of(
                new YamlTree.Raw(Extremes.NINES_400 + "/s")))
                && c.invocation().has("--explain");
        return fails ? FAILURE : FINE;
    }

    @Test
    void keepsOnlyTheMutationOptionAndKeysTheFailureNeeds() {
        SeedProfiles.Seed chat = SeedProfiles.byName("chat-api");
        List<Edit> edits = List.of(new Edit.Put(List.of("memory"), new YamlTree.Raw("1TB")),
                new Edit.Put(List.of("traffic", "rate"), new YamlTree.Raw(Extremes.NINES_400 + "/s")),
                new Edit.Text(Edit.TextOp.APPEND, 0, "# trailing comment\n"));
        Invocation invocation = new Invocation("recommend", List.of(Invocation.FILE), "json",
                List.of(List.of("--free-tier"), List.of("--explain"), List.of("--region", "eu-west-1")));
        FuzzCase failing = new FuzzCase(1, 1, "chat-api", chat.tree(), edits, invocation);

        Minimiser minimiser = new Minimiser(MinimiserTest::standIn, 500);
        FuzzCase small = minimiser.shrink(failing, standIn(failing));

        assertThat(small.edits()).hasSize(1);
        assertThat(small.invocation().options()).containsExactly(List.of("--explain"));
        assertThat(YamlTree.paths(small.base())).containsExactly(List.of("name"));
        assertThat(small.profileText()).isEqualTo("name: chat-api\ntraffic:\n  rate: " + Extremes.NINES_400 + "/s\n");
        assertThat(standIn(small).sameClassAs(FAILURE)).isTrue();
    }

    @Test
    void stopsAfterItsBudgetOfRuns() {
        SeedProfiles.Seed chat = SeedProfiles.byName("chat-api");
        FuzzCase failing = new FuzzCase(1, 1, "chat-api", chat.tree(),
                List.of(new Edit.Put(List.of("traffic", "rate"), new YamlTree.Raw(Extremes.NINES_400 + "/s"))),
                new Invocation("recommend", List.of(Invocation.FILE), "json", List.of(List.of("--explain"))));
        Minimiser minimiser = new Minimiser(MinimiserTest::standIn, 3);
        minimiser.shrink(failing, standIn(failing));
        assertThat(minimiser.runs()).isEqualTo(3);
    }
}
