package dev.costfit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costfit.cli.CostfitCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IllegalFormatException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every command's header, description and footer is a valid format string: picocli formats them (not the options'
 * descriptions, which it prints as written), and one that does not format — a bare % — makes it print
 * "[picocli WARN] Could not format …" on the process's own stderr, past costfit's writers. The fuzzer counted such
 * lines for `diff` at 7f2e340; `pricing diff` had one ("% change") until this test. Checked on the texts rather
 * than on stderr, because picocli's tracer keeps the stderr of the moment it was first loaded.
 */
class UsageTextTest {

    @Test
    void everyUsageTextIsAValidFormatString() {
        List<String> texts = new ArrayList<>();
        Deque<CommandLine> todo = new ArrayDeque<>();
        todo.push(CostfitCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())));
        int commands = 0;
        while (!todo.isEmpty()) {
            CommandLine command = todo.pop();
            CommandSpec spec = command.getCommandSpec();
            commands++;
            Stream.of(spec.usageMessage().header(), spec.usageMessage().description(), spec.usageMessage().footer())
                    .forEach(lines -> texts.addAll(List.of(lines)));
            command.getSubcommands().values().forEach(todo::push);
        }
        List<String> broken = texts.stream().filter(UsageTextTest::doesNotFormat).toList();
        assertThat(broken).as("usage texts picocli cannot format (write %% for a %%)").isEmpty();
        assertThat(commands).as("commands read").isGreaterThanOrEqualTo(12);
        assertThat(texts.size()).as("texts checked").isGreaterThan(30);
    }

    private static boolean doesNotFormat(String text) {
        try {
            String.format(text.replace("${DEFAULT-VALUE}", "").replace("${COMPLETION-CANDIDATES}", ""));
            return false;
        } catch (IllegalFormatException e) {
            return true;
        }
    }
}
