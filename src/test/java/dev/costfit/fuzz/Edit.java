package dev.costfit.fuzz;

import java.nio.charset.Charset;
import java.util.List;

/**
 * One concrete change to a profile, drawn once and then replayed exactly (so that a case can be re-run, shrunk and
 * written down). Tree edits change the YAML tree; text edits change the rendered file; an encoding changes its bytes.
 */
sealed interface Edit permits Edit.Put, Edit.Remove, Edit.Rename, Edit.Text, Edit.Encode {

    String describe();

    /** Sets the value at a path (creating mappings on the way), or adds a key. */
    record Put(List<String> path, YamlTree.Node value) implements Edit {
        @Override
        public String describe() {
            String shown = value instanceof YamlTree.Raw r ? r.source() : YamlTree.render(value).strip();
            return "set " + String.join(".", path) + " = " + Visible.of(shown);
        }
    }

    record Remove(List<String> path) implements Edit {
        @Override
        public String describe() {
            return "remove " + String.join(".", path);
        }
    }

    record Rename(List<String> path, String newKey) implements Edit {
        @Override
        public String describe() {
            return "rename " + String.join(".", path) + " to " + Visible.of(newKey);
        }
    }

    /** What a text edit does with its {@code text} at position {@code at} (a fraction of the file). */
    enum TextOp { PREFIX, APPEND, INSERT_LINE, INSERT_CHARS, REPLACE_NEWLINES, TRUNCATE, TABS_FOR_INDENT }

    record Text(TextOp op, double at, String text) implements Edit {
        @Override
        public String describe() {
            return switch (op) {
                case PREFIX -> "prefix the file with " + Visible.of(text);
                case APPEND -> "append " + Visible.of(text);
                case INSERT_LINE -> "insert line " + Visible.of(text) + " at " + percent();
                case INSERT_CHARS -> "insert " + Visible.of(text) + " at character " + percent();
                case REPLACE_NEWLINES -> "line breaks as " + Visible.of(text);
                case TRUNCATE -> "cut the file at " + percent();
                case TABS_FOR_INDENT -> "indent with tabs";
            };
        }

        private String percent() {
            return Math.round(at * 100) + "%";
        }

        String apply(String file) {
            return switch (op) {
                case PREFIX -> text + file;
                case APPEND -> file + text;
                case INSERT_LINE -> {
                    String[] lines = file.split("\n", -1);
                    int line = (int) (at * lines.length);
                    StringBuilder out = new StringBuilder();
                    for (int i = 0; i < lines.length; i++) {
                        if (i == line) {
                            out.append(text).append('\n');
                        }
                        out.append(lines[i]).append(i < lines.length - 1 ? "\n" : "");
                    }
                    yield out.toString();
                }
                case INSERT_CHARS -> {
                    int i = (int) (at * file.length());
                    while (i > 0 && i < file.length() && Character.isLowSurrogate(file.charAt(i))) {
                        i--;
                    }
                    yield file.substring(0, i) + text + file.substring(i);
                }
                case REPLACE_NEWLINES -> file.replace("\n", text);
                case TRUNCATE -> {
                    int i = (int) (at * file.length());
                    while (i > 0 && i < file.length() && Character.isLowSurrogate(file.charAt(i))) {
                        i--;
                    }
                    yield file.substring(0, i);
                }
                case TABS_FOR_INDENT -> file.replaceAll("(?m)^  ", "\t");
            };
        }
    }

    /** The file written in another character set than UTF-8 (costfit reads UTF-8). */
    record Encode(String charset) implements Edit {
        @Override
        public String describe() {
            return "write the file in " + charset;
        }

        byte[] bytes(String file) {
            return file.getBytes(Charset.forName(charset));
        }
    }

    /** The tree after this list's tree edits, then the text after its text edits. */
    static String apply(YamlTree.Node tree, List<Edit> edits) {
        String file = YamlTree.render(applyToTree(tree, edits));
        for (Edit edit : edits) {
            if (edit instanceof Text t) {
                file = t.apply(file);
            }
        }
        return file;
    }

    /** The tree after the tree edits of the list (text edits and encodings left out). */
    static YamlTree.Node applyToTree(YamlTree.Node tree, List<Edit> edits) {
        YamlTree.Node node = tree;
        for (Edit edit : edits) {
            if (edit instanceof Put p) {
                node = YamlTree.put(node, p.path(), p.value());
            } else if (edit instanceof Remove r) {
                node = YamlTree.remove(node, r.path());
            } else if (edit instanceof Rename r) {
                node = YamlTree.rename(node, r.path(), r.newKey());
            }
        }
        return node;
    }

    static byte[] bytes(String file, List<Edit> edits) {
        for (Edit edit : edits) {
            if (edit instanceof Encode e) {
                return e.bytes(file);
            }
        }
        return file.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
