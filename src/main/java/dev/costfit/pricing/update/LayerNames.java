package dev.costfit.pricing.update;

import dev.costfit.pricing.Price;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Names the layer each price came from, by the file its entry was read from: embedded, refresh, or an overlay. */
public final class LayerNames {

    /** How the embedded catalog names itself in locations (see CatalogLoader). */
    private static final String EMBEDDED_FILE = "embedded catalog";

    private final Map<String, String> byFile = new LinkedHashMap<>();

    public LayerNames(Optional<Path> refresh, List<Path> overlays) {
        byFile.put(EMBEDDED_FILE, "embedded");
        refresh.ifPresent(p -> byFile.put(p.toString(), "refresh"));
        overlays.forEach(p -> byFile.put(p.toString(), p.toString()));
    }

    public String of(Price price) {
        return byFile.getOrDefault(price.origin().file(), price.origin().file());
    }

    /** Every layer, in the order they apply: label → file. */
    public Map<String, String> layers() {
        Map<String, String> out = new LinkedHashMap<>();
        byFile.forEach((file, label) -> out.put(label, file));
        return out;
    }
}
