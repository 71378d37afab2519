package dev.costfit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.costfit.profile.Profile;
import dev.costfit.testing.PortfolioGenerator;
import dev.costfit.yaml.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A portfolio of more files than a run keeps (RunInputs.KEPT_FILES) is checked as a whole first, then each profile
 * is read again when it is priced, so that memory stays flat (issue 13, item 4): the engine must see the very same
 * profiles as when they are kept, and every problem must still be reported before anything is priced.
 */
class ProfilesReadAgainTest {

    /** More files than a read batch (512), so that the profiles' places are kept across a batch's end. */
    private static final int GENERATED = 530;

    @TempDir
    static Path dir;
    static Path folder;

    @BeforeAll
    static void write() throws IOException {
        folder = dir.resolve("portfolio");
        PortfolioGenerator.write(GENERATED, 20261205, folder);
        // A file of two profiles (two YAML documents), sorted among the generated ones.
        Files.writeString(folder.resolve("p000010-twins.yaml"), """
                version: 1
                name: twin-a
                traffic: {rate: 3/s}
                duration: {mean: 200ms}
                memory: 256MB
                timeout: 10s
                budget: 40/month
                ---
                version: 1
                name: twin-b
                traffic: {rate: 30/s}
                duration: {mean: 2s}
                memory: 1GB
                timeout: 30s
                """);
    }

    private static RunInputs load(int keptFiles, String region) {
        CommonOptions options = new CommonOptions();
        options.region = region;
        return RunInputs.load(options, List.of(folder), false, keptFiles);
    }

    @Test
    void profilesReadAgainAreTheProfilesKept() {
        for (String region : new String[] {null, "eu-west-1,us-east-1"}) {
            RunInputs kept = load(Integer.MAX_VALUE, region);
            RunInputs again = load(0, region);
            assertThat(again.profiles()).hasSize(GENERATED + 2).hasSameSizeAs(kept.profiles());
            assertThat(again.profiles().get(GENERATED + 1).name()).isEqualTo("p000" + GENERATED);
            int compared = 0;
            for (int i = 0; i < kept.profiles().size(); i++) {
                // Records compare field by field: the source map, the defaults used and the region set by --region.
                assertThat(again.profiles().get(i)).as("profile %d, --region %s", i, region)
                        .isEqualTo(kept.profiles().get(i));
                compared++;
            }
            assertThat(compared).isEqualTo(GENERATED + 2);
            assertThat(again.anyProfileBudget()).isTrue().isEqualTo(kept.anyProfileBudget());
            // Not kept: each request reads the file again.
            Profile first = again.profiles().get(0);
            assertThat(again.profiles().get(0)).isEqualTo(first).isNotSameAs(first);
            assertThat(kept.profiles().get(0)).isSameAs(kept.profiles().get(0));

        }
        assertThat(load(0, null).profiles().stream().map(Profile::name)).contains("twin-a", "twin-b");
    }

    @Test
    void aFileOfSeveralProfilesIsReadOnceForThemNotOnceEach() {
        // Once each would cost its square for a file of the 1,000 documents a file may hold. The two-document file
        // sorts before p000010.yaml ('-' before '.'): the 10th and 11th profiles.
        List<Profile> again = load(0, null).profiles();
        Profile twinA = again.get(9);
        assertThat(twinA.name()).isEqualTo("twin-a");
        assertThat(again.get(10).name()).isEqualTo("twin-b");
        assertThat(again.get(9)).isSameAs(twinA);
        // A file of one profile is not held: read again, another instance.
        assertThat(again.get(8)).isNotSameAs(again.get(8));
    }

    @Test
    void everyProblemIsReportedBeforeAnyProfileIsPriced() throws IOException {
        Path bad = dir.resolve("with-a-bad-one");
        PortfolioGenerator.write(8, 7, bad);
        Files.writeString(bad.resolve("p000004-late.yaml"), "version: 1\nname: late\ntraffic: {rate: 3/s}\n"
                + "duration: {mean: 200ms}\nmemory: 12 parsecs\n");
        Files.writeString(bad.resolve("p000005-region.yaml"), "version: 1\nname: far\ntraffic: {rate: 3/s}\n"
                + "duration: {mean: 200ms}\nmemory: 256MB\ntimeout: 10s\nregion: us-east-9\n");
        CommonOptions options = new CommonOptions();
        assertThatThrownBy(() -> RunInputs.load(options, List.of(bad), false, 0))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("p000004-late.yaml:5:9").hasMessageContaining("memory");
        // The catalog's check of a profile read well: an unknown region, once the files all read.
        Files.delete(bad.resolve("p000004-late.yaml"));
        assertThatThrownBy(() -> RunInputs.load(options, List.of(bad), false, 0))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("p000005-region.yaml:7:9").hasMessageContaining("unknown AWS region 'us-east-9'");
    }

    @Test
    void namesAreUniqueAcrossTheFilesNotKept() throws IOException {
        Path twice = dir.resolve("twice");
        Files.createDirectories(twice);
        String profile = "version: 1\nname: same\ntraffic: {rate: 3/s}\nduration: {mean: 200ms}\nmemory: 256MB\n"
                + "timeout: 10s\n";
        Files.writeString(twice.resolve("a.yaml"), profile);
        Files.writeString(twice.resolve("b.yaml"), profile);
        assertThatThrownBy(() -> RunInputs.load(new CommonOptions(), List.of(twice), false, 0))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("b.yaml:2:7: name: 'same' is already the name of the profile at ")
                .hasMessageContaining("a.yaml:2:7");
    }

    @Test
    void aFileEditedWhileTheRunPricesTheOthersIsReportedNotMisread() throws IOException {
        Path changing = dir.resolve("changing");
        PortfolioGenerator.write(3, 11, changing);
        RunInputs inputs = RunInputs.load(new CommonOptions(), List.of(changing), false, 0);
        Path second;
        try (var files = Files.list(changing)) {
            second = files.sorted().toList().get(1);
        }
        Files.writeString(second, "version: 1\nname: edited\nmemory: lots\n");
        assertThat(inputs.profiles().get(0).name()).isNotEmpty();
        assertThatThrownBy(() -> inputs.profiles().get(1))
                .isInstanceOf(InputException.class)
                .hasMessageContaining(second + ": the file changed after it was checked")
                .hasMessageContaining("memory");
    }
}
