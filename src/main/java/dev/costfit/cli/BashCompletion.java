package dev.costfit.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A bash completion script written from the command model, also run by zsh through bashcompinit. picocli's own
 * script offers an option's values only as the next word: nothing after `--format=` (bash splits the word at the
 * '=', zsh does not), nor after a comma of a list (`--platforms lambda,f`), and it keys commands by their words
 * anywhere on the line. This one finds the command path word by word (costfit pricing diff is not costfit diff),
 * completes values after `--option=` in both shells and the item after the last comma of a list option, and offers
 * files where an option or parameter is a path.
 */
final class BashCompletion {

    private BashCompletion() {
    }

    static String script(CommandLine root) {
        String name = root.getCommandName();
        String function = "_complete_" + name.replaceAll("[^A-Za-z0-9_]", "_");
        Map<String, CommandLine> commands = new LinkedHashMap<>();
        walk(root, "", commands);
        StringBuilder out = new StringBuilder();
        out.append("# bash completion for ").append(name).append(", written by `").append(name)
                .append(" completion bash`.\n")
                .append("# bash: source <(").append(name).append(" completion bash)   zsh: source <(").append(name)
                .append(" completion zsh)\n");
        out.append("if [ -n \"$ZSH_VERSION\" ]; then\n")
                .append("  type compdef >/dev/null 2>&1 || { autoload -U +X compinit && compinit; }\n")
                .append("  autoload -U +X bashcompinit && bashcompinit\n")
                .append("fi\n\n");
        out.append(function).append("() {\n")
                .append("  local cur=${COMP_WORDS[COMP_CWORD]} prev= before= head= path= word i\n")
                .append("  (( COMP_CWORD > 0 )) && prev=${COMP_WORDS[COMP_CWORD-1]}\n")
                .append("  # --option=value: bash splits the word at '=' (COMP_WORDBREAKS), zsh does not.\n")
                .append("  if [[ $cur == = ]]; then cur=\n")
                .append("  elif [[ $prev == = ]] && (( COMP_CWORD > 1 )); then prev=${COMP_WORDS[COMP_CWORD-2]}\n")
                .append("  elif [[ $cur == --*=* ]]; then prev=${cur%%=*}; before=${cur%%=*}=; cur=${cur#*=}\n")
                .append("  fi\n")
                .append("  # The command path: each word that names a command under the path so far.\n")
                .append("  for (( i=1; i<COMP_CWORD; i++ )); do\n")
                .append("    word=${COMP_WORDS[i]}\n")
                .append("    case \"$path:$word\" in\n");
        for (Map.Entry<String, CommandLine> command : commands.entrySet()) {
            for (String sub : subcommands(command.getValue())) {
                out.append("      ").append(quote(command.getKey() + ":" + sub)).append(") path=")
                        .append(quote(command.getKey().isEmpty() ? sub : command.getKey() + " " + sub))
                        .append(" ;;\n");
            }
        }
        out.append("    esac\n")
                .append("  done\n")
                .append("  local values= files= list= none=\n")
                .append("  case \"$path|$prev\" in\n");
        for (Map.Entry<String, CommandLine> command : commands.entrySet()) {
            for (OptionSpec option : command.getValue().getCommandSpec().options()) {
                if (option.hidden() || option.arity().max() == 0) {
                    continue;
                }
                String cases = java.util.Arrays.stream(option.names()).map(n -> quote(command.getKey() + "|" + n))
                        .collect(Collectors.joining("|"));
                out.append("    ").append(cases).append(") ").append(valuesOf(option)).append(" ;;\n");
            }
        }
        out.append("  esac\n")
                .append("  if [[ -z $values$files$none && $cur != -* ]]; then\n")
                .append("    case \"$path\" in\n");
        for (Map.Entry<String, CommandLine> command : commands.entrySet()) {
            String positional = positional(command.getValue());
            if (!positional.isEmpty()) {
                out.append("      ").append(quote(command.getKey())).append(") ").append(positional).append(" ;;\n");
            }
        }
        out.append("    esac\n")
                .append("  fi\n")
                .append("  COMPREPLY=()\n")
                .append("  [[ -n $none ]] && return 0\n")
                .append("  if [[ -z $values$files && $cur == -* ]]; then\n")
                .append("    case \"$path\" in\n");
        for (Map.Entry<String, CommandLine> command : commands.entrySet()) {
            out.append("      ").append(quote(command.getKey())).append(") values=")
                    .append(quote(String.join(" ", optionNames(command.getValue())))).append(" ;;\n");
        }
        out.append("    esac\n")
                .append("  fi\n")
                .append("  # A list option: complete the item after the last comma, keeping the ones before.\n")
                .append("  if [[ -n $list && $cur == *,* ]]; then head=${cur%,*},; cur=${cur##*,}; fi\n")
                // A loop, not compgen -W: zsh's compgen (bashcompinit) splits and filters its word list otherwise.
                .append("  local value\n")
                .append("  for value in $values; do\n")
                .append("    [[ $value == \"$cur\"* ]] && COMPREPLY+=(\"$before$head$value\")\n")
                .append("  done\n")
                .append("  if [[ -n $files && -n $ZSH_VERSION ]]; then\n")
                // zsh's compgen -f (bashcompinit) lists every file whatever the word: the files it starts.
                .append("    for value in \"$cur\"*; do\n")
                .append("      [[ -d $value ]] && value=$value/\n")
                .append("      [[ -e $value ]] && COMPREPLY+=(\"$before$value\")\n")
                .append("    done\n")
                .append("  elif [[ -n $files ]]; then\n")
                .append("    type compopt &>/dev/null && compopt -o filenames 2>/dev/null\n")
                .append("    local IFS=$'\\n'\n")
                .append("    COMPREPLY+=( $(compgen -f -P \"$before\" -- \"$cur\") )\n")
                .append("  fi\n")
                .append("  if [[ -n $list && ${#COMPREPLY[@]} -gt 0 ]]; then\n")
                .append("    type compopt &>/dev/null && compopt -o nospace 2>/dev/null\n")
                .append("  fi\n")
                .append("  return 0\n")
                .append("}\n")
                .append("complete -F ").append(function).append(' ').append(name).append('\n');
        return out.toString();
    }

