package dev.costfit.profile;

import dev.costfit.yaml.Location;
import java.util.Map;

/** Where a profile and its fields were written, for errors found after loading (an unknown region, say). */
public record SourceMap(String file, Location start, Map<String, Location> fields) {

    public SourceMap {
        fields = Map.copyOf(fields);
    }

    public Location locate(String path) {
        return fields.getOrDefault(path, start);
    }
}
