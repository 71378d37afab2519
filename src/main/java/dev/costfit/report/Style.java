package dev.costfit.report;

/** ANSI emphasis for terminals that show colour; plain text otherwise (pipes, files, NO_COLOR). */
public record Style(boolean color) {

    public static final Style PLAIN = new Style(false);

    public String bold(String text) {
        return wrap("1", text);
    }

    public String good(String text) {
        return wrap("32", text);
    }

    public String bad(String text) {
        return wrap("31", text);
    }

    public String warn(String text) {
        return wrap("33", text);
    }

    public String dim(String text) {
        return wrap("2", text);
    }

    private String wrap(String code, String text) {
        return color ? "\u001b[" + code + "m" + text + "\u001b[0m" : text;
    }
}
