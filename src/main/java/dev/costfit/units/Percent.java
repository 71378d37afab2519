package dev.costfit.units;

/** A share between 0% and 100%, kept as a fraction (70% = 0.7). */
public record Percent(double fraction) implements Quantity {

    public static Percent of(double percent) {
        return new Percent(percent / 100);
    }

    public double percent() {
        return fraction * 100;
    }

    @Override
    public double magnitude() {
        return fraction;
    }

    @Override
    public String display() {
        return Numbers.grouped(percent(), 3) + "%";
    }

    @Override
    public String toString() {
        return display();
    }
}
