package dev.costfit.platform;

import dev.costfit.profile.Architecture;
import dev.costfit.units.Money;
import dev.costfit.units.Numbers;

/**
 * What a report says of the architecture a platform did not bill: the one chosen where the profile allows either,
 * else what the other would cost — arm64 (Graviton) bills about 20% less on Lambda and Fargate, and a profile that
 * asks x86_64 by default may run there as it is.
 */
final class ArchitectureNote {

    private ArchitectureNote() {
    }

    /**
     * @param wanted the profile's architecture
     * @param chosen the architecture billed, and its month
     * @param other  the other architecture, and its month
     */
    static String of(Architecture wanted, Architecture chosen, double chosenCost, Architecture other,
                     double otherCost) {
        if (wanted == Architecture.ANY) {
            return chosen.spelling() + " chosen (architecture: any): " + Money.format(chosenCost)
                    + " a month against " + Money.format(otherCost) + " on " + other.spelling()
                    + ", assuming the code runs as fast on both";
        }
        if (otherCost < chosenCost) {
            double less = 1 - otherCost / chosenCost;
            return other.spelling() + " would cost " + Money.format(otherCost) + " a month ("
                    + Numbers.grouped(less * 100, 0) + "% less); set architecture: any if the code and its native "
                    + "dependencies run on " + other.spelling();
        }
        return chosen.spelling() + " as the profile asks; " + other.spelling() + " would cost "
                + Money.format(otherCost) + " a month";
    }
}
