package dev.costfit.report;

import java.util.ArrayList;
import java.util.List;

/** The body the side-by-side tables share (commitments, regions): a row per platform, then who is recommended. */
final class SideBySide {

    private SideBySide() {
    }

    /**
     * @param names       each platform's name, a row each
     * @param cells       each platform's cells, one per column
     * @param recommended the recommended platform's name in each column
     */
    static List<List<String>> body(List<String> names, List<List<String>> cells, List<String> recommended) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(names.get(i));
            row.addAll(cells.get(i));
            out.add(row);
        }
        List<String> chosen = new ArrayList<>();
        chosen.add("Recommended");
        chosen.addAll(recommended);
        out.add(chosen);
        return out;
    }
}
