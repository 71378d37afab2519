package dev.costfit.recommend;

import dev.costfit.profile.ProfileFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** The change between two profile sets (matched by name), and the totals of the recommended platforms. */
public record Diff(List<ProfileDiff> profiles) {

    public Diff {
        profiles = List.copyOf(profiles);
    }

    public static Diff of(List<ProfileResult> base, List<ProfileResult> head) {
        Map<String, ProfileResult> before = byName(base);
        Map<String, ProfileResult> after = byName(head);
        Set<String> names = new LinkedHashSet<>(before.keySet());
        names.addAll(after.keySet());
        List<ProfileDiff> diffs = new ArrayList<>();
        for (String name : names) {
            Optional<ProfileResult> b = Optional.ofNullable(before.get(name));
            Optional<ProfileResult> h = Optional.ofNullable(after.get(name));
            List<ProfileDiff.FieldChange> fields = b.isPresent() && h.isPresent() ? fields(b.get(), h.get())
                    : List.of();
            ProfileDiff.Status status = b.isEmpty() ? ProfileDiff.Status.ADDED : h.isEmpty()
                    ? ProfileDiff.Status.REMOVED : fields.isEmpty() ? ProfileDiff.Status.UNCHANGED
                    : ProfileDiff.Status.CHANGED;
            diffs.add(new ProfileDiff(name, status, b, h, fields, platforms(b, h)));
        }
        return new Diff(diffs);
    }

    private static Map<String, ProfileResult> byName(List<ProfileResult> results) {
        Map<String, ProfileResult> map = new LinkedHashMap<>();
        results.forEach(r -> map.put(r.profile().name(), r));
        return map;
    }

    private static List<ProfileDiff.FieldChange> fields(ProfileResult base, ProfileResult head) {
        Map<String, String> before = ProfileFields.flatten(base.profile());
        Map<String, String> after = ProfileFields.flatten(head.profile());
        Set<String> paths = new LinkedHashSet<>(before.keySet());
        paths.addAll(after.keySet());
        List<ProfileDiff.FieldChange> changes = new ArrayList<>();
        for (String path : paths) {
            String b = before.getOrDefault(path, "(not set)");
            String a = after.getOrDefault(path, "(not set)");
            if (!Objects.equals(b, a)) {
                changes.add(new ProfileDiff.FieldChange(path, b, a));
            }
        }
        return changes;
    }

    private static List<ProfileDiff.PlatformChange> platforms(Optional<ProfileResult> base,
                                                              Optional<ProfileResult> head) {
        Map<String, String> names = new LinkedHashMap<>();
        base.ifPresent(r -> r.assessments().forEach(a -> names.put(a.platform(), a.platformName())));
        head.ifPresent(r -> r.assessments().forEach(a -> names.put(a.platform(), a.platformName())));
        List<ProfileDiff.PlatformChange> changes = new ArrayList<>();
        names.forEach((id, name) -> changes.add(new ProfileDiff.PlatformChange(id, name, side(base, id),
                side(head, id))));
        return changes;
    }

    /** A platform on one side: absent with its profile, not assessed off the profile's clouds, else as assessed. */
    private static ProfileDiff.Side side(Optional<ProfileResult> result, String platform) {
        if (result.isEmpty()) {
            return new ProfileDiff.Side(ProfileDiff.Standing.ABSENT, OptionalDouble.empty());
        }
        return result.get().assessments().stream().filter(a -> a.platform().equals(platform)).findFirst()
                .map(ProfileDiff.Side::of)
                .orElse(new ProfileDiff.Side(ProfileDiff.Standing.NOT_ASSESSED, OptionalDouble.empty()));
    }

    /** The recommended platforms' monthly cost in the base set, of the profiles {@link ProfileDiff#inTotals}. */
    public double totalBefore() {
        return profiles.stream().mapToDouble(ProfileDiff::totalBefore).sum();
    }

    public double totalAfter() {
        return profiles.stream().mapToDouble(ProfileDiff::totalAfter).sum();
    }

    /** The totals before and after, as one change (a percentage of it needs a total before: see CostChange). */
    public CostChange totalChange() {
        return new CostChange(totalBefore(), totalAfter());
    }

    /** The profiles the totals leave out: on one side they fit nothing, or nothing that fits has a price. */
    public List<ProfileDiff> leftOutOfTotals() {
        return profiles.stream().filter(p -> !p.inTotals()).toList();
    }

    public long count(ProfileDiff.Status status) {
        return profiles.stream().filter(p -> p.status() == status).count();
    }
}
