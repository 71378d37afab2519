package dev.costfit.cli;

import dev.costfit.pricing.update.Gap;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The prices a refresh did not take, on stderr, by region and service: one line for each price the catalog had
 * and the refresh left unrenewed (what was wrong, what stays in force), and short lines for the rest: keys costfit
 * has no price for there either, instance types listed by count. It replaced one note naming every missing key in
 * a line of 5 KB.
 */
final class GapReport {

    /** Names of instance types shown before "and N more". */
    private static final int SHOWN = 3;

    private GapReport() {
    }

    static void print(PrintWriter err, List<Gap> gaps, KeptPrices kept) {
        Map<String, Map<String, List<Gap>>> byRegion = new TreeMap<>();
        gaps.forEach(g -> byRegion.computeIfAbsent(g.region(), r -> new TreeMap<>())
                .computeIfAbsent(g.service(), s -> new ArrayList<>()).add(g));
        byRegion.forEach((region, byService) -> {
            err.println("costfit: " + region + ": not refreshed, the catalog keeps what it had:");
            byService.forEach((service, list) -> printService(err, service, list, kept));
        });
    }

    private static void printService(PrintWriter err, String service, List<Gap> gaps, KeptPrices kept) {
        Map<String, List<String>> others = new LinkedHashMap<>();
        List<String> types = new ArrayList<>();
        for (Gap g : gaps) {
            if (g.incomplete()) {
                err.println("costfit:   " + service + ": " + g.key() + ": " + g.reason() + "; " + kept.inForce(g));
            } else if (g.key().startsWith("ec2.")) {
                types.add(g.key().substring(4));
            } else {
                others.computeIfAbsent(g.reason(), r -> new ArrayList<>()).add(g.key());
            }
        }
        others.forEach((reason, keys) -> err.println("costfit:   " + service + ": " + String.join(", ", keys) + ": "
                + reason + ", and costfit has no price for " + (keys.size() == 1 ? "it" : "them") + " there either"));
        if (!types.isEmpty()) {
            err.println("costfit:   " + service + ": " + types.size() + (types.size() == 1 ? " instance type" :
                    " instance types") + " the catalog prices there " + (types.size() == 1 ? "is" : "are")
                    + " not in the Price List (" + names(types) + "); " + (types.size() == 1 ? "it keeps its price"
                    : "they keep their prices") + " (types come and go by region)");
        }
    }

    private static String names(List<String> types) {
        if (types.size() <= SHOWN) {
            return String.join(", ", types);
        }
        return String.join(", ", types.subList(0, SHOWN)) + " and " + (types.size() - SHOWN) + " more";
    }
}
