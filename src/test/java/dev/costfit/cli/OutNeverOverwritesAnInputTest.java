package dev.costfit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * --out is never a file the run reads: not a profile, not a --catalog overlay, not the refreshed prices. Before, only
 * profiles were checked: `recommend min.yaml --catalog ov.yaml --out ov.yaml` replaced the overlay with the report
 * and exited 0, and `pricing show` checked nothing.
 */
class OutNeverOverwritesAnInputTest {

    private static final String PROFILE = "name: p\ntraffic: {rate: 1/s}\nduration: 1s\nmemory: 512MB\ntimeout: 5s\n";
    /** An overlay that changes nothing: a date alone. */
    private static final String OVERLAY = "date: 2026-12-01\n";

    @ParameterizedTest
    @ValueSource(strings = {"recommend", "check", "breakeven", "map", "diff", "pricing show"})
    void aCatalogOverlayIsRefusedAsOut(String verb, @TempDir Path dir) throws Exception {
        Path profile = Files.writeString(dir.resolve("p.yaml"), PROFILE);
        Path overlay = Files.writeString(dir.resolve("ov.yaml"), OVERLAY);
        List<String> args = new ArrayList<>(List.of(verb.split(" ")));
        if (verb.equals("diff")) {
            args.add(profile.toString());
        }
        if (!verb.startsWith("pricing")) {
            args.add(profile.toString());
        }
        if (verb.equals("map")) {
            args.addAll(List.of("--grid", "2x2"));
        }
        if (verb.equals("breakeven")) {
            args.addAll(List.of("--vary", "rate", "--points", "2"));
        }
        args.addAll(List.of("--catalog", overlay.toString(), "--out", overlay.toString()));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).startsWith("--out: " + overlay + " is one of the catalog overlays being read "
                + "(--catalog); costfit never overwrites an input: write the report to another file");
        assertThat(Files.readString(overlay)).isEqualTo(OVERLAY);
    }

    @Test
    void anOverlayNamedAnotherWayOrThroughALinkIsTheSameFile(@TempDir Path dir) throws Exception {
        Path profile = Files.writeString(dir.resolve("p.yaml"), PROFILE);
        Path overlay = Files.writeString(dir.resolve("ov.yaml"), OVERLAY);
        Path link = Files.createSymbolicLink(dir.resolve("latest.yaml"), Path.of("ov.yaml"));
        Path roundabout = dir.resolve("sub/../ov.yaml");
        Files.createDirectory(dir.resolve("sub"));
        for (Path out : List.of(link, roundabout)) {
            CliRun run = CliRun.of("recommend", profile.toString(), "--catalog", overlay.toString(), "--out",
                    out.toString());
            assertThat(run.exitCode()).as(out.toString()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run.err()).contains("is one of the catalog overlays being read");
        }
        assertThat(Files.readString(overlay)).isEqualTo(OVERLAY);
    }

    @Test
    void pricingUpdateDoesNotWriteItsRefreshOntoAnOverlayItLayers(@TempDir Path dir) throws Exception {
        Path overlay = Files.writeString(dir.resolve("ov.yaml"), OVERLAY);
        // Refused before any request: the endpoint is a closed port, never asked.
        CliRun run = CliRun.withEnvironment(Map.of(), "pricing", "update", "--endpoint", "http://127.0.0.1:9",
                "--region", "us-east-1", "--catalog", overlay.toString(), "--out", overlay.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).startsWith("--out: " + overlay + " is one of the catalog overlays being read "
                + "(--catalog); costfit never overwrites an input: write the overlay to another file");
        assertThat(Files.readString(overlay)).isEqualTo(OVERLAY);
    }

    @Test
    void theRefreshedPricesAreAnInputToo(@TempDir Path dir) throws Exception {
        // XDG_CACHE_HOME puts the refreshed prices in dir (a JVM of its own: this one's environment is fixed).
        Path cache = Files.createDirectories(dir.resolve("costfit")).resolve("catalog.yaml");
        Files.writeString(cache, OVERLAY);
        Path profile = Files.writeString(dir.resolve("p.yaml"), PROFILE);
        CliRun run = CliRun.inOwnJvm(Map.of("XDG_CACHE_HOME", dir.toString()), "recommend", profile.toString(),
                "--out", cache.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--out: " + cache + " is the refreshed price catalog being read (costfit "
                + "pricing update writes it)");
        assertThat(Files.readString(cache)).isEqualTo(OVERLAY);
    }

    @Test
    void aReportIntoANamedPipeReachesItsReader(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("report.fifo");
        assumeTrue(dev.costfit.testing.NamedPipes.make(fifo), "mkfifo is not available here");
        CompletableFuture<String> read = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (var in = Files.newInputStream(fifo)) {
                read.complete(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (Exception e) {
                read.completeExceptionally(e);
            }
        }, "fifo-reader");
        reader.setDaemon(true);
        reader.start();
        CliRun run = CliRun.of("recommend", "profiles/chat-api.yaml", "--format", "jsonl", "--out", fifo.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(read.get(30, TimeUnit.SECONDS)).startsWith("{\"name\":\"chat-api\"");
        assertThat(Files.isRegularFile(fifo)).isFalse();
    }
}
