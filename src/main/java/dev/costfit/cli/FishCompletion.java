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
 * A fish completion script written from the command model: subcommands, options with their values where the model
 * lists them (a list option's after its last comma), files where an option or parameter takes a path. Each line is
 * keyed by the full command path (fish's __fish_seen_subcommand_from diff would also match `costfit pricing diff`,
 * which then got `costfit diff`'s options and both sets of formats).
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
        lines.addAll(helpers(name, root));
        commands(name, root, List.of(), lines);
        return String.join("\n", lines) + "\n";
    }

    /**
     * Two functions: the command path typed so far (each word naming a command under the path before it), and the
     * values of a list option with the items already typed before the last comma kept in front.
     */
    private static List<String> helpers(String name, CommandLine root) {
        List<String> lines = new ArrayList<>();
        lines.add("function __" + name + "_path --description 'the " + name + " command path typed so far'");
        lines.add("    set -l path");
        lines.add("    set -l words (commandline -opc)");
        lines.add("    set -e words[1]");
        lines.add("    for word in $words");
        lines.add("        switch \"$path:$word\"");
        List<String> cases = new ArrayList<>();
        cases(root, "", cases);
        for (String c : cases) {
            lines.add("            case " + quote(c));
            lines.add("                set path $path $word");
        }
        lines.add("        end");
        lines.add("    end");
        lines.add("    string join ' ' $path");
        lines.add("end");
        lines.add("function __" + name + "_at --description 'whether the command path is exactly the arguments'");
        lines.add("    set -l path (__" + name + "_path)");
        lines.add("    test \"$path\" = \"$argv\"");
        lines.add("end");
        lines.add("function __" + name + "_list --description 'the values of a list option after its last comma'");
        lines.add("    set -l token (string replace -r -- '^--[^=]*=' '' (commandline -ct))");
        lines.add("    set -l before (string replace -r -- '[^,]*$' '' $token)");
        lines.add("    for value in $argv");
        lines.add("        echo $before$value");
        lines.add("    end");
        lines.add("end");
        return lines;
    }

    /** "path:word" for every command under every path: "" then "recommend", "pricing:show". */
    private static void cases(CommandLine command, String path, List<String> out) {
        for (Map.Entry<String, CommandLine> sub : command.getSubcommands().entrySet()) {
            out.add(path + ":" + sub.getKey());
            cases(sub.getValue(), path.isEmpty() ? sub.getKey() : path + " " + sub.getKey(), out);
        }
    }

    private static void commands(String name, CommandLine command, List<String> path, List<String> lines) {
        Map<String, CommandLine> subcommands = command.getSubcommands();
        String within = "__" + name + "_at" + (path.isEmpty() ? "" : " " + String.join(" ", path));
        for (Map.Entry<String, CommandLine> sub : subcommands.entrySet()) {
            lines.add("complete -c " + name + " -n " + quote(within) + " -a " + sub.getKey() + " -d "
                    + quote(summary(sub.getValue().getCommandSpec())));
        }
        CommandSpec spec = command.getCommandSpec();
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
                    boolean list = option.splitRegex().equals(",") || option.paramLabel().contains("[,");
                    // Each value quoted inside the call: increase>10% unquoted is a redirection to a file "10%".
                    String words = StreamSupport.stream(values.spliterator(), false)
                            .map(v -> list ? quote(v) : v).collect(Collectors.joining(" "));
                    line.append(" -x -a ").append(quote(list ? "(__" + name + "_list " + words + ")" : words));
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
            } else if (positional.completionCandidates() != null
                    && !(command.getCommand() instanceof CommandLine.HelpCommand)) {
                lines.add("complete -c " + name + " -n " + quote(within) + " -x -a " + quote(StreamSupport
                        .stream(positional.completionCandidates().spliterator(), false)
                        .collect(Collectors.joining(" "))));
            }
        }
        if (command.getCommand() instanceof CommandLine.HelpCommand) {
            String verbs = command.getParent().getSubcommands().keySet().stream().filter(v -> !v.equals("help"))
                    .collect(Collectors.joining(" "));
            lines.add("complete -c " + name + " -n " + quote(within) + " -x -a " + quote(verbs));
        }
        for (Map.Entry<String, CommandLine> sub : subcommands.entrySet()) {
            List<String> deeper = new ArrayList<>(path);
            deeper.add(sub.getKey());
            commands(name, sub.getValue(), deeper, lines);
        }
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
