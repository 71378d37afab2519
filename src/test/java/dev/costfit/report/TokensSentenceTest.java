package dev.costfit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The table's sentence on LLM tokens says they are the same on every platform only of the tokens that are: where a
 * cloud's further delivery attempts add tokens of its own (review F1, Pub/Sub's 5 attempts), it names the platforms
 * that pay for them in their monthly cost.
 */
class TokensSentenceTest {

    @Test
    void theSameEverywhereWhenNoPlatformDeliversMore() {
        assertThat(TableReport.tokensSentence("$260.98", List.of()))
                .isEqualTo("Plus $260.98 a month of LLM tokens, the same on every platform (in each platform's cost "
                        + "lines).");
    }

    @Test
    void namesThePlatformsWhoseFurtherAttemptsAddTokens() {
        assertThat(TableReport.tokensSentence("$260.98", List.of("Cloud Functions 2nd gen (us-east4)",
                "Cloud Functions 1st gen (us-east4)")))
                .startsWith("Plus $260.98 a month of LLM tokens, the same on every platform at the fewest delivery "
                        + "attempts")
                .endsWith("the tokens of the further attempts Cloud Functions 2nd gen (us-east4), Cloud Functions "
                        + "1st gen (us-east4) make are in their monthly cost above.");
    }
}
