package dev.costfit.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Globs over the catalog's AWS regions: what `regions: [eu-*]` and friends name, worked out by hand. */
class RegionPatternsTest {

    private static final List<String> KNOWN = List.of("ap-southeast-1", "ap-southeast-2", "eu-central-1",
            "eu-west-1", "eu-west-2", "us-east-1", "us-west-2");

    @Test
    void aGlobNamesEveryKnownRegionItMatchesInTheCatalogsOrder() {
        assertThat(RegionPatterns.expand(List.of("eu-*"), KNOWN)).containsExactly("eu-central-1", "eu-west-1",
                "eu-west-2");
        assertThat(RegionPatterns.expand(List.of("ap-southeast-?"), KNOWN)).containsExactly("ap-southeast-1",
                "ap-southeast-2");
        assertThat(RegionPatterns.expand(List.of("*-west-*"), KNOWN)).containsExactly("eu-west-1", "eu-west-2",
                "us-west-2");
    }

    @Test
    void anExplicitListKeepsItsOrderAndNamesEachRegionOnce() {
        assertThat(RegionPatterns.expand(List.of("us-east-1", "eu-*", "eu-west-1"), KNOWN))
                .containsExactly("us-east-1", "eu-central-1", "eu-west-1", "eu-west-2");
    }

    @Test
    void residencyAllowsOnlyWhatThePatternsMatchAndEverythingWithoutPatterns() {
        assertThat(RegionPatterns.allows(List.of("eu-*"), "eu-west-1")).isTrue();
        assertThat(RegionPatterns.allows(List.of("eu-*"), "us-east-1")).isFalse();
        // '-' is literal, not a range: eu-* does not match a region merely starting with "eu".
        assertThat(RegionPatterns.allows(List.of("eu-*"), "europe-west1")).isFalse();
        assertThat(RegionPatterns.allows(List.of(), "us-east-1")).isTrue();
        assertThat(RegionPatterns.unmatched(List.of("eu-*", "xx-*", "us-east-1"), KNOWN)).containsExactly("xx-*");
    }
}
