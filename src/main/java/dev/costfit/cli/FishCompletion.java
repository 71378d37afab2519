package dev.costfit.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A fish completion script written from the command model (picocli writes bash and zsh, not fish): subcommands,
 * options with their values where the model lists them, files where an option or parameter takes a path.
 */
final class FishCompletion {

    private static final int MAX_DESCRIPTION = 72;

    private FishCompletion() {
    }

    static String script(CommandLine root) {
        String name = root.getCommandName();
        List<String> lines = new ArrayList<>();
        lines.add("# fish completion for " + name + ", written by `" + name + " completion fish`.");
        lines.add("# Install: " + name + " completion fish > ~/.config/fish/completions/" + name + ".fish");
        lines.add("complete -c " + name + " -e");
        lines.add("complete -c " + name + " -f");
        commands(name, root, List.of(), lines);
        return String.join("\n", lines) + "\n";
    }

    private static void commands(String name, CommandLine command, List<String> path, List<String> lines) {
        Map<String, CommandLine> subcommands = command.getSubcommands();
        String here = condition(path, subcommands.keySet().stream().toList());
        for (Map.Entry<String, CommandLine> sub : subcommands.entrySet()) {
            lines.add("complete -c " + name + " -n " + quote(here) + " -a " + sub.getKey() + " -d "
                    + quote(summary(sub.getValue().getCommandSpec())));
        }
        CommandSpec spec = command.getCommandSpec();
        String within = path.isEmpty() ? "__fish_use_subcommand" : "__fish_seen_subcommand_from " + path.get(
                path.size() - 1);
        for (OptionSpec option : spec.options()) {
            if (option.hidden()) {
                continue;
            }
            StringBuilder line = new StringBuilder("complete -c " + name + " -n " + quote(within));
            for (String n : option.names()) {
                line.append(n.startsWith("--") ? " -l " + n.substring(2) : " -s " + n.substring(1));
            }
            if (option.arity().max() > 0) {
                Iterable<String> values = option.completionCandidates();
                if (values != null) {
                    line.append(" -x -a ").append(quote(StreamSupport.stream(values.spliterator(), false)
                            .collect(Collectors.joining(" "))));
                } else if (isPath(option.type()) || isPath(option.auxiliaryTypes()[0])) {
                    line.append(" -r -F");
                } else {
                    line.append(" -x");
                }
            }
            line.append(" -d ").append(quote(first(option.description())));
            lines.add(line.toString());
        }
        for (PositionalParamSpec positional : spec.positionalParameters()) {
            if (isPath(positional.type()) || isPath(positional.auxiliaryTypes()[0])) {
                lines.add("complete -c " + name + " -n " + quote(within) + " -F");
            } else if (positional.completionCandidates() != null) {
                lines.add("complete -c " + name + " -n " + quote(within) + " -x -a " + quote(StreamSupport
                        .stream(positional.completionCandidates().spliterator(), false)
                        .collect(Collectors.joining(" "))));
            }
        }
        for (Map.Entry<String, CommandLine> sub : subcommands.entrySet()) {
            if (!sub.getKey().equals("help")) {
                List<String> deeper = new ArrayList<>(path);
                deeper.add(sub.getKey());
                commands(name, sub.getValue(), deeper, lines);
            }
        }
    }

    /** At the root: no subcommand yet; below: this one seen and none of its own. */
    private static String condition(List<String> path, List<String> subcommands) {
        if (path.isEmpty()) {
            return "__fish_use_subcommand";
        }
        return "__fish_seen_subcommand_from " + path.get(path.size() - 1) + "; and not __fish_seen_subcommand_from "
                + String.join(" ", subcommands);
    }

    private static boolean isPath(Class<?> type) {
        return type == java.nio.file.Path.class || type == java.io.File.class;
    }

    private static String summary(CommandSpec spec) {
        return first(spec.usageMessage().description());
    }

    private static String first(String[] description) {
        if (description.length == 0) {
            return "";
        }
        String text = description[0].replace("%%", "%").replace("%n", "").replace("${DEFAULT-VALUE}", "")
                .replace("${COMPLETION-CANDIDATES}", "").strip();
        int stop = text.indexOf(". ");
        text = stop > 0 ? text.substring(0, stop) : text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        // fish shows descriptions beside the candidates: a short clause reads there, a paragraph does not
        return text.length() <= MAX_DESCRIPTION ? text : text.substring(0, MAX_DESCRIPTION - 1).strip() + "…";
    }

    private static String quote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
