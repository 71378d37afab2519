package dev.costfit.yaml;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML files into located {@link YamlNode} trees, one per document, with hard bounds so that a hostile file
 * cannot exhaust memory or time: a size cap, a nesting cap, a node cap, and no aliases at all (aliases are how
 * "billion laughs" files grow; profiles and catalogs have no use for them).
 */
public final class YamlLoader {

    /** Profiles are a few KB; 1 MiB leaves room for big portfolios in one file. */
    public static final int MAX_FILE_BYTES = 1 << 20;
    public static final int MAX_DEPTH = 16;
    public static final int MAX_NODES = 100_000;
    /**
     * A catalog holds every region's prices (the embedded one about 1 MiB and 47,000 nodes in 2026-12, growing a
     * region at a time; an overlay of `pricing update --region` for many regions as much): four times the
     * embedded catalog's size leaves it room, and still bounds what a hostile --catalog file can make costfit do.
     */
    public static final int MAX_CATALOG_BYTES = 4 << 20;
    public static final int MAX_CATALOG_NODES = 400_000;
    public static final int MAX_DOCUMENTS = 1_000;
    private static final int MAX_SCALAR_CHARS = 64 * 1024;

    private final YAMLFactory factory;
    private final JsonFactory json;
    private final int maxBytes;
    private final int maxNodes;

    /** A loader for profiles. */
    public YamlLoader() {
        this(MAX_FILE_BYTES, MAX_NODES);
    }

    /** A loader for price catalogs, embedded or given with --catalog: larger bounds, the same rules. */
    public static YamlLoader forCatalogs() {
        return new YamlLoader(MAX_CATALOG_BYTES, MAX_CATALOG_NODES);
    }

