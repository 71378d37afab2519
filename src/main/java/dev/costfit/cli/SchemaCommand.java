package dev.costfit.cli;

import dev.costfit.profile.schema.ProfileSchema;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"The JSON Schema (draft 2020-12) of the profile format, for editors and CI validation.",
            // One paragraph a line: picocli wraps each line to the help's width on its own.
            "Generated from the same declarations the reader uses: every field with its description, default, "
                + "example, allowed values and unit pattern. Ranges of quantities (a rate of at most 10M/s) and rules "
                + "between fields (cpu_time within the duration) are described in it and checked by costfit itself.",
            "",
            "For completion in an editor with the YAML language server (VS Code's YAML extension, Neovim, …), "
                + "save it and put this comment first in a profile:",
            "  # yaml-language-server: $schema=profile-v1.schema.json",
            ""},
        footer = {"", "Examples:",
            "  costfit schema",
            "  costfit schema --out profile-v1.schema.json"})
final class SchemaCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the schema to FILE (atomically) instead of stdout.")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ReportTarget.check(out, "the schema");
        Output.write(out, ProfileSchema.text(), spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
