package dev.costfit.yaml;

/** A value that does not parse or is out of range; the message is a sentence about the value, not the field. */
public final class InvalidValue extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidValue(String message) {
        super(message, null, false, false);
    }

    /** "found 512, expected a size with a unit such as 512MB". */
    public static InvalidValue expected(YamlNode found, String expectation) {
        return new InvalidValue("found " + found.describe() + ", expected " + expectation);
    }
}
