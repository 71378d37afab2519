package dev.costfit.report;

import dev.costfit.units.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A pull-request comment fitted under GitHub's 65,536 characters: the marker, the title, the summary, the table's
 * header and its Total row always stay; the tripped policies, the table's rows and the details blocks are cut, each
 * with a line that counts what was left out. A comment that cut its head (a review found a long list of tripped
 * policies alone past the limit left no marker for CI to find the comment by, no title and no totals) or its only
 * changed profile (683 unchanged rows, then the cut) said nothing a reader needed.
 */
final class CommentFit {

    /** GitHub's limit on a comment's body, in characters. */
    static final int COMMENT_LIMIT = 65_536;
    /** Room kept for the notes on what was cut. */
    private static final int RESERVE = 1_500;
    /**
     * At most this much lists the tripped policies; the others are counted: each is on standard error, where CI
     * logs it, and the comment keeps room for the table.
     */
    private static final int POLICIES_SHARE = COMMENT_LIMIT / 8;
    private static final String LIMIT = Numbers.grouped(COMMENT_LIMIT, 0) + "-character comment limit";

    /**
     * Rows of the table shortened together. {@code countedFrom.apply(k)} is the one line that stands for rows k to
     * the end; with {@code cutWithin} the group may keep its first rows, else it is shown whole or counted whole.
     */
    record Group(List<List<String>> rows, boolean cutWithin, IntFunction<List<String>> countedFrom) {

        Group {
            rows = List.copyOf(rows);
        }
    }

    /**
     * A comment's parts, in order.
     *
     * @param top      the marker and the title
     * @param policies the tripped policies, one line each (unescaped)
     * @param intro    what stands between the policies and the table (the summary), escaped; may be empty
     * @param header   the table's column specs ({@link Markdown#table})
     * @param groups   the table's rows, shortened from the last group to the first
     * @param tail     rows always shown at the table's foot (the Total)
     * @param details  blocks after the table, left out from the end to fit
     * @param foot     the catalog line, always last
     */
    record Parts(String top, List<String> policies, String intro, List<String> header, List<Group> groups,
                 List<List<String>> tail, List<String> details, String foot) {}

    private CommentFit() {
    }

    static String fit(Parts parts) {
        int budget = COMMENT_LIMIT - RESERVE - parts.foot().length();
        StringBuilder out = new StringBuilder(parts.top()).append(policies(parts.policies())).append(parts.intro());
        String header = Markdown.table(parts.header(), List.of());
        StringBuilder tail = new StringBuilder();
        parts.tail().forEach(row -> tail.append(Markdown.row(row)));
        int room = budget - out.length() - header.length() - tail.length() - 1;
        Rows rows = rows(parts.groups(), room);
        out.append(header).append(rows.text()).append(tail).append('\n');
        if (rows.counted() > 0) {
            out.append("_To fit GitHub's ").append(LIMIT).append(", ").append(DiffView.profiles(rows.counted()))
                    .append(rows.counted() == 1 ? " is" : " are")
                    .append(" counted in a line rather than listed; use --format html or json for every row._\n\n");
        }
        int shown = 0;
        for (String block : parts.details()) {
            if (out.length() + block.length() > budget) {
                break;
            }
            out.append(block);
            shown++;
        }
        int left = parts.details().size() - shown;
        if (left > 0) {
            out.append("_Details of ").append(Numbers.grouped(left, 0)).append(" more profile")
                    .append(left == 1 ? " are" : "s are")
                    .append(" left out to fit GitHub's ").append(LIMIT)
                    .append("; use --format html or json for the full report._\n\n");
        }
        return out.append(parts.foot()).toString();
    }

    /** The policies block, first thing under the title (CI fails on them: say which), cut to its share. */
    static String policies(List<String> lines) {
        if (lines.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("> **Policies tripped (--fail-on):**\n");
        int shown = 0;
        for (String line : lines) {
            String item = "> - " + Markdown.escape(line) + "\n";
            if (out.length() + item.length() > POLICIES_SHARE) {
                break;
            }
            out.append(item);
            shown++;
        }
        if (shown < lines.size()) {
            int left = lines.size() - shown;
            out.append("> - … and ").append(Numbers.grouped(left, 0)).append(" more (")
                    .append(Numbers.grouped(lines.size(), 0)).append(" in all), left out to fit GitHub's ")
                    .append(LIMIT).append("; costfit printed each on standard error.\n");
        }
        return out.append('\n').toString();
    }

    /** The table's rows and how many of them a line counts instead. */
    private record Rows(String text, int counted) {}

    /**
     * Every row where they fit; else, from the last group to the first, a group counted in one line (or, where it
     * may be cut within, as many of its first rows as fit, then one line for the rest) until the rows fit.
     */
    private static Rows rows(List<Group> groups, int room) {
        int n = groups.size();
        // shownRows[i]: how many of group i's rows are shown; fewer than all add its counted line.
        int[] shownRows = new int[n];
        for (int i = 0; i < n; i++) {
            shownRows[i] = groups.get(i).rows().size();
        }
        String full = render(groups, shownRows);
        if (full.length() <= room) {
            return new Rows(full, 0);
        }
        for (int i = n - 1; i >= 0; i--) {
            Group group = groups.get(i);
            shownRows[i] = 0;
            if (group.rows().isEmpty()) {
                continue;
            }
            String counted = render(groups, shownRows);
            if (counted.length() > room) {
                continue;
            }
            if (group.cutWithin()) {
                // As many of the group's first rows as fit: each is added before its group's counted line.
                int length = counted.length();
                int k = 0;
                while (k < group.rows().size() - 1) {
                    int more = Markdown.row(group.rows().get(k)).length()
                            + Markdown.row(group.countedFrom().apply(k + 1)).length()
                            - Markdown.row(group.countedFrom().apply(k)).length();
                    if (length + more > room) {
                        break;
                    }
                    length += more;
                    k++;
                }
                shownRows[i] = k;
            }
            return new Rows(render(groups, shownRows), countedRows(groups, shownRows));
        }
        // Not even one line per group fits: the counted lines alone, past the room (the head is never cut).
        return new Rows(render(groups, shownRows), countedRows(groups, shownRows));
    }

    private static String render(List<Group> groups, int[] shownRows) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < groups.size(); i++) {
            Group group = groups.get(i);
            group.rows().subList(0, shownRows[i]).forEach(row -> out.append(Markdown.row(row)));
            if (shownRows[i] < group.rows().size()) {
                out.append(Markdown.row(group.countedFrom().apply(shownRows[i])));
            }
        }
        return out.toString();
    }

    private static int countedRows(List<Group> groups, int[] shownRows) {
        int counted = 0;
        for (int i = 0; i < groups.size(); i++) {
            counted += groups.get(i).rows().size() - shownRows[i];
        }
        return counted;
    }
}
