package dev.costfit.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "completion", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"A shell completion script: commands, options, formats, platform ids, regions, files.", "",
            "bash: add to ~/.bashrc:        source <(costfit completion bash)",
            "zsh:  add to ~/.zshrc:         source <(costfit completion zsh)",
            "fish: costfit completion fish > ~/.config/fish/completions/costfit.fish",
            "Regions are the embedded catalog's; write the script again after a costfit upgrade.", ""},
        footer = {"", "Examples:",
            "  costfit completion bash",
            "  costfit completion zsh --out costfit-completion.zsh",
            "  costfit completion fish"})
final class CompletionCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SHELL", completionCandidates = CompletionNames.Shells.class,
            description = "bash, zsh or fish.")
    CompletionNames.Shell shell;

    @picocli.CommandLine.Option(names = "--out", paramLabel = "FILE",
            description = "Write the script to FILE (atomically) instead of stdout.")
    java.nio.file.Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ReportTarget.check(out, "the script");
        picocli.CommandLine root = spec.root().commandLine();
        String script = switch (shell) {
            // One script for both: zsh runs it through bashcompinit, which it sets up when sourced there.
            case BASH, ZSH -> BashCompletion.script(root);
            case FISH -> FishCompletion.script(root);
        };
        Output.write(out, script, spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
