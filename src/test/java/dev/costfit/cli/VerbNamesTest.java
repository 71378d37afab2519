package dev.costfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The verbs a run builds alone are found by name without reading their annotations (start-up): those names must be
 * the ones their {@code @Command} declares, and the verbs left out must be exactly those that need the whole tree.
 */
class VerbNamesTest {

    @Test
    void eachVerbBuiltAloneIsNamedAsItsCommandAnnotationNamesIt() {
        Map<String, Class<?>> alone = CostfitCommand.verbsBuiltAlone();
        assertThat(alone).hasSize(7);
        alone.forEach((name, verb) -> assertThat(verb.getAnnotation(Command.class).name()).as("%s", verb)
                .isEqualTo(name));
        assertThat(CostfitCommand.verbs()).containsAll(alone.values());
        assertThat(CostfitCommand.verbs().stream().filter(v -> !alone.containsValue(v))
                .map(v -> v.getAnnotation(Command.class).name()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("completion", "help", "init");
    }

    @Test
    void aRunOfOneVerbBuildsThatVerbAloneAndTheOthersBuildTheWholeTree() {
        assertThat(CostfitCommand.forArguments(new String[] {"map", "x.yaml"}, sink(), sink(), Map.of())
                .getSubcommands().keySet()).containsExactly("map");
        assertThat(CostfitCommand.forArguments(new String[] {"help"}, sink(), sink(), Map.of())
                .getSubcommands()).hasSize(CostfitCommand.verbs().size());
        assertThat(CostfitCommand.forArguments(new String[] {"nonsense"}, sink(), sink(), Map.of())
                .getSubcommands()).hasSize(CostfitCommand.verbs().size());
        assertThat(CommandLine.HelpCommand.class.getAnnotation(Command.class).name()).isEqualTo("help");
    }

    @Test
    void theVersionAloneBuildsNoVerbAndStillAnswers() {
        for (String flag : new String[] {"--version", "-V"}) {
            assertThat(CostfitCommand.forArguments(new String[] {flag}, sink(), sink(), Map.of()).getSubcommands())
                    .isEmpty();
            StringWriter out = new StringWriter();
            int code = CostfitCommand.forArguments(new String[] {flag}, new PrintWriter(out), sink(), Map.of())
                    .execute(flag);
            assertThat(code).isZero();
            assertThat(out.toString()).startsWith("costfit ").contains("price catalog of 2026-12-02");
        }
        // With anything after it, the whole tree, as before: a verb named after the flag is still a verb.
        assertThat(CostfitCommand.forArguments(new String[] {"--version", "recommend"}, sink(), sink(), Map.of())
                .getSubcommands()).hasSize(CostfitCommand.verbs().size());
    }

    private static PrintWriter sink() {
        return new PrintWriter(new StringWriter());
    }
}
