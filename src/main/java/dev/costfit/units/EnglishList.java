package dev.costfit.units;

import java.util.List;

/** Items in a sentence: "A", "A and B", "A, B and C". */
public final class EnglishList {

    private EnglishList() {
    }

    public static String of(List<String> items) {
        int n = items.size();
        return n <= 1 ? String.join("", items)
                : String.join(", ", items.subList(0, n - 1)) + " and " + items.get(n - 1);
    }
}
