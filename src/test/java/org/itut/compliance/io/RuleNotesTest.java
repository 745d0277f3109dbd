package org.itut.compliance.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The catalogue reads rule lines and {@code // INTERPRETATION:} comments from the rule files. */
class RuleNotesTest {
    private static final String DRL = """
            package org.itut.compliance.rules.x;

            // INTERPRETATION: a note for the whole file,
            // continued on a second line.
            // and a third; an empty comment line ends the note.
            //
            // plain comment

            rule "X-1-first"
                @instrument("A.1")
            when
                $g : Object()
            then
                // INTERPRETATION: the first rule reads "before" as the first day
                // of a multi-day meeting.
                // TODO: something else entirely
                int x = 1;
            end

            rule "X-2-second"
            when
            then
                // an ordinary comment
            end
            """;

    @Test
    void should_attach_interpretation_notes_to_their_rule_or_file() {
        // GIVEN a rule file with a file-level note, a rule note spanning two lines and a rule without notes
        Map<String, Integer> lines = new LinkedHashMap<>();
        Map<String, List<String>> notes = new LinkedHashMap<>();
        Map<String, List<String>> fileNotes = new LinkedHashMap<>();
        // WHEN it is read
        RuleCatalogue.parse("rules/x/x.drl", DRL, lines, notes, fileNotes);
        // THEN each rule has its declaration line and its joined note; other tags end a note
        assertThat(lines).containsEntry("X-1-first", 9).containsEntry("X-2-second", 20);
        assertThat(notes).containsOnlyKeys("X-1-first");
        assertThat(notes.get("X-1-first")).containsExactly("the first rule reads \"before\" as the first day of a multi-day meeting.");
        assertThat(fileNotes.get("rules/x/x.drl")).containsExactly(
                "a note for the whole file, continued on a second line. and a third; an empty comment line ends the note.");
    }
}
