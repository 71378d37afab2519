package dev.costfit.yaml;

import java.util.List;
import java.util.stream.Collectors;

/** Bad input from the user (a profile, an overlay, an option): reported without a stack trace, exit code 2. */
public final class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public InputException(List<Problem> problems) {
        super(problems.stream().map(Problem::render).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public InputException(Location location, String path, String message) {
        this(List.of(new Problem(location, path, message)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
