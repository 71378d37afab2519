package dev.costfit.platform;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.CostLine;
import dev.costfit.pricing.PricingContext;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * EKS packs pods onto the node type that makes the month cheapest, so the catalog must hold the cheapest families:
 * an expert review found node months 6-10% high while the AMD (c6a, ...) and Graviton2 (c6g, ...) types were missing.
 * With them, a profile's month falls by exactly the price difference of its node-hours.
 */
class EksCheapestFamilyTest {

    private static final EksPlatform EKS = new EksPlatform();
    private static final PricingContext LIST = new PricingContext(CATALOG, false);

    /**
     * 20/s of 6 s requests that burn 150 ms of CPU, 512 MB, 40 at once per container; no front door, clients in the
     * VPC, so the month is the cluster, the nodes and their disks alone. 20/s x 150 ms = 3 vCPU busy, / 70% = 4.29,
     * on 9 pods of 0.5 vCPU (the pod size EKS finds cheapest here); a 2-vCPU node keeps 2 - 0.195 = 1.805 vCPU for
     * pods: 3 pods a node, 3 nodes all month.
     */
    private static final String CHAT = "name: chat\ntraffic: {rate: 20/s}\nduration: 6s\ncpu_time: 150ms\n"
            + "memory: 512MB\ntimeout: 60s\nconcurrency_per_instance: 40\nfront_door: none\nnetwork: {clients: vpc}\n";
    private static final double NODE_HOURS = 3 * 730;
    /** The $73 cluster fee and three 20 GB gp3 root volumes at $0.08 a GB-month (us-east-1). */
    private static final double CLUSTER_AND_DISKS = 73 + 3 * 20 * 0.08;

    /** A note's dollars are rounded to the cent: the figures here by hand fall on a half cent. */
    private static final org.assertj.core.data.Offset<Double> HALF_CENT = within(0.0051);

    private static CostLine nodes(Assessment a) {
        return a.lines().stream().filter(l -> l.key().equals("eks.nodes")).findFirst().orElseThrow();
    }

    /** What the note on the chosen node type says the next type would cost more a month. */
    private static double moreForNext(Assessment a, String chosen, String next) {
        Pattern note = Pattern.compile("^" + Pattern.quote(chosen) + " nodes make the month cheapest \\(3 pods per "
                + "node\\); next: " + Pattern.quote(next) + ", \\$([0-9.]+) a month more$");
        Matcher m = a.notes().stream().map(note::matcher).filter(Matcher::find).findFirst()
                .orElseThrow(() -> new AssertionError("no note on " + chosen + " in " + a.notes()));
        return Double.parseDouble(m.group(1));
    }

    @Test
    void anX86ProfileRunsOnTheAmdTypeAndItsMonthFallsByThePriceDifference() {
        // x86_64 (the default): c6a.large lists at $0.0765 an hour in us-east-1 (QuinnyPig/aws-price-watcher,
        // processed/ec2.json at a6645eb, "OnDemand Linux-instancetype-c6a.large", "US East (N. Virginia)"), below
        // c5a.large ($0.077) and the Intel c5.large and c6i.large ($0.085). 2,190 h x $0.0765 = $167.54 of nodes,
        // $245.34 a month with the cluster and the disks.
        Assessment amd = EKS.assess(TestProfiles.parse(CHAT), LIST);
        assertThat(amd.variant()).isEqualTo("c6a.large");
        assertThat(nodes(amd).quantity()).isCloseTo(NODE_HOURS, within(1e-9));
        assertThat(nodes(amd).monthlyCost()).isCloseTo(NODE_HOURS * 0.0765, within(1e-9));
        assertThat(amd.platformCost()).isCloseTo(CLUSTER_AND_DISKS + NODE_HOURS * 0.0765, within(1e-9));
        assertThat(Math.round(amd.platformCost() * 100) / 100.0).isEqualTo(245.34);
        // The runner-up, c5a.large, costs 2,190 h x $0.0005 = $1.095 more.
        assertThat(moreForNext(amd, "c6a.large", "c5a.large")).isCloseTo(NODE_HOURS * (0.077 - 0.0765), HALF_CENT);
        // On the Intel types alone (the catalog before the AMD families), the same 3 nodes at $0.085: $263.95, 7.6%
        // more; the difference is the node-hours times the price difference, 2,190 x $0.0085 = $18.62.
        Assessment intel = EKS.assess(TestProfiles.parse(CHAT
                + "platforms: {eks: {node_types: [c5.large, c6i.large, c7i.large]}}\n"), LIST);
        assertThat(intel.variant()).isEqualTo("c5.large");
        assertThat(intel.platformCost()).isCloseTo(CLUSTER_AND_DISKS + NODE_HOURS * 0.085, within(1e-9));
        assertThat(intel.platformCost() - amd.platformCost()).isCloseTo(NODE_HOURS * (0.085 - 0.0765), within(1e-9));
    }

    @Test
    void anArm64ProfileRunsOnTheGraviton2Type() {
        // arm64: c6g.large lists at $0.068 an hour in us-east-1 (the same copy, "OnDemand
        // Linux-instancetype-c6g.large"), below the Graviton3 c7g.large ($0.0725); 2 vCPU and 4 GiB as c6a.large,
        // so the same 3 nodes: 2,190 h x $0.068 = $148.92, $226.72 a month.
        Assessment graviton2 = EKS.assess(TestProfiles.parse(CHAT + "architecture: arm64\n"), LIST);
        assertThat(graviton2.variant()).isEqualTo("c6g.large");
        assertThat(nodes(graviton2).monthlyCost()).isCloseTo(NODE_HOURS * 0.068, within(1e-9));
        assertThat(graviton2.platformCost()).isCloseTo(CLUSTER_AND_DISKS + NODE_HOURS * 0.068, within(1e-9));
        assertThat(Math.round(graviton2.platformCost() * 100) / 100.0).isEqualTo(226.72);
        // The runner-up, c7g.large, costs 2,190 h x $0.0045 = $9.855 more.
        assertThat(moreForNext(graviton2, "c6g.large", "c7g.large")).isCloseTo(NODE_HOURS * (0.0725 - 0.068),
                HALF_CENT);
    }
}
