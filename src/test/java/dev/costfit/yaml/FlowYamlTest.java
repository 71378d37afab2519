package dev.costfit.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What `costfit init` writes goes through FlowYaml: every text, whatever it holds, reads back as itself, after a
 * block key and inside a flow collection alike; plain words stay plain.
 */
class FlowYamlTest {

    private static final Location HERE = Location.ofFile("test");

    @Test
    void everyTextReadsBackAsItselfWhereverItIsWritten() {
        List<String> texts = List.of("T4 # 24GB card", "'job'", "\"job\"", "chat: api", "{x}", "[1, 2]", "a, b",
                "back\\slash", "tab\there", "line\nbreak", "yes", "true", "null", "~", "40", "0x1", "1e3", "- x",
                "# only", "&anchor", "*alias", "!!str 40", "%x", "@x", "`x", "? x", "| x", "> x", "x ", " x", "",
                "trailing:", "日本", "a" + (char) 0x2028 + "b", "bell" + (char) 7, "del" + (char) 0x7f);
        for (String text : texts) {
            String written = FlowYaml.text(text);
            assertThat(scalarOf("v: " + written)).as("after a key: %s", written).isEqualTo(text);
            assertThat(scalarOf("v: [" + written + "]")).as("in a list: %s", written).isEqualTo(text);
        }
    }

    @Test
    void wordsNumbersAndUnitsStayPlainAndCollectionsAreFlow() {
        assertThat(FlowYaml.text("us-east-1")).isEqualTo("us-east-1");
        assertThat(FlowYaml.text("1.2M/month")).isEqualTo("1.2M/month");
        assertThat(FlowYaml.text("chat api")).isEqualTo("chat api");
        assertThat(FlowYaml.text("true")).isEqualTo("\"true\"");
        assertThat(FlowYaml.text("40")).isEqualTo("\"40\"");
        YamlNode range = new YamlLoader().parse("t", "{low: 1/s, expected: '2/s', high: \"3/s\"}").get(0);
        assertThat(FlowYaml.write(range)).isEqualTo("{low: 1/s, expected: 2/s, high: 3/s}");
        YamlNode number = new YamlNode.Scalar("40", YamlNode.ScalarKind.INTEGER, HERE);
        assertThat(FlowYaml.write(number)).isEqualTo("40");
    }

    private static String scalarOf(String yaml) {
        YamlNode value = ((YamlNode.Mapping) new YamlLoader().parse("t", yaml).get(0)).entries().get("v").value();
        if (value instanceof YamlNode.Sequence list) {
            value = list.items().get(0);
        }
        YamlNode.Scalar scalar = (YamlNode.Scalar) value;
        assertThat(scalar.kind()).as(yaml).isEqualTo(YamlNode.ScalarKind.STRING);
        return scalar.text();
    }
}
