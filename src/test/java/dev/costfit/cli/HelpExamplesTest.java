package dev.costfit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example in costfit's help and its commands' runs as written, from the repository's root (files an example
 * writes go to a temporary folder instead). `pricing update` needs AWS credentials, so its examples are only parsed.
 * (The top-level help named profiles/batch.yaml and base-profiles/, neither of which exists.)
 */
class HelpExamplesTest {

    private static final List<String> COMMANDS = List.of("recommend", "check", "diff", "breakeven", "map",
            "pricing", "init", "schema", "completion");

    @Test
    void everyHelpExampleRunsAsWritten(@TempDir Path dir) {
        int ran = 0;
        List<String[]> helps = new ArrayList<>();
        helps.add(new String[] {"--help"});
        COMMANDS.forEach(command -> helps.add(new String[] {"help", command}));
        for (String[] asked : helps) {
            String command = String.join(" ", asked);
            CliRun help = CliRun.of(asked);
            assertThat(help.exitCode()).isZero();
            assertThat(help.out() + help.err()).as("help %s", command).doesNotContain("WARN");
            for (List<String> example : examples(help.out())) {
                assertThat(example.get(0)).as("%s", example).isEqualTo("costfit");
                List<String> args = new ArrayList<>(example.subList(1, example.size()));
                for (int i = 0; i + 1 < args.size(); i++) {
                    if (args.get(i).equals("--out")) {
                        args.set(i + 1, dir.resolve(Path.of(args.get(i + 1)).getFileName()).toString());
                    }
                }
                // init writes its FILE argument: to the temporary folder too, each example a file of its own
                if (args.get(0).equals("init") && args.get(args.size() - 1).endsWith(".yaml")) {
                    args.set(args.size() - 1, dir.resolve(ran + "-" + args.get(args.size() - 1)).toString());
                }
                if (args.size() > 1 && args.get(0).equals("pricing") && args.get(1).equals("update")) {
                    continue; // needs AWS credentials and the network
                }
                CliRun run = CliRun.of(args.toArray(String[]::new));
                assertThat(run.exitCode()).as("%s\n%s", example, run.err()).isIn(0, 3);
                ran++;
            }
        }
        assertThat(ran).isGreaterThanOrEqualTo(26);
    }

    /** The lines after "Examples:", continued lines joined, split as a shell splits them (single quotes). */
    private static List<List<String>> examples(String help) {
        List<List<String>> out = new ArrayList<>();
        int at = help.indexOf("Examples:");
        if (at < 0) {
            return out;
        }
        StringBuilder line = new StringBuilder();
        for (String raw : help.substring(at).lines().skip(1).toList()) {
            String text = raw.strip();
            if (text.isEmpty() && line.isEmpty()) {
                break;
            }
            if (!text.startsWith("costfit") && line.isEmpty()) {
                break;
            }
            boolean continues = text.endsWith("\\");
            line.append(continues ? text.substring(0, text.length() - 1) : text).append(' ');
            if (!continues) {
                out.add(split(line.toString()));
                line.setLength(0);
            }
        }
        return out;
    }

    private static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            } else if (c == ' ' && !quoted) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }
}
