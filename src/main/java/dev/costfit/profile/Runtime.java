package dev.costfit.profile;

/** Language runtime, for cold-start estimates. */
public enum Runtime implements Choice {
    PYTHON, NODE, JAVA, GO, DOTNET, RUBY, RUST, CONTAINER
}
