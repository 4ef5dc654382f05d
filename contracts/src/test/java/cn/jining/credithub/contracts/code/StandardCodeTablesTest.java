package cn.jining.credithub.contracts.code;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The code tables of the licence, list and base-information categories: codes, labels, and what they lack. */
class StandardCodeTablesTest {

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource({
            "licence-kind,        01, 普通",
            "licence-kind,        02, 特许",
            "licence-kind,        03, 认可",
            "licence-kind,        04, 核准",
            "licence-kind,        05, 登记",
            "licence-kind,        99, 其他",
            "licence-status,      1,  有效",
            "licence-status,      2,  无效",
            "list-type,           01, 守信激励",
            "list-type,           02, 失信惩戒",
            "registration-status, 01, 存续",
            "registration-status, 02, 在业",
            "registration-status, 03, 吊销",
            "registration-status, 04, 注销",
            "registration-status, 05, 迁出",
            "registration-status, 99, 其他",
            "legal-person-kind,   01, 机关",
            "legal-person-kind,   02, 事业单位",
            "legal-person-kind,   03, 社会团体",
            "legal-person-kind,   04, 民办非企业单位",
            "legal-person-kind,   05, 基金会",
            "legal-person-kind,   99, 其他",
            "gender,              0,  未知的性别",
            "gender,              1,  男性",
            "gender,              2,  女性",
            "gender,              9,  未说明的性别",
    })
    void codeAndLabelBothMapToTheLabel(String table, String code, String label) {
        CodeTable codeTable = CodeTable.named(table);
        assertThat(codeTable.name()).isEqualTo(table);
        assertThat(codeTable.canonical(code)).contains(label);
        assertThat(codeTable.canonical(label)).contains(label);
        assertThat(codeTable.containsCode(code)).isTrue();
    }

    @ParameterizedTest(name = "{0} has no {1}")
    @CsvSource({
            "licence-kind,        许可",
            "licence-kind,        00",
            "licence-status,      过期",
            "list-type,           红名单",
            "list-type,           RED",
            "registration-status, 营业",
            "legal-person-kind,   企业",
            "gender,              男",
            "gender,              3",
    })
    void otherValuesAreNotInTheTable(String table, String value) {
        assertThat(CodeTable.named(table).contains(value)).isFalse();
    }
}
