package dev.costfit.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The fuzzer without JUnit, on the test classpath: {@code java -Dfuzz.cases=100000 -Dfuzz.seed=7 -Dfuzz.report=true
 * -cp target/classes:target/test-classes:DEPENDENCIES dev.costfit.fuzz.FuzzMain} (run from the project folder).
 * Exits 1 if strict mode is on and a case failed.
 */
public final class FuzzMain {

    private FuzzMain() {
    }

    public static void main(String[] args) throws IOException {
        FuzzConfig config = FuzzConfig.fromSystemProperties();
        Path work = Files.createTempDirectory("costfit-fuzz");
        boolean failed;
        try {
            Campaign campaign = new Campaign(config, work, System.out);
            Campaign.Result result = campaign.run();
            if (!config.report()) {
                System.out.println(campaign.summary(result));
            }
            failed = config.strict() && result.tally().strictFailures() > 0;
        } finally {
            CaseRunner.delete(work);
        }
        // Runs stopped at the hard cap may leave threads behind: exit rather than wait for them.
        System.exit(failed ? 1 : 0);
    }
}
