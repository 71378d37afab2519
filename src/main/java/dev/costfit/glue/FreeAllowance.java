package dev.costfit.glue;

import dev.costfit.assessment.CostLine;
import java.util.ArrayList;
import java.util.List;

/**
 * A monthly free allowance shared by several lines of one service (SQS's free requests, CloudWatch's 5 GB across
 * ingestion and storage): taken off the lines in order, each line keeping its key and price.
 */
final class FreeAllowance {

    private FreeAllowance() {
    }

    static List<CostLine> apply(List<CostLine> lines, double free) {
        List<CostLine> out = new ArrayList<>();
        double left = Math.max(0, free);
        for (CostLine line : lines) {
            double taken = Math.min(left, line.quantity());
            left -= taken;
            out.add(CostLine.of(line.key(), () -> taken > 0 ? line.component() + " (after "
                    + dev.costfit.units.Numbers.grouped(taken, 2) + " " + line.unit() + " free)" : line.component(),
                    line.quantity() - taken, line.unit(), line.unitPrice()));
        }
        return out;
    }
}
