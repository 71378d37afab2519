package dev.costfit.pricing.update;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Keeps secrets out of everything `pricing update` prints, --debug included: the values of the environment variables
 * that hold them, AWS access key ids, and query strings (where signed URLs and API keys travel).
 */
public final class Redaction {

    private static final List<String> SECRET_VARIABLES = List.of("AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
            "AWS_ACCESS_KEY_ID", "COSTFIT_GCP_API_KEY", "GOOGLE_API_KEY");
    private static final Pattern ACCESS_KEY_ID = Pattern.compile("\\b(AKIA|ASIA)[A-Z0-9]{12,}\\b");
    private static final Pattern QUERY = Pattern.compile("(https?://[^\\s?\"']+)\\?[^\\s\"']*");
    private static final Pattern KEY_PARAMETER = Pattern.compile("(?i)\\b(key|token|signature|x-amz-[a-z-]+)=[^&\\s\"']+");

    private Redaction() {
    }

    public static String apply(String text) {
        if (text == null) {
            return "";
        }
        String out = text;
        for (String variable : SECRET_VARIABLES) {
            String value = System.getenv(variable);
            if (value != null && value.length() >= 4) {
                out = out.replace(value, "****");
            }
        }
        out = ACCESS_KEY_ID.matcher(out).replaceAll("****");
        out = QUERY.matcher(out).replaceAll("$1?****");
        return KEY_PARAMETER.matcher(out).replaceAll("$1=****");
    }
}
