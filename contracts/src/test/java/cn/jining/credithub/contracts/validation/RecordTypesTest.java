package cn.jining.credithub.contracts.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import cn.jining.credithub.contracts.code.CodeTable;
import cn.jining.credithub.contracts.exchange.AcceptedRecord;
import cn.jining.credithub.contracts.record.CreditRecord;
import cn.jining.credithub.contracts.record.FieldFormat;
import cn.jining.credithub.contracts.record.FieldSpec;
import cn.jining.credithub.contracts.record.RecordCategory;
import cn.jining.credithub.contracts.sample.SampleRecords;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every category's record type is fully described by its {@link cn.jining.credithub.contracts.record.Field}s. */
class RecordTypesTest {

    @ParameterizedTest
    @EnumSource(RecordCategory.class)
    void everyComponentHasItsFieldDescription(RecordCategory category) {
        Class<? extends CreditRecord> type = category.recordType();
        assertThatCode(() -> FieldSpec.of(type)).doesNotThrowAnyException();
        assertThat(FieldSpec.of(type)).extracting(FieldSpec::name).containsExactlyElementsOf(
                Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toList());
        assertThat(FieldSpec.of(type)).allSatisfy(spec -> assertThat(spec.field().zh()).isNotBlank());
    }

    @ParameterizedTest
    @EnumSource(RecordCategory.class)
    void everyCodeTableExists(RecordCategory category) {
        for (FieldSpec spec : FieldSpec.of(category.recordType())) {
            String table = spec.field().codeTable();
            if (!table.isEmpty()) {
                assertThatCode(() -> CodeTable.named(table)).as(spec.name()).doesNotThrowAnyException();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(RecordCategory.class)
    void everyDocumentNumberNamesItsTypeField(RecordCategory category) {
        for (FieldSpec spec : FieldSpec.of(category.recordType())) {
            if (spec.field().format() == FieldFormat.DOCUMENT_NUMBER) {
                assertThat(FieldSpec.find(category.recordType(), spec.field().documentTypeField()))
                        .as(spec.name())
                        .hasValueSatisfying(type -> assertThat(type.field().codeTable()).isEqualTo("id-type"));
                assertThat(spec.field().personal()).as(spec.name()).isTrue();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(RecordCategory.class)
    void samplesOfEveryCategoryAreAcceptedAndDistinct(RecordCategory category) {
        CategoryFixture fixture = new CategoryFixture(category);
        Set<String> subjects = new HashSet<>();
        Set<String> fingerprints = new HashSet<>();
        for (int n : List.of(1, 2, 49, 50, 9_999, 10_000, 123_457)) {
            AcceptedRecord accepted = fixture.accept(SampleRecords.of(category, n));
            assertThat(accepted.category()).isEqualTo(category.name());
            subjects.add(accepted.subjectCode());
            fingerprints.add(accepted.fingerprint());
        }
        assertThat(subjects).hasSize(7);
        assertThat(fingerprints).hasSize(7);
    }

    @ParameterizedTest
    @EnumSource(RecordCategory.class)
    void categoryByCodeAndByLabel(RecordCategory category) {
        assertThat(RecordCategory.of(category.name())).contains(category);
        assertThat(RecordCategory.of(category.label())).contains(category);
        assertThat(SampleRecords.record(category, "r-1", 1).category()).isEqualTo(category.name());
    }

    @Test
    void labelsAreDistinct() {
        assertThat(Arrays.stream(RecordCategory.values()).map(RecordCategory::label)).doesNotHaveDuplicates();
    }

    @Test
    void theSameEnterpriseAcrossCategories() {
        String penalised = new CategoryFixture(RecordCategory.ADMIN_PENALTY).accept(SampleRecords.penalty(8))
                .subjectCode();
        for (RecordCategory category : List.of(RecordCategory.ADMIN_LICENCE, RecordCategory.CREDIT_LIST,
                RecordCategory.ENTERPRISE_BASICS)) {
            assertThat(new CategoryFixture(category).accept(SampleRecords.of(category, 8)).subjectCode())
                    .as(category.name()).isEqualTo(penalised);
        }
    }
}
