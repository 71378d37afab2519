package dev.costfit.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Scalars typed as YAML 1.2's core schema types them (https://yaml.org/spec/1.2.2/#1023-core-schema), where the
 * parser underneath reads YAML 1.1: each expectation is the spec's table, not the code's own patterns re-run.
 */
class CoreSchemaTest {

    @Test
    void plainScalarsAreTypedByTheCoreSchema() {
        Map<String, YamlNode.Scalar> read = values("""
                a: 40
                b: +40
                c: 010
                d: 0o10
                e: 0x28
                f: 1.0e-05
                g: 1.
                h: .5
                i: yes
                j: tRUE
                k: True
                l: ~
                m:
                n: "40"
                o: !!str 40
                p: |
                  40
                q: 1_000
                r: 512MB
                """);
        assertThat(read.get("a").kind()).isEqualTo(YamlNode.ScalarKind.INTEGER);
        assertThat(CoreSchema.number(read.get("a"))).contains(new BigDecimal("40"));
        assertThat(CoreSchema.number(read.get("b"))).contains(new BigDecimal("40"));
        // 1.2 dropped 1.1's leading-zero octal: 010 is ten; 0o10 is octal eight, 0x28 hex forty.
        assertThat(CoreSchema.number(read.get("c"))).contains(new BigDecimal("10"));
        assertThat(CoreSchema.number(read.get("d"))).contains(new BigDecimal("8"));
        assertThat(CoreSchema.number(read.get("e"))).contains(new BigDecimal("40"));
        assertThat(read.get("f").kind()).isEqualTo(YamlNode.ScalarKind.DECIMAL);
        assertThat(CoreSchema.number(read.get("f")).orElseThrow()).isEqualByComparingTo("0.00001");
        assertThat(CoreSchema.number(read.get("g")).orElseThrow()).isEqualByComparingTo("1");
        assertThat(CoreSchema.number(read.get("h")).orElseThrow()).isEqualByComparingTo("0.5");
        // yes (a 1.1 boolean) and tRUE are words; True is a boolean.
        assertThat(read.get("i").kind()).isEqualTo(YamlNode.ScalarKind.STRING);
        assertThat(read.get("j").kind()).isEqualTo(YamlNode.ScalarKind.STRING);
        assertThat(read.get("k").kind()).isEqualTo(YamlNode.ScalarKind.BOOLEAN);
        // ~ and nothing at all are both null.
        assertThat(read.get("l").kind()).isEqualTo(YamlNode.ScalarKind.NULL);
        assertThat(read.get("m").kind()).isEqualTo(YamlNode.ScalarKind.NULL);
        // Quoted, tagged !!str and block scalars are text whatever they hold.
        assertThat(read.get("n").kind()).isEqualTo(YamlNode.ScalarKind.STRING);
        assertThat(read.get("o").kind()).isEqualTo(YamlNode.ScalarKind.STRING);
        assertThat(read.get("p").kind()).isEqualTo(YamlNode.ScalarKind.STRING);
        assertThat(CoreSchema.number(read.get("n"))).isEmpty();
        // 1.1's digit separator is not 1.2's: text.
        assertThat(read.get("q").kind()).isEqualTo(YamlNode.ScalarKind.STRING);
        assertThat(read.get("r").kind()).isEqualTo(YamlNode.ScalarKind.STRING);
    }

    private static Map<String, YamlNode.Scalar> values(String yaml) {
        Map<String, YamlNode.Scalar> out = new java.util.LinkedHashMap<>();
        ((YamlNode.Mapping) new YamlLoader().parse("test.yaml", yaml).get(0)).entries()
                .forEach((key, entry) -> out.put(key, (YamlNode.Scalar) entry.value()));
        return out;
    }
}
