package dev.costfit.cli;

import dev.costfit.pricing.Catalog;
import dev.costfit.pricing.CatalogLoader;
import dev.costfit.pricing.update.RefreshedPrice;
import dev.costfit.pricing.update.UpdateFailure;
import dev.costfit.yaml.InputException;
import dev.costfit.yaml.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Writes the overlay `pricing update` made and puts it in place only once it reads back: the bytes go to a temp file
 * beside the target, which the catalog loader reads as every later run will read the target (over the embedded
 * catalog, with no other overlay: the file is self-contained); only then is it renamed over the target. A file the
 * loader refuses, or that has lost a price on the way, is a failure and the target is left as it was: a refresh must
 * never write a file every later command refuses (a price printed with 23 decimals once did).
 */
final class OverlayFile {

    private OverlayFile() {
    }

    static void replace(Path target, String yaml, List<RefreshedPrice> prices) {
        Path parent = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new InputException(Location.ofFile(target.toString()), "", "cannot create the folder " + parent
                    + ": " + e.getMessage());
        }
        try (AtomicFile.Stream file = AtomicFile.open(target)) {
            Optional<Path> staged = file.staged();
            if (staged.isPresent()) {
                file.write(yaml);
                readBack(staged.get(), prices);
            } else {
                // A pipe or a device is written in place: what goes into it cannot be taken back, so a private copy
                // is read back first.
                readBackCopy(yaml, prices);
                file.write(yaml);
            }
            file.commit();
        }
    }

    private static void readBackCopy(String yaml, List<RefreshedPrice> prices) {
        Path copy = null;
        try {
            copy = Files.createTempFile("costfit-overlay", ".yaml");
            Files.writeString(copy, yaml, StandardCharsets.UTF_8);
            readBack(copy, prices);
        } catch (IOException e) {
            throw new UpdateFailure("the overlay", "could not be read back (" + e.getMessage() + ")");
        } finally {
            if (copy != null) {
                try {
                    Files.deleteIfExists(copy);
                } catch (IOException ignored) {
                    // a temp file left in the system's temp folder; the failure, if any, is the one to report
                }
            }
        }
    }

    /** Reads the written file back through the loader; every price written must be in the catalog it makes. */
    static void readBack(Path written, List<RefreshedPrice> prices) {
        Catalog catalog;
        try {
            catalog = new CatalogLoader(Optional.empty()).load(List.of(written));
        } catch (InputException e) {
            throw new UpdateFailure("the overlay it wrote", "does not read back (" + e.problems().get(0).render()
                    + (e.problems().size() > 1 ? ", and " + (e.problems().size() - 1) + " more problems" : "")
                    + "); this is a bug in costfit, please report it");
        }
        for (RefreshedPrice p : prices) {
            if (!catalog.hasPrice(p.key(), p.region())) {
                throw new UpdateFailure("the overlay it wrote", "reads back without " + p.key() + " in "
                        + p.region() + "; this is a bug in costfit, please report it");
            }
        }
    }
}
