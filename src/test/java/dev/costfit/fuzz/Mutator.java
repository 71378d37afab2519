package dev.costfit.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/** Draws the edits of one mutation of a profile; {@link #draw} composes one to three of them. */
final class Mutator {

    /** The kinds of mutation and how often each is drawn (weights). */
    enum Kind {
        EXTREME_FIELD(30), COHERENT_EXTREME(14), EDGE_OF_BOUNDS(24), NONE(6), ANY_VALUE(8), WRONG_TYPE(8), REMOVE_KEY(7), UNKNOWN_KEY(6),
        UNICODE_IN_VALUE(8), UNICODE_IN_FILE(6), MULTI_DOCUMENT(6), KIND_MIXUP(6), STRUCTURE(4);

        final int weight;

        Kind(int weight) {
            this.weight = weight;
        }
    }

    private final SplittableRandom rnd;

    Mutator(SplittableRandom rnd) {
        this.rnd = rnd;
    }

    /** One to three mutations of {@code seed}, each seeing the tree the previous ones left. */
    List<Edit> draw(SeedProfiles.Seed seed) {
        int count = 1 + rnd.nextInt(3);
        List<Edit> edits = new ArrayList<>();
        YamlTree.Node tree = seed.tree();
        for (int i = 0; i < count; i++) {
            List<Edit> more = mutate(kind(), tree, seed);
            edits.addAll(more);
            tree = treeAfter(tree, more);
        }
        return List.copyOf(edits);
    }

    private Kind kind() {
        int total = 0;
        for (Kind k : Kind.values()) {
            total += k.weight;
        }
        int r = rnd.nextInt(total);
        for (Kind k : Kind.values()) {
            r -= k.weight;
            if (r < 0) {
                return k;
            }
        }
        throw new AssertionError();
    }

    private List<Edit> mutate(Kind kind, YamlTree.Node tree, SeedProfiles.Seed seed) {
        List<List<String>> paths = YamlTree.paths(tree);
        if (paths.isEmpty() && kind != Kind.UNICODE_IN_FILE && kind != Kind.MULTI_DOCUMENT) {
            kind = Kind.EXTREME_FIELD;
        }
        return switch (kind) {
            case EXTREME_FIELD -> List.of(extremeField(paths));
            case COHERENT_EXTREME -> new CoherentExtremes(rnd).draw(tree);
            case EDGE_OF_BOUNDS -> new EdgeValues(rnd).draw(tree);
            case NONE -> List.of();
            case ANY_VALUE -> List.of(new Edit.Put(pickPath(paths), new YamlTree.Raw(anyValue())));
            case WRONG_TYPE -> List.of(new Edit.Put(pickPath(paths),
                    new YamlTree.Raw(Extremes.pick(rnd, Extremes.WRONG_TYPES))));
            case REMOVE_KEY -> List.of(new Edit.Remove(pickPath(paths)));
            case UNKNOWN_KEY -> List.of(unknownKey(paths));
            case UNICODE_IN_VALUE -> List.of(unicodeInValue(tree, paths));
            case UNICODE_IN_FILE -> List.of(unicodeInFile());
            case MULTI_DOCUMENT -> List.of(multiDocument(seed));
            case KIND_MIXUP -> kindMixup(tree);
            case STRUCTURE -> List.of(structure(tree));
        };
    }

    private Edit extremeField(List<List<String>> paths) {
        List<String> fields = new ArrayList<>(FieldKind.FIELDS.keySet());
        List<String> present = fields.stream().filter(f -> paths.contains(FieldKind.path(f))).toList();
        String field = !present.isEmpty() && rnd.nextInt(10) < 7 ? Extremes.pick(rnd, present)
                : Extremes.pick(rnd, fields);
        return new Edit.Put(FieldKind.path(field), Extremes.draw(FieldKind.FIELDS.get(field), rnd));
    }

    private String anyValue() {
        String base = switch (rnd.nextInt(3)) {
            case 0 -> Extremes.pick(rnd, Extremes.NUMBERS);
            case 1 -> Extremes.pick(rnd, Extremes.NON_FINITE);
            default -> Extremes.pick(rnd, Extremes.ODD_SCALARS);
        };
        return base + Extremes.pick(rnd, List.of("", "", "/s", "ms", "s", "MB", "GB", "%", "x", "/month"));
    }

