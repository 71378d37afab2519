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
                "markdown", "csv", "html");
        assertThat(complete("costfit", "check", "--platforms", "c")).containsExactly("cloud-functions-gen2",
                "cloud-functions-gen1");
        assertThat(complete("costfit", "recommend", "--region", "us-")).containsExactly("us-east-1", "us-east-2",
                "us-west-1", "us-west-2");
        assertThat(complete("costfit", "completion", "")).containsExactly("bash", "zsh", "fish");
    }

    @Test
    void eachCommandOffersTheFormatsItWrites() throws Exception {
        assertThat(complete("costfit", "breakeven", "--format", "")).containsExactly("table", "json", "csv", "html",
                "svg", "png");
        assertThat(complete("costfit", "map", "--format", "s")).containsExactly("svg");
        assertThat(complete("costfit", "pricing", "show", "--format", "")).containsExactly("table", "json");
        // pricing diff is not diff: its own two formats.
        assertThat(complete("costfit", "pricing", "diff", "--format", "")).containsExactly("table", "json");
        assertThat(complete("costfit", "diff", "--format", "")).containsExactly("table", "json", "jsonl",
                "markdown", "csv", "html");
    }

    @Test
    void valuesCompleteAfterAnEqualsSignAndAfterAComma() throws Exception {
        // bash splits --format=j at the '=' (COMP_WORDBREAKS): the words are --format, = and j.
        assertThat(complete("costfit", "recommend", "--format", "=", "j")).containsExactly("json", "jsonl");
        assertThat(complete("costfit", "recommend", "--format", "=")).contains("table", "html");
        assertThat(complete("costfit", "recommend", "--platforms", "lambda,f")).containsExactly("lambda,fargate");
        assertThat(complete("costfit", "recommend", "--region", "us-east-1,eu-c"))
                .containsExactly("us-east-1,eu-central-1", "us-east-1,eu-central-2");
        assertThat(complete("costfit", "diff", "--fail-on", "infeasible,re"))
                .containsExactly("infeasible,recommendation-change");
    }

    @Test
    void regionsInputsPricingPoliciesAndInitsChoicesComplete() throws Exception {
        assertThat(complete("costfit", "init", "--region", "eu-w")).containsExactly("eu-west-1", "eu-west-2",
                "eu-west-3");
        assertThat(complete("costfit", "pricing", "show", "--region", "eu-w")).containsExactly("eu-west-1",
                "eu-west-2", "eu-west-3");
        assertThat(complete("costfit", "breakeven", "chat.yaml", "--vary", "")).containsExactly("rate", "duration",
                "memory", "concurrency", "cpu_time");
        assertThat(complete("costfit", "map", "--x", "c")).containsExactly("concurrency", "cpu_time");
        assertThat(complete("costfit", "map", "--y", "d")).containsExactly("duration");
        assertThat(complete("costfit", "recommend", "--pricing", "savings-plan-3")).containsExactly(
                "savings-plan-3y", "savings-plan-3y-partial-upfront", "savings-plan-3y-all-upfront");
        // recommend takes the three policies every verb takes; diff also its two.
        assertThat(complete("costfit", "recommend", "--fail-on", "")).containsExactly("infeasible", "unpriced",
                "over-budget");
        assertThat(complete("costfit", "diff", "--fail-on", "")).containsExactly("infeasible", "unpriced",
                "over-budget", "increase>10%", "recommendation-change");
        assertThat(complete("costfit", "init", "--kind", "")).containsExactly("service", "job");
        assertThat(complete("costfit", "init", "--pattern", "")).containsExactly("flat", "business-hours",
                "diurnal", "spiky");
        assertThat(complete("costfit", "init", "--gpu", "")).startsWith("none", "any", "T4");
        assertThat(complete("costfit", "init", "--llm-model", "claude-sonnet-4-5")).contains("claude-sonnet-4-5");
        assertThat(complete("costfit", "help", "")).contains("recommend", "pricing").doesNotContain("help");
        // A value of no fixed set (a budget) offers nothing, not files.
        assertThat(complete("costfit", "recommend", "--budget", "")).isEmpty();
    }

    @Test
    void profileFilesComplete() throws Exception {
        assertThat(complete("costfit", "recommend", dir.resolve("cha").toString()))
                .containsExactlyInAnyOrder(dir.resolve("chat.yaml").toString(), dir.resolve("chart.txt").toString());
    }

    @Test
    void theFishScriptKeysEachLineByTheWholeCommandPath() {
        String fish = CliRun.of("completion", "fish").out();
        assertThat(fish).contains("complete -c costfit -n '__costfit_at' -a recommend -d 'Per profile: "
                        + "every platform side by side, the recommendation and why'")
                .contains("complete -c costfit -n '__costfit_at recommend' -l format -x -a 'table "
                        + "json jsonl markdown csv html'")
                .contains("complete -c costfit -n '__costfit_at recommend' -l catalog -r -F")
                .contains("complete -c costfit -n '__costfit_at pricing' -a update")
                .contains("complete -c costfit -n '__costfit_at pricing diff' -l format -x -a 'table json'")
                .contains("complete -c costfit -n '__costfit_at diff' -l format -x -a 'table json jsonl markdown "
                        + "csv html'")
                .contains("-l platforms -x -a '(__costfit_list \\'lambda\\' \\'cloud-functions-gen2\\'");
    }

    @Test
    void fishCompletesByTheCommandPathAfterACommaAndAfterAnEqualsSign() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/fish")) || Files.isExecutable(Path.of("/bin/fish")),
                "fish is not installed here");
        Path fish = dir.resolve("costfit.fish");
        Files.writeString(fish, CliRun.of("completion", "fish").out());
        assertThat(completeInFish(fish, "costfit pricing diff --format ")).containsExactly("json", "table");
        assertThat(completeInFish(fish, "costfit diff --format ")).containsExactly("csv", "html", "json", "jsonl",
                "markdown", "table");
        assertThat(completeInFish(fish, "costfit recommend --platforms lambda,f")).containsExactly(
                "lambda,fargate");
        assertThat(completeInFish(fish, "costfit recommend --format=j")).containsExactly("--format=json",
                "--format=jsonl");
        assertThat(completeInFish(fish, "costfit diff --fail-on infeasible,re")).containsExactly(
                "infeasible,recommendation-change");
        assertThat(completeInFish(fish, "costfit init --region eu-w")).containsExactly("eu-west-1", "eu-west-2",
                "eu-west-3");
        assertThat(dir.resolve("10%")).as("increase>10%% is quoted, not a redirection").doesNotExist();
    }

    /** What fish offers for {@code line}, descriptions left out. */
    private List<String> completeInFish(Path fish, String line) throws Exception {
        String program = "source '" + fish + "'\ncomplete -C'" + line.replace("'", "\\'") + "'"
                + " | string replace -r '\\t.*' ''\n";
        return run(new ProcessBuilder("fish", "--no-config", "-c", program));
    }

    @Test
    void theZshScriptLoadsThroughBashcompinitAndOffersOptionsAndRegions() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/zsh")) || Files.isExecutable(Path.of("/bin/zsh")),
                "zsh is not installed here");
        Path zsh = dir.resolve("costfit.zsh");
        Files.writeString(zsh, CliRun.of("completion", "zsh").out());
        // zsh filters the candidates by the typed prefix again (compadd); the function offers those it starts.
        assertThat(completeInZsh(zsh, "costfit", "recommend", "--fo")).containsExactly("--format");
        assertThat(completeInZsh(zsh, "costfit", "recommend", "--")).contains("--format", "--region")
                .doesNotContain("chat.yaml");
        assertThat(completeInZsh(zsh, "costfit", "recommend", "--region", "us-")).contains("us-east-1", "us-west-2")
                .doesNotContain("eu-central-1");
        // zsh keeps --format=j one word (no COMP_WORDBREAKS): the value completes with the option before it.
        assertThat(completeInZsh(zsh, "costfit", "recommend", "--format=j")).containsExactly("--format=json",
                "--format=jsonl");
    }

    /** What zsh, through bashcompinit as its users load it, offers for the last word of {@code words}. */
    private List<String> completeInZsh(Path zsh, String... words) throws Exception {
        String program = "autoload -U +X compinit && compinit -u && autoload -U +X bashcompinit && bashcompinit\n"
                + "source '" + zsh + "'\n"
                // As bashcompinit's compgen runs a -F function: in sh emulation (0-based arrays, words split).
                + "run() { emulate -L sh; setopt kshglob noshglob braceexpand; COMP_WORDS=(" + quoted(words)
                + "); COMP_CWORD=" + (words.length - 1) + "; COMP_LINE=\"${COMP_WORDS[*]}\"; "
                + "COMP_POINT=${#COMP_LINE}; _complete_costfit costfit; print -l -- \"${COMPREPLY[@]}\"; }\nrun\n";
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
