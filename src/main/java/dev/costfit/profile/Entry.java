package dev.costfit.profile;

import java.util.Optional;
import java.util.function.Function;

/** A key of the profile format: a value ({@link Field}) or a mapping of keys ({@link Section}). */
public sealed interface Entry permits Field, Section {

    /** The dotted path from the document's root: "traffic.rate", "platforms.eks.node_types". */
    String path();

    /** Whether and when a profile must state it. */
    Need need();

    /** One line: what it is. */
    String summary();

    /** What it means, how costfit uses it, and what to write (a paragraph of the reference). */
    String doc();

    /** How its resolved value reads (for diff), or empty when a profile does not show it (not set, or not shown). */
    Function<Profile, Optional<String>> shown();

    /** The key in its mapping: the last part of the path. */
    default String key() {
        int dot = path().lastIndexOf('.');
        return dot < 0 ? path() : path().substring(dot + 1);
    }

    /** The path of the mapping it is in ("" for the document). */
    default String parent() {
        int dot = path().lastIndexOf('.');
        return dot < 0 ? "" : path().substring(0, dot);
    }
}
