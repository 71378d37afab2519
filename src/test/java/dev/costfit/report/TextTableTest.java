package dev.costfit.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables fitted to a width, worked out by hand. */
class TextTableTest {

    private static List<String> lines(TextTable table, int width) {
        return table.render(width, "").lines().toList();
    }

    /**
     * "Name" (~~) is 24 wide ("Lambda Managed Instances", its widest word 9), "Notes" (~) 30 (its widest word 6),
     * with 2 between: 56. A flexible column's floor is its widest word, at least 10. At 46 the 10 too many come off
     * Notes alone (30 → 20); at 36 the 20 too many too (Notes at its floor, 10), the name still on one line; at 30,
     * Notes gives 20 and only then the name the other 6 (24 → 18), wrapping.
     */
    @Test
    void aColumnLastToGiveKeepsItsWidthUntilTheOthersAreAtTheirFloors() {
        TextTable table = new TextTable("~~Name", "~Notes").row("Lambda Managed Instances",
                "aaaaaa bbbbbb cccccc dddddd ee");
        assertThat(lines(table, 56).get(0)).isEqualTo("Name                      Notes");
        assertThat(lines(table, 46)).contains("Lambda Managed Instances  aaaaaa bbbbbb cccccc");
        assertThat(lines(table, 36)).contains("Lambda Managed Instances  aaaaaa", "                          dddddd ee");
        List<String> narrow = lines(table, 30);
        assertThat(narrow).contains("Lambda Managed      aaaaaa", "Instances           bbbbbb");
        assertThat(narrow).allMatch(l -> l.length() <= 30);
    }

    /** A plain flexible column gives with the others, widest first: "Name" as "~" shrinks before "Notes" reaches 10. */
    @Test
    void anOrdinaryFlexibleColumnGivesWidestFirst() {
        TextTable table = new TextTable("~Name", "~Notes").row("Lambda Managed Instances",
                "aaaaaa bbbbbb cccccc dddddd ee");
        // At 36 the excess of 20 comes off the wider first: Notes 30 → 24, then both in turn to 17 and 17.
        List<String> lines = lines(table, 36);
        assertThat(lines.get(0)).isEqualTo("Name               Notes");
        assertThat(lines).contains("Lambda Managed     aaaaaa bbbbbb");
    }
}
