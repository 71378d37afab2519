package dev.costfit.platform;

import dev.costfit.units.Money;

/**
 * How a report names the runner-up node or instance type of EKS and Lambda Managed Instances: by how much more its
 * month costs, not by the month itself, whose lines are the assessment's own (a pipeline's and a commitment's are
 * added later) and so would not compare with the month a report shows; under the pricing option in force, as the
 * types are ranked ({@link CostUnderOption}).
 */
final class NextType {

    private NextType() {
    }

    /** "next: c6i.xlarge, $15.38 a month more", or "at the same cost" within half a cent. */
    static String clause(String type, double more) {
        return "next: " + type + (more < 0.005 ? " at the same cost" : ", " + Money.format(more) + " a month more");
    }
}