    private Edit unknownKey(List<List<String>> paths) {
        List<String> path = pickPath(paths);
        if (rnd.nextBoolean()) {
            return new Edit.Rename(path, typo(path.get(path.size() - 1)));
        }
        List<String> parent = new ArrayList<>(path.subList(0, path.size() - 1));
        String key = Extremes.pick(rnd, List.of("memroy", "rate", "traffic", "extra", "Name", "x-note",
                "timeout_s", "cpu", "<<", "~", "1", "", OddText.draw(rnd)));
        parent.add(key);
        return new Edit.Put(parent, new YamlTree.Raw(Extremes.pick(rnd, List.of("1", "20/s", "512MB", "true"))));
    }

    private String typo(String key) {
        if (key.isEmpty()) {
            return "x";
        }
        int i = rnd.nextInt(key.length());
        return switch (rnd.nextInt(8)) {
            case 0 -> key.substring(0, i) + key.substring(i + 1);
            case 1 -> key.substring(0, i) + key.charAt(i) + key.substring(i);
            case 2 -> key.toUpperCase(java.util.Locale.ROOT);
            case 3 -> key + "s";
            case 4 -> key.replace('_', '-');
            case 5 -> key + " ";
            case 6 -> key + "\u200B";
            default -> key.length() > 1 && i < key.length() - 1
                    ? key.substring(0, i) + key.charAt(i + 1) + key.charAt(i) + key.substring(i + 2) : key + key;
        };
    }

    private Edit unicodeInValue(YamlTree.Node tree, List<List<String>> paths) {
        List<List<String>> scalars = paths.stream()
                .filter(p -> YamlTree.get(tree, p).orElse(null) instanceof YamlTree.Raw).toList();
        List<String> path = scalars.isEmpty() ? List.of("name") : Extremes.pick(rnd, scalars);
        String source = YamlTree.get(tree, path).map(n -> ((YamlTree.Raw) n).source()).orElse("x");
        String odd = OddText.oneChar(rnd);
        if (source.startsWith("\"") || rnd.nextInt(3) == 0) {
            String text = source.startsWith("\"") ? source.substring(1, Math.max(1, source.length() - 1)) : source;
            int at = rnd.nextInt(text.length() + 1);
            return new Edit.Put(path, new YamlTree.Raw(YamlTree.quoted(text.substring(0, at) + odd
                    + text.substring(at))));
        }
        int at = rnd.nextInt(source.length() + 1);
        return new Edit.Put(path, new YamlTree.Raw(source.substring(0, at) + odd + source.substring(at)));
    }

    private Edit unicodeInFile() {
        double at = rnd.nextDouble();
        return switch (rnd.nextInt(10)) {
            case 0 -> new Edit.Text(Edit.TextOp.PREFIX, 0, "\uFEFF");
            case 1, 2 -> new Edit.Text(Edit.TextOp.INSERT_CHARS, at, OddText.oneChar(rnd));
            case 3 -> new Edit.Text(Edit.TextOp.REPLACE_NEWLINES, 0,
                    Extremes.pick(rnd, List.of("\r\n", "\r", "\u2028", "\u2029", "\u0085", "\n\n")));
            case 4 -> new Edit.Text(Edit.TextOp.INSERT_LINE, at, "# " + OddText.draw(rnd));
            case 5 -> new Edit.Text(Edit.TextOp.INSERT_LINE, at, OddText.oneChar(rnd));
            case 6 -> new Edit.Text(Edit.TextOp.TABS_FOR_INDENT, 0, "");
            case 7 -> new Edit.Encode(Extremes.pick(rnd, List.of("UTF-16", "UTF-16LE", "ISO-8859-1", "UTF-32")));
            default -> new Edit.Text(Edit.TextOp.INSERT_CHARS, at, "\u2028");
        };
    }

