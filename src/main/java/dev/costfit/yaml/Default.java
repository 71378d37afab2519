package dev.costfit.yaml;

/** A default value with the text `--explain` shows for it and the reason it is the default. */
public record Default<T>(T value, String shown, String why) {}
