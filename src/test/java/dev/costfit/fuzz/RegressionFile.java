package dev.costfit.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A reproducer kept under src/test/resources/fuzz/regressions: header comments ({@code # args:}, {@code # expect:
 * exit 2} or {@code exit 0|2}, optionally {@code # encoding:}), then the profile. The profile is written to a temp
 * file on its own (so a BOM or an encoding is where the reproducer needs it) and run with the args.
 */
record RegressionFile(Path path, List<String> args, Set<Integer> expectedExits, String charset, String body) {

    private static final Pattern HEADER = Pattern.compile("^# (args|expect|encoding|base|found|from|why|note): ?(.*)$");

    static RegressionFile read(Path path) {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> header = new HashMap<>();
        int at = 0;
        while (at < text.length()) {
            int end = text.indexOf('\n', at);
            if (end < 0) {
                break;
            }
            Matcher m = HEADER.matcher(text.substring(at, end));
            if (!m.matches()) {
                break;
            }
            header.putIfAbsent(m.group(1), m.group(2));
            at = end + 1;
        }
        String expect = header.getOrDefault("expect", "");
        if (!header.containsKey("args") || !expect.startsWith("exit ")) {
            throw new IllegalArgumentException(path + ": the first lines must be '# args: …' and '# expect: exit N'");
        }
        Set<Integer> exits = Arrays.stream(expect.substring(5).trim().split("\\|")).map(String::trim)
                .map(Integer::valueOf).collect(Collectors.toSet());
        return new RegressionFile(path, ArgsLine.parse(header.get("args")), exits,
                header.getOrDefault("encoding", "UTF-8"), text.substring(at));
    }

    /** The profile written into {@code dir} (and its companion base, if the args name one), ready to run. */
    RunInput written(Path dir) {
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve("profile.yaml");
            byte[] bytes = body.getBytes(Charset.forName(charset));
            Files.write(file, bytes);
            Path base = dir.resolve("base.yaml");
            Path companion = path.resolveSibling(path.getFileName().toString().replaceFirst("\\.yaml$", ".base.yaml"));
            String baseText = Files.exists(companion) ? Files.readString(companion, StandardCharsets.UTF_8) : "";
            Files.writeString(base, baseText, StandardCharsets.UTF_8);
            Path empty = Files.createDirectories(dir.resolve("empty"));
            Path out = dir.resolve("out." + format());
            List<String> real = args.stream().map(a -> a.replace(Invocation.FILE, file.toString())
                    .replace(Invocation.BASE, base.toString()).replace(Invocation.EMPTY, empty.toString())
                    .replace(Invocation.OUT, out.toString())).toList();
            return new RunInput(real, Map.of(file.toString(), new String(bytes, StandardCharsets.UTF_8),
                    base.toString(), baseText), out, args.contains("--fail-on"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String format() {
        int i = args.indexOf("--format");
        return i >= 0 && i + 1 < args.size() && !args.get(i + 1).isEmpty() ? args.get(i + 1) : "txt";
    }
}