    private YamlLoader(int maxBytes, int maxNodes) {
        this.maxBytes = maxBytes;
        this.maxNodes = maxNodes;
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(maxBytes);
        options.setNestingDepthLimit(MAX_DEPTH + 1);
        options.setMaxAliasesForCollections(0);
        factory = YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH + 1)
                        .maxStringLength(MAX_SCALAR_CHARS)
                        .maxNumberLength(64)
                        .build())
                .build();
        json = JsonFactory.builder().streamReadConstraints(factory.streamReadConstraints()).build();
    }

    /** Reads a file; every failure (missing, too big, not YAML) is an {@link InputException} naming the file. */
    public List<YamlNode> load(Path file) {
        String name = file.toString();
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // A file's size is known before reading it; a device's or a pipe's is 0 whatever comes out of it
            // (/dev/zero never ends, /dev/stdin ends when its writer does), so at most one byte past the bound is read.
            long size = Files.isRegularFile(file) ? Files.size(file) : 0;
            if (size > maxBytes) {
                throw tooLarge(name, "the file is " + size + " bytes", " Split it into several files in one folder.");
            }
            bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw tooLarge(name, "more than " + maxBytes + " bytes came out of it", " Give a file, or a pipe "
                        + "that ends.");
            }
        } catch (NoSuchFileException e) {
            throw new InputException(Location.ofFile(name), "", "no such file");
        } catch (IOException e) {
            throw new InputException(Location.ofFile(name), "", "cannot read the file: " + e.getMessage());
        }
        return parse(name, utf8(name, bytes));
    }

    /**
     * A file's text, refused where it is not UTF-8 (YAML 1.2 and JSON files are; a Latin-1 file's é was read as the
     * replacement character, silently): the problem names the line and column of the first byte that is not, and
     * the byte.
     */
    static String utf8(String name, byte[] bytes) {
        java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length);
        java.nio.charset.CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            decoder.flush(out);
            return out.flip().toString();
        }
        String before = out.flip().toString();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < before.length(); i++) {
            if (before.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = before.codePointCount(lineStart, before.length()) + 1;
        throw new InputException(new Location(name, line, column), "", String.format("the byte 0x%02X here is not "
                + "UTF-8 text; costfit reads files as UTF-8: save it as UTF-8 (a Latin-1 or Windows-1252 file's "
                + "accented letters are not)", bytes[in.position()] & 0xff));
    }

    private InputException tooLarge(String name, String found, String advice) {
        return new InputException(Location.ofFile(name), "", found + "; costfit reads files of at most " + maxBytes
                + " bytes (" + (maxBytes >> 20) + " MiB)." + advice);
    }

    /** Reads a resource from the jar (the embedded catalog), with the same bounds. */
    public List<YamlNode> load(String name, InputStream in) throws IOException {
        return parse(name, readBounded(name, in));
    }

    /** A resource's text, refused past this loader's size bound. */
    private String readBounded(String name, InputStream in) throws IOException {
        return new String(readBoundedBytes(name, in), StandardCharsets.UTF_8);
    }

    /** A resource's bytes, refused past this loader's size bound. */
    private byte[] readBoundedBytes(String name, InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw new InputException(Location.ofFile(name), "", "larger than " + maxBytes + " bytes");
        }
        return bytes;
    }

    /**
     * Reads one JSON document into the same nodes (the embedded catalog as the build writes it, {@code
     * CatalogCompiler}: JSON parses several times faster than YAML, and the catalog is most of a short run's start-up).
     * Its locations are the JSON's, as Jackson counts them (JSON breaks lines at \n and \r alone, so no editor's
     * count is needed); the YAML it was compiled from was checked when the build wrote it.
     */
    public YamlNode loadJson(String name, InputStream in) throws IOException {
        // Parsed from the bytes (Jackson's UTF-8 parser), not from a UTF-16 copy of the whole text: the text is
        // decoded only to word a syntax error. Columns then count bytes, which only lines with non-ASCII change.
        byte[] bytes = readBoundedBytes(name, in);
        try (JsonParser parser = json.createParser(bytes)) {
            Builder builder = new Builder(parser, maxNodes, at -> new Location(name, at.getLineNr(), at.getColumnNr()),
                    null);
            YamlNode root = builder.node(parser.nextToken(), 1);
            builder.problems.throwIfAny();
            return root;
        } catch (JsonProcessingException e) {
            throw new InputException(List.of(syntaxProblem(name, new EditorLines(new String(bytes,
                    StandardCharsets.UTF_8)), e)));
        }
    }

    /** Parses text; {@code name} is what error locations call the file. */
    public List<YamlNode> parse(String name, String text) {
        if (text.length() > maxBytes) {
            throw new InputException(Location.ofFile(name), "", "larger than " + maxBytes + " characters");
        }
        List<YamlNode> documents = new ArrayList<>();
        EditorLines lines = new EditorLines(text);
        YAMLParser parser = null;
        try {
            parser = (YAMLParser) factory.createParser(text);
            Builder builder = new Builder(parser, maxNodes, at -> editorLocation(name, lines, at), new Source(text));
            JsonToken token;
            while ((token = nextRoot(parser)) != null) {
                if (documents.size() == MAX_DOCUMENTS) {
                    throw new InputException(builder.location(), "",
                            "more than " + MAX_DOCUMENTS + " YAML documents in one file");
                }
                documents.add(builder.node(token, 1));
            }
            builder.problems.throwIfAny();
        } catch (StreamConstraintsException e) {
            // A limit of Jackson's own (a plain scalar of more than 64 digits reads as a number token): its
            // exception carries no location, the parser still knows where it stopped.
            throw new InputException(List.of(new Problem(locationOf(name, lines, parser), "",
                    "invalid YAML: " + constraint(e))));
        } catch (JsonProcessingException e) {
            throw new InputException(List.of(syntaxProblem(name, lines, e)));
        } catch (IOException e) {
            throw new InputException(Location.ofFile(name), "", "cannot read YAML: " + e.getMessage());
        } finally {
            close(parser);
        }
        return documents;
    }

    private static void close(YAMLParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException e) {
                // a string source: nothing to release
            }
        }
    }

    private static Location locationOf(String file, EditorLines lines, YAMLParser parser) {
        if (parser == null) {
            return Location.ofFile(file);
        }
        JsonLocation at = parser.currentTokenLocation();
        return at == null ? Location.ofFile(file) : editorLocation(file, lines, at);
    }

    /** Jackson's messages name its own API; a user needs the limit in words. */
    private static String constraint(StreamConstraintsException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.startsWith("Number value length")) {
            return "a number of more than 64 digits; no profile or catalog value needs that many";
        }
        if (message.startsWith("String value length")) {
            return "a value of more than " + MAX_SCALAR_CHARS + " characters";
        }
        if (message.startsWith("Document nesting depth")) {
            return "nested deeper than " + MAX_DEPTH + " levels";
        }
        return oneLine(message.replaceAll("\\(.*\\)", ""));
    }

    private static Location editorLocation(String file, EditorLines lines, JsonLocation at) {
        return at.getCharOffset() >= 0 ? lines.at(file, at.getCharOffset())
                : new Location(file, at.getLineNr(), at.getColumnNr());
    }

    /** Jackson returns null once at the end of each document of a multi-document stream, twice at the end. */
    private static JsonToken nextRoot(YAMLParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        return token != null ? token : parser.nextToken();
    }

    private static Problem syntaxProblem(String file, EditorLines lines, JsonProcessingException e) {
        Throwable cause = e.getCause();
        if (cause instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            Mark mark = marked.getProblemMark();
            String what = marked.getProblem() == null ? "invalid YAML" : marked.getProblem();
            String context = marked.getContext() == null ? "" : " (" + marked.getContext() + ")";
            return new Problem(lines.at(file, mark.getIndex()), "",
                    "invalid YAML: " + oneLine(what) + oneLine(context));
        }
        JsonLocation at = e.getLocation();
        Location location = at == null ? Location.ofFile(file) : editorLocation(file, lines, at);
        return new Problem(location, "", "invalid YAML: " + described(e.getOriginalMessage()));
    }

    /**
     * The parser's message, but where it would name a Java exception: SnakeYAML reads the hexadecimal digits of an
     * x, u or U escape with Integer.parseInt, which fails on the empty string left where the file ends inside
     * the escape, and Jackson passes that on as "Malformed Number token ... (java.lang.NumberFormatException)"
     * (found by the fuzzer, seed 9191: a file cut short in a double-quoted description).
     */
    private static String described(String message) {
        if (message != null && message.contains("NumberFormatException")) {
            return "the file ends inside an escape sequence of a double-quoted string (\\x takes 2 hexadecimal "
                    + "digits, \\u 4, \\U 8)";
        }
        // A complex key ("? [a, b]") reaches Jackson as a parser event it names by its Java class (a review found
        // "got this instead: <org.yaml.snakeyaml.events.SequenceStartEvent(...)>").
        if (message != null && message.startsWith("Expected a field name")) {
            return "a key must be a single value (a word or a number), not a list or a mapping";
        }
        return oneLine(message);
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }

    /**
     * The YAML text, read at the parser's token positions (code-point indexes, as its marks count them): the first
     * character of a scalar says whether it is quoted, a block, or tagged. Tokens come in order, so the code-point
     * to char conversion walks forward from the last one read.
     */
    private static final class Source {
        private final String text;
        private final boolean surrogates;
        private long codePoints;
        private int chars;

        Source(String text) {
            this.text = text;
            this.surrogates = text.chars().anyMatch(c -> Character.isSurrogate((char) c));
        }

        /** The first character of the scalar at {@code index}, past an anchor (&name); a space where none is. */
        char firstOf(long index) {
            int at = charIndex(index);
            if (at >= 0 && at < text.length() && text.charAt(at) == '&') {
                while (at < text.length() && !Character.isWhitespace(text.charAt(at))) {
                    at++;
                }
                while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
                    at++;
                }
            }
            return at >= 0 && at < text.length() ? text.charAt(at) : ' ';
        }

        private int charIndex(long index) {
            if (index < 0 || !surrogates) {
                return (int) Math.min(index, Integer.MAX_VALUE);
            }
            if (index < codePoints) {
                codePoints = 0;
                chars = 0;
            }
            while (codePoints < index && chars < text.length()) {
                chars += Character.charCount(text.codePointAt(chars));
                codePoints++;
            }
            return chars;
        }
    }

    /** Turns the parser's token stream into nodes, counting nodes and depth as it goes. */
    private static final class Builder {
        private final JsonParser parser;
        /** Where a token is, as error messages name it. */
        private final Function<JsonLocation, Location> where;
        private final Problems problems = new Problems();
        private final int maxNodes;
        private int nodes;

        /** The YAML text, to tell a plain scalar from a quoted one; null for JSON, whose types are its own. */
        private final Source source;

        Builder(JsonParser parser, int maxNodes, Function<JsonLocation, Location> where, Source source) {
            this.parser = parser;
            this.maxNodes = maxNodes;
            this.where = where;
            this.source = source;
        }

        Location location() {
            return where.apply(parser.currentTokenLocation());
        }

        YamlNode node(JsonToken token, int depth) throws IOException {
            Location at = location();
            if (++nodes > maxNodes) {
                throw new InputException(at, "", "more than " + maxNodes + " YAML nodes in one file");
            }
            if (depth > MAX_DEPTH) {
                throw new InputException(at, "", "nested deeper than " + MAX_DEPTH + " levels");
            }
            if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                throw new InputException(at, "",
                        "YAML aliases (*" + parser.getText() + ") are not accepted: write the value out in full");
            }
            return switch (token) {
                case START_OBJECT -> mapping(at, depth);
                case START_ARRAY -> sequence(at, depth);
                case VALUE_STRING -> scalar(YamlNode.ScalarKind.STRING, at);
                case VALUE_NUMBER_INT -> scalar(YamlNode.ScalarKind.INTEGER, at);
                case VALUE_NUMBER_FLOAT -> scalar(YamlNode.ScalarKind.DECIMAL, at);
                case VALUE_TRUE, VALUE_FALSE -> scalar(YamlNode.ScalarKind.BOOLEAN, at);
                case VALUE_NULL -> scalar(YamlNode.ScalarKind.NULL, at);
                default -> throw new InputException(at, "", "unexpected YAML content (" + token + ")");
            };
        }

        /**
         * A scalar typed as YAML 1.2's core schema types it ({@link CoreSchema}), not as the YAML 1.1 parser did: a
         * quoted or block scalar is text whatever it holds; a plain one is typed by its text; a tagged one (!!int
         * '40') keeps its tag's type where its text is of that type.
         */
        private YamlNode.Scalar scalar(YamlNode.ScalarKind parsed, Location at) throws IOException {
            String text = parser.getText();
            if (source == null) {
                return new YamlNode.Scalar(text, parsed, at);
            }
            char first = source.firstOf(parser.currentTokenLocation().getCharOffset());
            YamlNode.ScalarKind kind = switch (first) {
                case '"', '\'', '|', '>' -> YamlNode.ScalarKind.STRING;
                case '!' -> parsed == YamlNode.ScalarKind.STRING || CoreSchema.resolve(text) != parsed
                        ? YamlNode.ScalarKind.STRING : parsed;
                default -> CoreSchema.resolve(text);
            };
            return new YamlNode.Scalar(text, kind, at);
        }

        private YamlNode mapping(Location at, int depth) throws IOException {
            Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                Location keyAt = location();
                YamlNode value = node(parser.nextToken(), depth + 1);
                YamlNode.Entry previous = entries.get(key);
                if (previous != null) {
                    problems.add(keyAt, key, "the key appears twice in the same mapping (first at line "
                            + previous.keyLocation().line() + "); keep one");
                } else {
                    entries.put(key, new YamlNode.Entry(key, keyAt, value));
                }
            }
            if (token != JsonToken.END_OBJECT) {
                throw new InputException(location(), "", "malformed mapping");
            }
            return new YamlNode.Mapping(entries, at);
        }

        private YamlNode sequence(Location at, int depth) throws IOException {
            List<YamlNode> items = new ArrayList<>();
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    throw new InputException(location(), "", "malformed list");
                }
                items.add(node(token, depth + 1));
            }
            return new YamlNode.Sequence(items, at);
        }
    }
}
