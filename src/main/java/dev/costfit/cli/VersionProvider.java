package dev.costfit.cli;

import dev.costfit.pricing.CatalogLoader;
import picocli.CommandLine.IVersionProvider;

/** `--version`: the tool's version and the date of its embedded price catalog. */
public final class VersionProvider implements IVersionProvider {

    /** The project version, from a resource Maven fills in, so the jar and the tests agree. */
    public static String toolVersion() {
        try (var in = VersionProvider.class.getResourceAsStream("/dev/costfit/version.properties")) {
            java.util.Properties properties = new java.util.Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "dev");
        } catch (java.io.IOException e) {
            return "dev";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {
            "costfit " + toolVersion(),
            "price catalog of " + new CatalogLoader().embedded().date()
        };
    }
}
