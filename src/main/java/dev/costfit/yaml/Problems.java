package dev.costfit.yaml;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of an input, so that a user sees them all at once instead of one per run. */
public final class Problems {

    private final List<Problem> list = new ArrayList<>();

    public void add(Location location, String path, String message) {
        list.add(new Problem(location, path, message));
    }

    public void addAll(List<Problem> problems) {
        list.addAll(problems);
    }

    public int count() {
        return list.size();
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<Problem> list() {
        return List.copyOf(list);
    }

    /** Throws {@link InputException} if anything was collected. */
    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw new InputException(list);
        }
    }
}
