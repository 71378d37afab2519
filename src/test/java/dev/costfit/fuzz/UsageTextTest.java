package dev.costfit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.costfit.cli.CostfitCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command's usage text renders without picocli printing "[picocli WARN] Could not format …" on the process's
 * stderr (a bare % in a description is a format string to picocli): the fuzzer counted such lines for `diff` at
 * 7f2e340, and `pricing diff` had one until this test.
 */
class UsageTextTest {

    @Test
    void everyCommandsHelpRendersWithoutPicocliWarnings() {
        int commands = 0;
        try (StrayStderr stray = new StrayStderr()) {
            Deque<CommandLine> todo = new ArrayDeque<>();
            todo.push(CostfitCommand.commandLine(new PrintWriter(new StringWriter()),
                    new PrintWriter(new StringWriter())));
            while (!todo.isEmpty()) {
                CommandLine command = todo.pop();
                command.getUsageMessage();
                commands++;
                command.getSubcommands().values().forEach(todo::push);
            }
            assertThat(stray.lines()).as("lines on stderr, such as: %s", stray.first()).isZero();
        }
        assertThat(commands).as("commands whose help was rendered").isGreaterThanOrEqualTo(12);
    }
}