    private Edit multiDocument(SeedProfiles.Seed seed) {
        SeedProfiles.Seed other = Extremes.pick(rnd, SeedProfiles.all());
        return switch (rnd.nextInt(9)) {
            case 0, 1 -> new Edit.Text(Edit.TextOp.APPEND, 0, "---\n" + YamlTree.render(other.tree()));
            case 2 -> new Edit.Text(Edit.TextOp.APPEND, 0, "---\n" + YamlTree.render(seed.tree()));
            case 3 -> new Edit.Text(Edit.TextOp.PREFIX, 0, "---\n");
            case 4 -> new Edit.Text(Edit.TextOp.APPEND, 0, "---\n");
            case 5 -> new Edit.Text(Edit.TextOp.APPEND, 0, Extremes.pick(rnd, List.of("...\n", "---\n- a\n",
                    "---\n42\n", "--- !!str\n", "---\n---\n", "--- {}\n", "---\nname: x\n")));
            case 6 -> new Edit.Text(Edit.TextOp.PREFIX, 0, Extremes.pick(rnd, List.of("%YAML 1.2\n---\n",
                    "%YAML 1.1\n---\n", "%TAG ! tag:x,2000:\n---\n", "--- # first\n")));
            case 7 -> new Edit.Text(Edit.TextOp.APPEND, 0, "---\n" + YamlTree.render(YamlTree.put(seed.tree(),
                    List.of("name"), YamlTree.text(seed.profileName() + "-2"))));
            default -> new Edit.Text(Edit.TextOp.APPEND, 0, ("---\n" + YamlTree.render(other.tree()))
                    .repeat(2 + rnd.nextInt(4)));
        };
    }

    private List<Edit> kindMixup(YamlTree.Node tree) {
        boolean job = YamlTree.get(tree, List.of("kind")).filter(k -> k instanceof YamlTree.Raw r
                && r.source().equals("job")).isPresent();
        YamlTree.Node schedule = new YamlTree.Raw("{runs: " + Extremes.pick(rnd, List.of("30/month", "1/h",
                "1000000/s", "1/month")) + ", tasks: " + Extremes.pick(rnd, List.of("1", "4", "100000", "0"))
                + ", duration: " + Extremes.pick(rnd, List.of("20min", "100000h", "1ms", "16min")) + "}");
        if (job) {
            return switch (rnd.nextInt(4)) {
                case 0 -> List.of(new Edit.Put(List.of("kind"), new YamlTree.Raw("service")));
                case 1 -> List.of(new Edit.Remove(List.of("kind")));
                case 2 -> List.of(new Edit.Put(List.of("traffic"), new YamlTree.Raw("{rate: 20/s}")));
                default -> List.of(new Edit.Rename(List.of("schedule"), "traffic"));
            };
        }
        return switch (rnd.nextInt(4)) {
            case 0 -> List.of(new Edit.Put(List.of("kind"), new YamlTree.Raw("job")));
            case 1 -> List.of(new Edit.Put(List.of("schedule"), schedule));
            case 2 -> List.of(new Edit.Rename(List.of("traffic"), "schedule"));
            default -> List.of(new Edit.Put(List.of("kind"), new YamlTree.Raw("job")),
                    new Edit.Put(List.of("schedule"), schedule), new Edit.Remove(List.of("traffic")),
                    new Edit.Remove(List.of("duration")));
        };
    }

    private Edit structure(YamlTree.Node tree) {
        return switch (rnd.nextInt(8)) {
            case 0 -> new Edit.Put(List.of(), new YamlTree.Sequence(List.of(tree)));
            case 1 -> new Edit.Put(List.of(), new YamlTree.Raw(Extremes.pick(rnd, List.of("42", "chat-api",
                    "[]", "{}", "null", "\"\""))));
            case 2 -> new Edit.Text(Edit.TextOp.INSERT_LINE, rnd.nextDouble(), Extremes.pick(rnd,
                    List.of("name: dup", "memory: 1GB", "traffic: {rate: 1/s}", "version: 1", "- x", "  : x")));
            case 3 -> new Edit.Text(Edit.TextOp.TRUNCATE, rnd.nextDouble(), "");
            case 4 -> new Edit.Put(List.of("x", "y", "z", "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k",
                    "l", "m", "n", "o"), new YamlTree.Raw("1"));
            case 5 -> new Edit.Put(List.of("traffic", "pattern"), new YamlTree.Mapping(Map.of("hourly",
                    new YamlTree.Raw("[" + "1, ".repeat(100_001) + "1]"))));
            case 6 -> new Edit.Put(List.of("description"), new YamlTree.Raw("x".repeat(70_000)));
            default -> new Edit.Put(List.of("k".repeat(2000)), new YamlTree.Raw("1"));
        };
    }

    private List<String> pickPath(List<List<String>> paths) {
        return paths.isEmpty() ? List.of("name") : Extremes.pick(rnd, paths);
    }

    static YamlTree.Node treeAfter(YamlTree.Node tree, List<Edit> edits) {
        return Edit.applyToTree(tree, edits);
    }
}
