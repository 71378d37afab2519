package dev.costfit.yaml;

/** One thing wrong with an input: where, which field, and a sentence a user can act on. */
public record Problem(Location location, String path, String message) {

    /** One paragraph: {@code file:line:column: field: message}. */
    public String render() {
        return path.isEmpty() ? location + ": " + message : location + ": " + path + ": " + message;
    }
}
