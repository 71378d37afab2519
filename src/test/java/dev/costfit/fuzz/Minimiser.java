package dev.costfit.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Shrinks a failing case to a small reproducer that fails the same way ({@link Verdict#sameClassAs}): drops
 * mutations one at a time, then options, then (for diff) replaces the sample base by an empty folder, then drops
 * keys of the profile that the failure does not need — top-level keys first, in halves, then one by one, then
 * nested keys. Every step keeps a change only if the case still fails alike; at most {@code maxRuns} runs.
 */
final class Minimiser {

    private final Function<FuzzCase, Verdict> runner;
    private final int maxRuns;
    private int runs;

    Minimiser(Function<FuzzCase, Verdict> runner, int maxRuns) {
        this.runner = runner;
        this.maxRuns = maxRuns;
    }

    FuzzCase shrink(FuzzCase failing, Verdict failure) {
        FuzzCase current = failing;
        current = dropEdits(current, failure);
        current = dropOptions(current, failure);
        if (current.invocation().needsBase()) {
            List<String> positionals = current.invocation().positionals().stream()
                    .map(p -> p.equals(Invocation.BASE) ? Invocation.EMPTY : p).toList();
            current = keepIfAlike(current, current.withInvocation(current.invocation().withPositionals(positionals)),
                    failure);
        }
        current = dropKeys(current, failure);
        return current;
    }

    int runs() {
        return runs;
    }

    private FuzzCase dropEdits(FuzzCase current, Verdict failure) {
        for (int i = current.edits().size() - 1; i >= 0 && current.edits().size() > 1; i--) {
            List<Edit> fewer = new ArrayList<>(current.edits());
            fewer.remove(i);
            current = keepIfAlike(current, current.withEdits(fewer), failure);
        }
        return current;
    }

    private FuzzCase dropOptions(FuzzCase current, Verdict failure) {
        for (int i = current.invocation().options().size() - 1; i >= 0; i--) {
            current = keepIfAlike(current, current.withInvocation(current.invocation().withoutOption(i)), failure);
        }
        return current;
    }

    private FuzzCase dropKeys(FuzzCase current, Verdict failure) {
        if (!(current.base() instanceof YamlTree.Mapping)) {
            return current;
        }
        List<List<String>> topLevel = YamlTree.paths(current.base()).stream().filter(p -> p.size() == 1).toList();
        for (int chunk = Math.max(1, topLevel.size() / 2); chunk >= 1; chunk /= 2) {
            List<List<String>> keys = YamlTree.paths(current.base()).stream().filter(p -> p.size() == 1).toList();
            for (int start = 0; start < keys.size(); start += chunk) {
                YamlTree.Node smaller = current.base();
                for (List<String> key : keys.subList(start, Math.min(keys.size(), start + chunk))) {
                    smaller = YamlTree.remove(smaller, key);
                }
                current = keepIfAlike(current, current.withBase(smaller), failure);
            }
            if (chunk == 1) {
                break;
            }
        }
        for (List<String> nested : YamlTree.paths(current.base()).stream().filter(p -> p.size() > 1).toList()) {
            if (YamlTree.get(current.base(), nested).isPresent()) {
                current = keepIfAlike(current, current.withBase(YamlTree.remove(current.base(), nested)), failure);
            }
        }
        return current;
    }

    private FuzzCase keepIfAlike(FuzzCase current, FuzzCase candidate, Verdict failure) {
        if (runs >= maxRuns || candidate.equals(current)) {
            return current;
        }
        runs++;
        return runner.apply(candidate).sameClassAs(failure) ? candidate : current;
    }
}
