package dev.costfit.pricing.update;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The progress line: rewritten in place on a terminal, absent otherwise. */
class StatusLineTest {

    private static String run(boolean enabled) {
        StringWriter text = new StringWriter();
        StatusLine line = new StatusLine(new PrintWriter(text, true), enabled);
        line.begin(2);
        line.query(new AwsQuery("AWSLambda", "eu-central-1", Map.of()), 1);
        line.page(1);
        line.query(new AwsQuery("AmazonECS", "eu-central-1", Map.of()), 2);
        line.end();
        return text.toString();
    }

    @Test
    void onATerminalOneLineIsRewrittenAndClearedAtTheEnd() {
        String text = run(true);
        assertThat(text).doesNotContain("\n").contains("\rcostfit: refreshing prices, 1/2 queries · AWSLambda in "
                + "eu-central-1", "1/2 queries, 1 pages", "2/2 queries · AmazonECS in eu-central-1").endsWith("\r");
    }

    @Test
    void elsewhereNothingIsPrinted() {
        assertThat(run(false)).isEmpty();
    }
}
