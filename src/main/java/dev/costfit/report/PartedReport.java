package dev.costfit.report;

import dev.costfit.recommend.ProfileResult;
import java.util.List;
import java.util.function.Function;

/**
 * A report written while profiles are still being evaluated: its opening, then the text of each part of the
 * profiles in input order, then its closing — together the same bytes as the report of all of them at once, so that
 * a portfolio of any size is written with flat memory (jsonl, csv, json). One instance writes one report.
 */
public interface PartedReport {

    /** What comes before the first profile. */
    String opening();

    /** The next profiles, in input order. */
    String part(List<ProfileResult> results);

    /** What comes after the last profile. */
    String closing();

    /**
     * A report whose reports of consecutive parts, each after the first without its {@code header} leading lines,
     * concatenate to the report of all of them (a CSV's header row). With no profile at all it is the report of
     * none: the header alone.
     */
    static PartedReport afterHeader(Function<List<ProfileResult>, String> render, int header) {
        return new PartedReport() {
            private boolean first = true;

            @Override
            public String opening() {
                return "";
            }

            @Override
            public String part(List<ProfileResult> results) {
                String text = render.apply(results);
                if (first) {
                    first = false;
                    return text;
                }
                return withoutLines(text, header);
            }

            @Override
            public String closing() {
                return first ? render.apply(List.of()) : "";
            }
        };
    }

    private static String withoutLines(String text, int lines) {
        int at = 0;
        for (int i = 0; i < lines && at >= 0; i++) {
            at = text.indexOf('\n', at);
            at = at < 0 ? at : at + 1;
        }
        return at < 0 ? "" : text.substring(at);
    }
}
