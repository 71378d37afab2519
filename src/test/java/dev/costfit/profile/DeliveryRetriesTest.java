package dev.costfit.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.costfit.TestProfiles;
import dev.costfit.yaml.InputException;
import org.junit.jupiter.api.Test;

/**
 * What a failing message costs in retries when the profile states no attempts: a queue's are unbounded (refused),
 * an event's are Lambda's asynchronous default of two retries.
 */
class DeliveryRetriesTest {

    private static final String BASE = "name: x\ntraffic: {rate: 1/s}\nduration: 1s\nmemory: 512MB\ntimeout: 10s\n";

    @Test
    void aQueueWhoseMessagesFailWithNoAttemptsIsRefusedAtTheFailingShare() {
        // Line 6 is "trigger: queue", line 7 "delivery:", line 8 "  failing: 2%": the value starts at column 12.
        assertThatThrownBy(() -> TestProfiles.parse(BASE + "trigger: queue\ndelivery:\n  failing: 2%\n"))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
                        .extracting(problem -> problem.render())
                        .singleElement().satisfies(text -> assertThat(text)
                                .startsWith("test.yaml:8:")
                                .contains("delivery.failing needs delivery.attempts under trigger: queue")
                                .contains("retried after each visibility timeout")
                                .contains("until its retention period ends")));
    }

    @Test
    void aQueueWithAttemptsOrNothingFailingStillReads() {
        Profile stated = TestProfiles.parse(BASE + "trigger: queue\ndelivery: {attempts: 4, failing: 2%}\n");
        // 1 + 2% × (4 − 1) = 1.06 deliveries a message, and a dead-letter queue.
        assertThat(stated.glue().delivery().deliveriesPerMessage()).isCloseTo(1.06, within(1e-12));
        assertThat(stated.glue().delivery().deadLetterQueue()).isTrue();
        Profile none = TestProfiles.parse(BASE + "trigger: queue\n");
        assertThat(none.glue().delivery().deliveriesPerMessage()).isEqualTo(1);
        assertThat(none.glue().delivery().deadLetterQueue()).isFalse();
    }

    @Test
    void anEventWhoseMessagesFailIsRetriedTwiceAsLambdaDoesByDefaultWithNoDeadLetterQueue() {
        // Lambda retries a failed asynchronous invocation twice (invocation-async-error-handling.html): 3 attempts,
        // so 10% failing makes 1 + 0.10 × 2 = 1.2 deliveries a message.
        Profile p = TestProfiles.parse(BASE + "trigger: event\ndelivery: {failing: 10%}\n");
        assertThat(p.glue().delivery().deliveriesPerMessage()).isCloseTo(1.2, within(1e-12));
        assertThat(p.glue().delivery().deadLetterQueue()).isFalse();
        assertThat(p.defaultsUsed()).anyMatch(d -> d.path().equals("delivery.attempts") && d.value().equals("3")
                && d.why().contains("retried twice"));
        // Nothing failing: nothing retried, no assumption listed.
        Profile ok = TestProfiles.parse(BASE + "trigger: event\n");
        assertThat(ok.glue().delivery().deliveriesPerMessage()).isEqualTo(1);
        assertThat(ok.defaultsUsed()).noneMatch(d -> d.path().equals("delivery.attempts"));
    }
}
