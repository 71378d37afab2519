package dev.costfit.profile;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A mapping of the profile format (traffic, network, platforms.eks, …) and the keys it holds.
 *
 * @param shorthand a plain value that may stand for the whole mapping ("duration: 6s" is the mean; "gpu: none")
 * @param together  keys that are stated together or not at all (latency's cold-start budget and share)
 * @param shown     how the whole mapping reads in `costfit diff`, for a mapping shown as one value (gpu); empty
 *                  where its keys are shown one by one
 */
public record Section(String path, Need need, String summary, String doc, Optional<Shorthand> shorthand,
                      List<Entry> entries, List<List<String>> together, Function<Profile, Optional<String>> shown)
        implements Entry {

    public Section {
        entries = List.copyOf(entries);
        together = together.stream().map(List::copyOf).toList();
    }

    public static Section of(String path, Need need, String summary, String doc, Entry... entries) {
        return new Section(path, need, summary, doc, Optional.empty(), List.of(entries), List.of(),
                p -> Optional.empty());
    }

    public Section shorthand(ValueType<?> type, String meaning) {
        return new Section(path, need, summary, doc, Optional.of(new Shorthand(type, meaning)), entries, together,
                shown);
    }

    public Section together(List<String> keys) {
        return new Section(path, need, summary, doc, shorthand, entries, List.of(keys), shown);
    }

    public Section shows(Function<Profile, Optional<String>> resolved) {
        return new Section(path, need, summary, doc, shorthand, entries, together, resolved);
    }

    /** The keys of this mapping. */
    public List<String> keys() {
        return entries.stream().map(Entry::key).toList();
    }

    /** A plain value written in place of the mapping, and what it stands for. */
    public record Shorthand(ValueType<?> type, String meaning) {}
}
