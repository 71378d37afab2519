package dev.costfit.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The fuzzer without JUnit, for campaigns: {@code java -Dfuzz.cases=100000 -Dfuzz.seed=7 -Dfuzz.report=true
 * -cp target/classes:target/test-classes:DEPENDENCIES dev.costfit.fuzz.FuzzMain} (run from the project folder; the
 * command with its dependencies is in src/test/resources/fuzz/README.md). Prints the counts per outcome and exits 1
 * if any case failed (a slow case only if it is slow again alone).
 */
public final class FuzzMain {

    private FuzzMain() {
    }

    public static void main(String[] args) throws IOException {
        FuzzConfig config = FuzzConfig.forCampaign();
        Path work = Files.createTempDirectory("costfit-fuzz");
        boolean failed;
        try {
            Campaign campaign = new Campaign(config, work, System.out);
            Campaign.Result result = campaign.run();
            if (!config.report()) {
                System.out.println(campaign.summary(result)); // the report prints it with the failures
            }
            failed = result.tally().failuresThatCount() > 0;
        } finally {
            CaseRunner.delete(work);
        }
        // Runs stopped at the hard cap may leave threads behind: exit rather than wait for them.
        System.exit(failed ? 1 : 0);
    }
}
