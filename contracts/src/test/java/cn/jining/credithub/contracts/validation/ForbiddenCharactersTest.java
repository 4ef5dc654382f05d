package cn.jining.credithub.contracts.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.jining.credithub.contracts.exchange.SubmittedRecord;
import cn.jining.credithub.contracts.json.ContractsJson;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A record's ids, field names and text at any depth are refused per field for what no destination stores. */
class ForbiddenCharactersTest {

    private static ObjectNode data() {
        ObjectNode data = ContractsJson.mapper().createObjectNode();
        data.put("name", "济宁示例科技有限公司");
        data.put("fact", "第一行\n第二行\t备注\r\n");
        data.putArray("types").add("警告");
        return data;
    }

    @Test
    void aCleanRecordWithLineBreaksInTextPasses() {
        assertThat(ForbiddenCharacters.of(new SubmittedRecord("R-1", "ADMINISTRATIVE_PENALTY", data()))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\n", "\t", "\u001F", "\uD800", "\uDFFF", "\uFDD0", "\uFFFE"})
    void aRecordIdRefusesEveryControlLoneSurrogateAndNonCharacter(String bad) {
        String id = "R-" + bad + "-1";
        assertThat(ForbiddenCharacters.of(new SubmittedRecord(id, "ADMINISTRATIVE_PENALTY", data())))
                .singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("recordId");
                    assertThat(v.rule()).isEqualTo(Rules.FORBIDDEN_CHARACTER);
                    assertThat(v.message()).contains(String.format("U+%04X", (int) bad.charAt(0))).contains("position 3");
                    assertThat(v.messageZh()).contains("记录标识").contains("第3个字符");
                    assertThat(v.value()).doesNotContain(bad);
                });
    }

    @Test
    void textValuesNestedValuesAndFieldNamesAreCheckedAndNamed() {
        ObjectNode data = data();
        data.put("fact", "a\u0000b");
        data.putArray("types").add("ok").add("x\uD83D");
        data.put("bad\u0007name", "v");
        data.putObject("extra").put("deep", "\uFFFF");
        assertThat(ForbiddenCharacters.of(new SubmittedRecord("R-1", "ADMINISTRATIVE_PENALTY", data)))
                .extracting(Violation::field, Violation::rule)
                .containsExactly(tuple("fact", Rules.FORBIDDEN_CHARACTER), tuple("types", Rules.FORBIDDEN_CHARACTER),
                        tuple("bad\\u0007name", Rules.FORBIDDEN_CHARACTER), tuple("extra", Rules.FORBIDDEN_CHARACTER));
    }

    @Test
    void aPersonalLookingValueIsMaskedInTheViolation() {
        ObjectNode data = data();
        data.put("idNumber", "37080219900101123\u0000");
        Violation v = ForbiddenCharacters.of(new SubmittedRecord("R-1", "ADMINISTRATIVE_PENALTY", data)).get(0);
        assertThat(v.value()).startsWith("370802").contains("*").doesNotContain("1990");
    }

    @Test
    void submissionIdentifiersAreNamedWithTheCharacter() {
        assertThat(ForbiddenCharacters.inIdentifier("batchId", "B-\u0000")).hasValue(
                "batchId contains the character U+0000 at position 3, which no destination can store");
        assertThat(ForbiddenCharacters.inIdentifier("sourceId", "bureau-a")).isEmpty();
    }
}
