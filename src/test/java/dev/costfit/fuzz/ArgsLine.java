package dev.costfit.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * A command line in one printable line, and back: words separated by spaces; a word with a space, a quote, a
 * backslash or a non-ASCII character is double-quoted with \\uXXXX escapes ("eu-west-1\u2028").
 */
final class ArgsLine {

    private ArgsLine() {
    }

    static String format(List<String> args) {
        List<String> words = new ArrayList<>();
        for (String arg : args) {
            boolean plain = !arg.isEmpty() && arg.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '"'
                    && c != '\\');
            words.add(plain ? arg : quote(arg));
        }
        return String.join(" ", words);
    }

    static List<String> parse(String line) {
        List<String> args = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            if (line.charAt(i) == ' ') {
                i++;
                continue;
            }
            StringBuilder word = new StringBuilder();
            if (line.charAt(i) == '"') {
                i++;
                while (i < line.length() && line.charAt(i) != '"') {
                    char c = line.charAt(i);
                    if (c == '\\' && i + 1 < line.length()) {
                        char next = line.charAt(i + 1);
                        if (next == 'u') {
                            word.append((char) Integer.parseInt(line.substring(i + 2, i + 6), 16));
                            i += 6;
                            continue;
                        }
                        word.append(next);
                        i += 2;
                        continue;
                    }
                    word.append(c);
                    i++;
                }
                i++;
            } else {
                while (i < line.length() && line.charAt(i) != ' ') {
                    word.append(line.charAt(i++));
                }
            }
            args.add(word.toString());
        }
        return args;
    }

    private static String quote(String arg) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : arg.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c >= 0x7f) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
