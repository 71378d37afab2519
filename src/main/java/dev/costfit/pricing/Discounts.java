package dev.costfit.pricing;

import dev.costfit.profile.PricingOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The catalog's commitment discounts in catalog order (an overlay's after the embedded ones), as a list, with the
 * discount that covers a cost line under an option in a region worked out once per question: a platform's choice
 * under a commitment asks it of every line of every setting at every rate or map cell, and each answer read all 22
 * discounts (a key's tier stripped by a regular expression, its patterns matched one by one). Under
 * savings-plan-3y-all-upfront a 100 × 100 map of the chat API took 22 s against 3 s on demand (a robustness review,
 * 2026-12-07). The answers depend on the discounts alone, which never change, so any thread may share them.
 */
final class Discounts extends java.util.AbstractList<Discount> implements java.util.RandomAccess {

    private final List<Discount> all;
    private final ConcurrentHashMap<Question, Optional<Discount>> answers = new ConcurrentHashMap<>();

    /** Which line, under which option, where; and whether only published rates count (not "up to" ceilings). */
    private record Question(PricingOption option, String lineKey, String region, boolean publishedOnly) {}

    private Discounts(List<Discount> all) {
        this.all = List.copyOf(all);
    }

    static Discounts of(List<Discount> discounts) {
        return discounts instanceof Discounts kept ? kept : new Discounts(discounts);
    }

    @Override
    public Discount get(int index) {
        return all.get(index);
    }

    @Override
    public int size() {
        return all.size();
    }

    /**
     * The last discount that covers the line ({@link Discount#covers}: an overlay's over the embedded one's), if any;
     * with {@code publishedOnly}, the last that is a published rate rather than a ceiling.
     */
    Optional<Discount> covering(PricingOption option, String lineKey, String region, boolean publishedOnly) {
        Question question = new Question(option, lineKey, region, publishedOnly);
        Optional<Discount> known = answers.get(question);
        if (known == null) {
            known = Optional.empty();
            for (int i = all.size() - 1; i >= 0; i--) {
                Discount d = all.get(i);
                if ((!publishedOnly || !d.ceiling()) && d.covers(option, lineKey, region)) {
                    known = Optional.of(d);
                    break;
                }
            }
            answers.putIfAbsent(question, known);
        }
        return known;
    }
}
