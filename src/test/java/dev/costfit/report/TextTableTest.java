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

    /**
     * Two columns whose widest words are 15 and 11 characters ("provided.al2023", "concurrency"), their floors, with 2
     * between: 28 at least. At 24 the table cannot fit without breaking a word: past the floors, the widest gives
     * (15 → 11), and "provided.al2023" breaks at the column's edge rather than every line wrapping.
     */
    @Test
    void whereEveryColumnIsAtItsFloorLongWordsBreakRatherThanTheTableOverflowing() {
        TextTable table = new TextTable("~Allowed", "~Workaround").row("provided.al2023 only", "concurrency quota");
        List<String> lines = lines(table, 24);
        assertThat(lines).allMatch(l -> l.length() <= 24);
        assertThat(lines).containsExactly("Allowed      Workaround", "-----------  -----------",
                "provided.al  concurrency", "2023 only    quota");
    }

    /** An amount never breaks, even where the table cannot fit without it: the table is then wider. */
    @Test
    void anAmountIsNeverBrokenToFit() {
        TextTable table = new TextTable("~Note", "~>Cost").row("a note", "$123,456.78*");
        List<String> lines = lines(table, 16);
        assertThat(lines).contains("a note  $123,456.78*");
    }

    /**
     * A table that cannot fit even at its columns' floors (two of 10 and a fixed 12, 2 between: 36 at least) is laid
     * out by renderFitting as one record a row at 30: the first column's value, then each other column's header and
     * value in 26 characters (two gaps in), lines after the first hanging two further in; an empty value is left
     * out. Where it fits, the table.
     */
    @Test
    void aTableTooWideEvenAtItsFloorsBecomesOneRecordARow() {
        TextTable table = new TextTable("~Platform", "~Notes", "Fixed").row("AWS Lambda",
                "one two three four five", "123456789012").row("AWS Fargate", "", "x");
        assertThat(table.renderFitting(30, "")).isEqualTo("""
                AWS Lambda
                  Notes: one two three four
                    five
                  Fixed: 123456789012
                AWS Fargate
                  Fixed: x
                """);
        assertThat(table.renderFitting(60, "")).isEqualTo(table.render(60, ""));
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
