package dev.costfit.platform;

import static dev.costfit.TestProfiles.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;

import dev.costfit.TestProfiles;
import dev.costfit.assessment.Assessment;
import dev.costfit.assessment.LimitCheck;
import dev.costfit.pricing.PricingContext;
import dev.costfit.profile.Profile;
import org.junit.jupiter.api.Test;

/**
 * The workaround a platform without GPUs gives, from the catalog's GPU node types (Karpenter's table: g4dn 1-4 T4
 * of 16 GB, g5 1-8 A10G of 24 GB, g6 1-8 L4 of 24 GB, g6e 1-8 L40S of 48 GB, p3 1 V100 of 16 GB, p4d 8 A100 of
 * 40 GB, p4de 8 A100 of 80 GB, p5 1-8 H100 of 80 GB, p5en 8 H200 of 141 GB) and Cloud Run's one L4 of 24 GB per
 * instance (https://cloud.google.com/run/docs/configuring/services/gpu).
 */
class GpuAlternativesTest {

    private static final PricingContext LIST = new PricingContext(CATALOG, false);

    private static Profile needing(String gpu) {
        return TestProfiles.parse("name: g\ntraffic: {rate: 1/s}\nduration: 1s\nmemory: 8GB\ntimeout: 60s\n"
                + "runtime: python\ngpu: " + gpu + "\n");
    }

    private static String workaround(Platform platform, Profile profile) {
        Assessment a = platform.assess(profile, LIST);
        return a.limits().stream().filter(l -> l.limit().equals("GPU")).findFirst().map(LimitCheck::workaround)
                .orElseThrow();
    }

    @Test
    void anA10gGoesToG5AloneNotToCloudRunsL4() {
        // Only g5 carries an A10G; Cloud Run's GPU is an L4.
        String expected = "run it on EKS with GPU nodes (g5)";
        Profile p = needing("{count: 1, type: A10G}");
        assertThat(workaround(new LambdaPlatform(), p)).isEqualTo(expected);
        assertThat(workaround(new LambdaManagedInstancesPlatform(), p)).isEqualTo(expected);
        assertThat(workaround(new FargatePlatform(), p)).isEqualTo(expected);
        assertThat(workaround(new CloudFunctionsGen1Platform(), p)).isEqualTo(expected);
    }

    @Test
    void fortyGigabytesRulesOutEveryGpuOfLessAndTheL4() {
        // 40 GB or more per GPU: L40S 48, A100 40 and 80, H100 80, H200 141 (not T4 16, A10G 24, L4 24, V100 16).
        assertThat(workaround(new FargatePlatform(), needing("{count: 1, type: any, memory: 40GB}")))
                .isEqualTo("run it on EKS with GPU nodes (g6e, p4d, p4de, p5, p5en)");
    }

    @Test
    void oneL4FitsG6AndCloudRunGoogleFirstOnFirstGen() {
        Profile p = needing("{count: 1, type: L4}");
        assertThat(workaround(new LambdaPlatform(), p))
                .isEqualTo("run it on EKS with GPU nodes (g6), or as a Cloud Run service with an NVIDIA L4");
        assertThat(workaround(new CloudFunctionsGen1Platform(), p))
                .isEqualTo("run it as a Cloud Run service with an NVIDIA L4, or on EKS with GPU nodes (g6)");
    }

    @Test
    void twoGpusOnOneInstanceRuleOutCloudRunAndTheSingleGpuFamilies() {
        // 2 x T4: only g4dn.12xlarge (4 T4) has two; Cloud Run has one GPU per instance.
        assertThat(workaround(new LambdaPlatform(), needing("{count: 2, type: T4}")))
                .isEqualTo("run it on EKS with GPU nodes (g4dn)");
        // 2 x V100: p3.2xlarge has one, and nothing else carries a V100.
        assertThat(workaround(new LambdaPlatform(), needing("{count: 2, type: V100}")))
                .startsWith("no GPU node type in the catalog has 2 × V100 on one node");
    }

    /** A profile without a GPU passes the check; its workaround still says where one GPU would run. */
    @Test
    void withoutAGpuTheCheckPassesAndSaysWhereOneWouldRun() {
        Profile none = TestProfiles.parse("name: g\ntraffic: {rate: 1/s}\nduration: 1s\nmemory: 1GB\ntimeout: 60s\n");
        Assessment a = new FargatePlatform().assess(none, LIST);
        LimitCheck gpu = a.limits().stream().filter(l -> l.limit().equals("GPU")).findFirst().orElseThrow();
        assertThat(gpu.ok()).isTrue();
        assertThat(gpu.workaround()).isEqualTo("run it on EKS with GPU nodes (g4dn, g5, g6, g6e, p3, p4d, p4de, p5, "
                + "p5en), or as a Cloud Run service with an NVIDIA L4");
    }

    @Test
    void inARegionWithoutTheFamilyEksIsOfferedElsewhere() {
        // The catalog's family_regions (tsaol/aws-gpu's g6 list) leaves out eu-west-1: an L4 profile there is told
        // EKS in another region, and Cloud Run's L4; in eu-west-2, which has g6, EKS with g6 nodes.
        Profile ireland = TestProfiles.parse("name: g\nregion: eu-west-1\ntraffic: {rate: 1/s}\nduration: 1s\n"
                + "memory: 8GB\ntimeout: 60s\nruntime: python\ngpu: {type: L4}\n");
        assertThat(workaround(new LambdaPlatform(), ireland)).isEqualTo("run it on EKS in another region (g6: not "
                + "offered in eu-west-1), or as a Cloud Run service with an NVIDIA L4");
        Profile london = TestProfiles.parse("name: g\nregion: eu-west-2\ntraffic: {rate: 1/s}\nduration: 1s\n"
                + "memory: 8GB\ntimeout: 60s\nruntime: python\ngpu: {type: L4}\n");
        assertThat(workaround(new LambdaPlatform(), london))
                .isEqualTo("run it on EKS with GPU nodes (g6), or as a Cloud Run service with an NVIDIA L4");
    }
}
