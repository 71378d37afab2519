package dev.costfit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * breakeven's and map's help for --region, said as they do it: one profile in one region. The shared help
 * (CommonOptions) promised a region × platform table, and a list was priced in its first region alone, named
 * nowhere; a list is now refused ({@link RegionOption}).
 */
final class ChartOptions implements CommandLine.IModelTransformer {

    static final String REGION_HELP = "Price the profile in this AWS region instead of its own `region` (a pattern "
            + "such as eu-west-* must name one region). One region: to compare several side by side, use costfit "
            + "recommend --region a,b,c.";

    @Override
    public CommandSpec transform(CommandSpec command) {
        OptionSpec region = command.findOption("--region");
        command.remove(region);
        command.addOption(region.toBuilder().description(REGION_HELP).paramLabel("REGION").build());
        // The formats of a chart verb, as the other verbs' (one transformer a verb).
        return new Formats.Charts().transform(command);
    }
}
