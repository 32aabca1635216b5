package org.relapseguide.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.relapseguide.content.Pronunciation;
import org.xml.sax.InputSource;

/** Speech becomes SSML in one place, escaped, with pronunciations, and always parses as XML. */
class SsmlTest {
    private final Ssml ssml = new Ssml(List.of(
            new Pronunciation("blinatumomab", "blin uh TOOM oh mab"),
            new Pronunciation("CD19", "C D nineteen"),
            new Pronunciation("B-ALL", "B. A. L. L.")));

    private static void assertParses(String body) throws Exception {
        DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(new InputSource(new StringReader("<speak>" + body + "</speak>")));
    }

    @Test
    void xml_metacharacters_are_escaped() throws Exception {
        String rendered = ssml.render(List.of("Tom & Jerry <b>said</b> \"hi\" ]]> it's"));

        assertThat(rendered).doesNotContain("<b>").contains("&amp;").contains("&lt;b&gt;");
        assertParses(rendered);
        assertThat(Ssml.toPlainText(rendered)).isEqualTo("Tom & Jerry <b>said</b> \"hi\" ]]> it's");
    }

    @Test
    void hard_terms_get_a_sub_alias_whatever_their_case_but_only_as_whole_words() throws Exception {
        String rendered = ssml.render(List.of("Blinatumomab targets CD19 in B-ALL, not CD190."));

        assertThat(rendered)
                .contains("<sub alias=\"blin uh TOOM oh mab\">Blinatumomab</sub>")
                .contains("<sub alias=\"C D nineteen\">CD19</sub>")
                .contains("<sub alias=\"B. A. L. L.\">B-ALL</sub>")
                .contains("CD190");
        assertParses(rendered);
    }

    @Test
    void parts_are_joined_with_a_short_pause() {
        assertThat(ssml.render(List.of("One.", "Two."))).isEqualTo("One. <break time=\"300ms\"/> Two.");
    }

    @Test
    void control_characters_that_xml_cannot_carry_are_dropped() throws Exception {
        String rendered = ssml.render(List.of("bad\u0000\u0007char"));

        assertThat(rendered).isEqualTo("badchar");
        assertParses(rendered);
    }
}
