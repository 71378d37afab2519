package dev.costfit.cli;

import dev.costfit.pricing.CatalogLoader;
import picocli.CommandLine.IVersionProvider;

/** `--version`: the tool's version and the date of its embedded price catalog. */
public final class VersionProvider implements IVersionProvider {

    public static String toolVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "costfit " + toolVersion(),
            "price catalog of " + new CatalogLoader().embedded().date()
        };
    }
}
