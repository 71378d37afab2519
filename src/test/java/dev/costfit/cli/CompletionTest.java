package dev.costfit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The completion scripts complete in a real shell: bash sources the script and runs its completion function on a
 * command line, as it does when TAB is pressed; zsh loads the zsh script through its bashcompinit, where it is
 * installed (Debian: apt install zsh).
 */
class CompletionTest {

    @TempDir
    static Path dir;
    private static Path script;

    @BeforeAll
    static void writeTheScript() throws IOException {
        CliRun run = CliRun.of("completion", "bash");
        assertThat(run.exitCode()).isZero();
        script = dir.resolve("costfit.bash");
        Files.writeString(script, run.out());
        Files.writeString(dir.resolve("chat.yaml"), "name: x\n");
        Files.writeString(dir.resolve("chart.txt"), "");
    }

    @Test
    void commandsComplete() throws Exception {
        assertThat(complete("costfit", "rec")).containsExactly("recommend");
        assertThat(complete("costfit", "")).contains("recommend", "check", "diff", "breakeven", "map", "pricing",
                "schema", "init", "completion", "help");
        assertThat(complete("costfit", "pricing", "")).contains("show", "update", "diff");
    }

    @Test
    void optionsAndTheirValuesComplete() throws Exception {
        assertThat(complete("costfit", "recommend", "--fo")).containsExactly("--format");
        assertThat(complete("costfit", "recommend", "--format", "")).containsExactly("table", "json", "jsonl",
                "markdown", "csv", "html", "svg", "png");
        assertThat(complete("costfit", "check", "--platforms", "c")).containsExactly("cloud-functions-gen2",
                "cloud-functions-gen1");
        assertThat(complete("costfit", "recommend", "--region", "us-")).containsExactly("us-east-1", "us-east-2",
                "us-west-1", "us-west-2");
        assertThat(complete("costfit", "completion", "")).containsExactly("bash", "zsh", "fish");
    }

    @Test
    void profileFilesComplete() throws Exception {
        assertThat(complete("costfit", "recommend", dir.resolve("cha").toString()))
                .containsExactlyInAnyOrder(dir.resolve("chat.yaml").toString(), dir.resolve("chart.txt").toString());
    }

    @Test
    void theFishScriptNamesEveryCommandAndCompletesFiles() {
        String fish = CliRun.of("completion", "fish").out();
        assertThat(fish).contains("complete -c costfit -n '__fish_use_subcommand' -a recommend -d 'Per profile: "
                        + "every platform side by side, the recommendation and why'")
                .contains("complete -c costfit -n '__fish_seen_subcommand_from recommend' -l format -x -a 'table "
                        + "json jsonl markdown csv html svg png'")
                .contains("complete -c costfit -n '__fish_seen_subcommand_from recommend' -l catalog -r -F")
                .contains("complete -c costfit -n '__fish_seen_subcommand_from pricing; and not "
                        + "__fish_seen_subcommand_from show update diff' -a update");
    }

    @Test
    void theZshScriptLoadsThroughBashcompinitAndOffersOptionsAndRegions() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/zsh")) || Files.isExecutable(Path.of("/bin/zsh")),
                "zsh is not installed here");
        Path zsh = dir.resolve("costfit.zsh");
        Files.writeString(zsh, CliRun.of("completion", "zsh").out());
        // zsh filters the candidates by the typed prefix itself (compadd), so the function offers them all.
        assertThat(completeInZsh(zsh, "costfit", "recommend", "--fo")).contains("--format", "--region")
                .doesNotContain("chat.yaml");
        assertThat(completeInZsh(zsh, "costfit", "recommend", "--region", "us-")).contains("us-east-1", "us-west-2",
                "eu-central-1");
    }

    /** What zsh, through bashcompinit as its users load it, offers for the last word of {@code words}. */
    private List<String> completeInZsh(Path zsh, String... words) throws Exception {
        String program = "autoload -U +X compinit && compinit -u && autoload -U +X bashcompinit && bashcompinit\n"
                + "source '" + zsh + "'\nsetopt ksharrays\ncompopt() { :; }\nCOMP_WORDS=(" + quoted(words)
                + ")\nCOMP_CWORD=" + (words.length - 1) + "\nCOMP_LINE=\"${COMP_WORDS[*]}\"\n"
                + "COMP_POINT=${#COMP_LINE}\n_complete_costfit costfit\nprint -l -- \"${COMPREPLY[@]}\"\n";
        return run(new ProcessBuilder("zsh", "-f", "-c", program));
    }

    private static String quoted(String... words) {
        StringBuilder array = new StringBuilder();
        for (String word : words) {
            array.append('\'').append(word.replace("'", "'\\''")).append("' ");
        }
        return array.toString();
    }

    /** What bash offers for the last word of {@code words}. */
    private static List<String> complete(String... words) throws Exception {
        String array = quoted(words);
        // compopt only works while bash itself runs a completion; here it is called directly, so it is a no-op.
        String program = "source '" + script + "'\ncompopt() { :; }\nCOMP_WORDS=(" + array + ")\nCOMP_CWORD=" + (words.length - 1)
                + "\nCOMP_LINE=\"${COMP_WORDS[*]}\"\nCOMP_POINT=${#COMP_LINE}\n_complete_costfit costfit\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        return run(new ProcessBuilder("bash", "--norc", "--noprofile", "-c", program));
    }

    private static List<String> run(ProcessBuilder shell) throws Exception {
        Process process = shell.directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.PIPE).start();
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(err).isZero();
        assertThat(err).isEmpty();
        return out.lines().filter(l -> !l.isEmpty()).toList();
    }
}