    /** Every command with its path ("" for the root, "pricing show"), the help command's own subcommands left out. */
    private static void walk(CommandLine command, String path, Map<String, CommandLine> out) {
        out.put(path, command);
        for (Map.Entry<String, CommandLine> sub : command.getSubcommands().entrySet()) {
            walk(sub.getValue(), path.isEmpty() ? sub.getKey() : path + " " + sub.getKey(), out);
        }
    }

    private static List<String> subcommands(CommandLine command) {
        return List.copyOf(command.getSubcommands().keySet());
    }

    private static List<String> optionNames(CommandLine command) {
        List<String> names = new ArrayList<>();
        for (OptionSpec option : command.getCommandSpec().options()) {
            if (!option.hidden()) {
                names.addAll(List.of(option.names()));
            }
        }
        return names;
    }

    /** The shell assignments that say what an option's value is: values (a list's, comma-separated), files, or any. */
    private static String valuesOf(OptionSpec option) {
        Iterable<String> candidates = option.completionCandidates();
        if (candidates != null) {
            return "values=" + quote(join(candidates)) + (isList(option) ? "; list=1" : "");
        }
        if (isPath(option.type()) || isPath(option.auxiliaryTypes()[0])) {
            return "files=1";
        }
        return "none=1";
    }

    /** A value written as a comma-separated list: split at commas, or a label that says so (REGION[,REGION...]). */
    private static boolean isList(OptionSpec option) {
        return option.splitRegex().equals(",") || option.paramLabel().contains("[,");
    }

    /** What a command's positional parameters take: its subcommands, files, or values. */
    private static String positional(CommandLine command) {
        CommandSpec spec = command.getCommandSpec();
        List<String> words = new ArrayList<>(subcommands(command));
        if (command.getCommand() instanceof CommandLine.HelpCommand) {
            words.addAll(subcommands(command.getParent()));
            words.remove("help");
        }
        boolean files = false;
        for (PositionalParamSpec positional : spec.positionalParameters()) {
            if (positional.hidden()) {
                continue;
            }
            if (isPath(positional.type()) || isPath(positional.auxiliaryTypes()[0])) {
                files = true;
            } else if (positional.completionCandidates() != null
                    && !(command.getCommand() instanceof CommandLine.HelpCommand)) {
                positional.completionCandidates().forEach(words::add);
            }
        }
        List<String> parts = new ArrayList<>();
        if (!words.isEmpty()) {
            parts.add("values=" + quote(String.join(" ", words)));
        }
        if (files) {
            parts.add("files=1");
        }
        return String.join("; ", parts);
    }

    private static String join(Iterable<String> values) {
        return StreamSupport.stream(values.spliterator(), false).collect(Collectors.joining(" "));
    }

    private static boolean isPath(Class<?> type) {
        return type == java.nio.file.Path.class || type == java.io.File.class;
    }

    /** A word in single quotes, as bash reads it. */
    private static String quote(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
