package dev.costfit.yaml;

/** A place in an input file, 1-based, as editors show it. */
public record Location(String file, int line, int column) {

    public static Location ofFile(String file) {
        return new Location(file, 0, 0);
    }

    /** As errors and reports show it, the file's name {@link Printable} (a name may hold any character). */
    @Override
    public String toString() {
        String name = Printable.of(file);
        return line > 0 ? name + ":" + line + ":" + column : name;
    }
}
