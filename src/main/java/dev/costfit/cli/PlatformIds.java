package dev.costfit.cli;

import dev.costfit.platform.Platforms;
import java.util.Iterator;

/** Platform ids for help text and shell completion. */
final class PlatformIds implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        return Platforms.ids().iterator();
    }
}
