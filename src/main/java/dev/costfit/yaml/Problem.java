package dev.costfit.yaml;

/**
 * One thing wrong with an input: where, which field, and a sentence a user can act on. Every problem is made here,
 * and its field and sentence quote the input (a key, a value found, an argument): both are kept {@link Printable}, so
 * no consumer prints a control character that came with them.
 */
public record Problem(Location location, String path, String message) {

    public Problem {
        path = Printable.of(path);
        message = Printable.of(message);
    }

    /** One paragraph: {@code file:line:column: field: message}. */
    public String render() {
        return path.isEmpty() ? location + ": " + message : location + ": " + path + ": " + message;
    }
}
