package dev.costfit.platform;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Assessment;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Profile;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * EKS and Lambda Managed Instances pick node and instance types among those the profile's architecture allows;
 * where it asks x86_64 (the default), a report says what arm64 (Graviton) types would cost, as Lambda's and
 * Fargate's say what arm64 would.
 */
class GravitonNoteTest {

    private static final PricingContext REPORT = new PricingContext(CATALOG, false);
    private static final Pattern NOTE = Pattern.compile("arm64 (node|instance) types would cost \\$([0-9,.]+) a month "
            + "\\(([a-z0-9.]+), ([0-9]+)% less\\)");

    private static Optional<Matcher> note(Assessment a) {
        return NoteMatch.in(a, NOTE);
    }

    @Test
    void aNightlyJobsNodesOnGraviton() {
        // The sample nightly re-index: 30 runs of 4 pods (2 vCPU, 4 GB) of 20 min, one per c6a.xlarge node (the AMD
        // type, cheapest x86_64 with 4 vCPU and 8 GB), each node billing its 75-s start and the 20 min (1,275 s):
        // 42.5 node-hours at $0.153 = $6.5025; a c6a.4xlarge holds all four (six fit) for 10.625 node-hours at
        // $0.612, the same $6.5025, and the gp3 under them is as many GB-hours (root volumes and the pods' storage,
        // sized for a full node: 42.5 x (20 + 30) = 10.625 x (20 + 6 x 30) = 2,125 GB-hours, $0.23): a tie, which
        // goes to c6a.4xlarge by name, with the cluster's $73.00: $79.74. On the Graviton2 c6g.4xlarge ($0.544 an
        // hour, 16 vCPU and 32 GB as c6a.4xlarge) the same 10.625 node-hours cost $5.78: $79.01 a month.
        Profile job = TestProfiles.parse("kind: job\nname: reindex\nschedule: {runs: 30/month, tasks: 4, "
                + "duration: 20min}\nmemory: 4GB\nvcpu: 2\nstorage: 30GB\nruntime: python\n");
        Assessment a = new EksPlatform().assess(job, REPORT);
        assertThat(a.variant()).isEqualTo("c6a.4xlarge");
        assertThat(a.platformCost()).isCloseTo(73 + 10.625 * 0.612 + 2125 / 730.0 * 0.08, within(1e-9));
        Matcher m = note(a).orElseThrow(() -> new AssertionError("no note in " + a.notes()));
        assertThat(m.group(2)).isEqualTo("79.01");
        assertThat(m.group(3)).isEqualTo("c6g.4xlarge");
        // Stated, the architecture prices that month; allowed already, there is nothing to say.
        Assessment any = new EksPlatform().assess(TestProfiles.parse("kind: job\nname: reindex\nschedule: {runs: "
                + "30/month, tasks: 4, duration: 20min}\nmemory: 4GB\nvcpu: 2\nstorage: 30GB\nruntime: python\n"
                + "architecture: any\n"), REPORT);
        assertThat(any.platformCost()).isCloseTo(73 + 10.625 * 0.544 + 2125 / 730.0 * 0.08, within(1e-9));
        assertThat(note(any)).isEmpty();
        // A search says nothing.
        assertThat(note(new EksPlatform().assess(job, REPORT.searching()))).isEmpty();
    }

    /** Over generated profiles, on both platforms: stating architecture: any prices each note's month. */
    @Test
    void statingTheArchitecturePricesTheNotedMonth() {
        int noted = 0;
        for (String yaml : TestProfiles.portfolioYaml(34, 150, "g", "architecture:", "pricing:", "gpu:")) {
            for (Platform platform : List.of(new EksPlatform(), new LambdaManagedInstancesPlatform())) {
                Optional<Matcher> m = note(platform.assess(TestProfiles.parse(yaml), REPORT));
                if (m.isPresent()) {
                    Assessment stated = platform.assess(TestProfiles.parse(yaml + "architecture: any\n"), REPORT);
                    assertThat(stated.platformCost()).as(platform.id() + "\n" + yaml)
                            .isCloseTo(NoteMatch.grouped(m.get().group(2)), within(0.005));
                    assertThat(stated.variant()).as(yaml).isEqualTo(m.get().group(3));
                    noted++;
                }
            }
        }
        System.out.printf("arm64 types: %d notes priced by stating the architecture%n", noted);
        assertThat(noted).isGreaterThan(40);
    }
}
