package dev.costfit.platform;

import dev.costfit.assessment.Assessment;

/**
 * A platform's own assessment for a search with a part of its bill left unmodelled, where that part only adds to the
 * bill and changes nothing else ({@link Platform#bracket}).
 *
 * @param lower            fits, and is priced, exactly where the full assessment does, keeps as many instances warm
 *                         (none: what is left unmodelled buys nothing), and costs no more
 * @param addsAtMost       what the full assessment's own cost can exceed {@code lower}'s by
 * @param coldStartsAtMost the most cold starts a month of the full assessment (what the glue bills per cold start);
 *                         {@code lower} counts none
 */
public record CostBracket(Assessment lower, double addsAtMost, double coldStartsAtMost) {}
