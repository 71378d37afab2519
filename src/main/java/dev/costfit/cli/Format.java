package dev.costfit.cli;

/** Output formats. */
public enum Format {
    TABLE, JSON
}
