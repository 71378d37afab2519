package dev.costfit.profile;

/** Language runtime, for cold-start estimates. */
public enum Runtime implements Choice {
    PYTHON("python"), NODE("node"), JAVA("java"), GO("go"), DOTNET("dotnet"), RUBY("ruby"), RUST("rust"),
    CONTAINER("container");

    private final String spelling;

    Runtime(String spelling) {
        this.spelling = spelling;
    }

    @Override
    public String spelling() {
        return spelling;
    }
}
