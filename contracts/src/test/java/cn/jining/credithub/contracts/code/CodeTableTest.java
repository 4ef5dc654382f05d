package cn.jining.credithub.contracts.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CodeTableTest {

    @ParameterizedTest
    @CsvSource({
            "03,       罚款",
            "罚款,     罚款",
            "' 03 ',   罚款",
            "01,       警告",
            "99,       其他",
    })
    void codeAndLabelBothMapToTheLabel(String codeOrLabel, String label) {
        assertThat(CodeTable.PENALTY_KIND.canonical(codeOrLabel)).contains(label);
        assertThat(CodeTable.PENALTY_KIND.contains(codeOrLabel)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"罚金", "3", "00", "", "WARNING"})
    void unknownValuesHaveNoLabel(String value) {
        assertThat(CodeTable.PENALTY_KIND.canonical(value)).isEmpty();
        assertThat(CodeTable.PENALTY_KIND.contains(value)).isFalse();
    }

    @Test
    void nullHasNoLabel() {
        assertThat(CodeTable.PENALTY_KIND.canonical(null)).isEmpty();
    }

    /** The kinds of the Administrative Penalty Law (2021), as listed in STANDARD.md. */
    @ParameterizedTest
    @ValueSource(strings = {"警告", "通报批评", "罚款", "没收违法所得", "没收非法财物", "暂扣许可证件", "降低资质等级",
            "吊销许可证件", "限制开展生产经营活动", "责令停产停业", "责令关闭", "限制从业", "行政拘留", "其他"})
    void everyPenaltyKindOfTheStandardIsInTheTable(String kind) {
        assertThat(CodeTable.PENALTY_KIND.canonical(kind)).contains(kind);
    }

    @Test
    void idTypeTableHasTheResidentIdCard() {
        assertThat(CodeTable.ID_TYPE.canonical("001")).contains("身份证");
        assertThat(CodeTable.ID_TYPE.canonical("身份证")).contains("身份证");
        assertThat(CodeTable.ID_TYPE.name()).isEqualTo("id-type");
    }

    @Test
    void missingTableIsAnError() {
        assertThatIllegalStateException().isThrownBy(() -> CodeTable.named("no-such-table"))
                .withMessageContaining("no-such-table");
    }
}
