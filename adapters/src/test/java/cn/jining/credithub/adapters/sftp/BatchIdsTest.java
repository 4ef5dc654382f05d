package cn.jining.credithub.adapters.sftp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jining.credithub.contracts.exchange.StorableCharacters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A file name or row id from outside always gives a batch id the intake takes, and different names different ids. */
class BatchIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000.csv", "a\uD800.csv", "a\uFFFF.csv", "line\nbreak.csv", "😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀.csv"})
    void aNameNoDestinationCouldStoreStillGivesAStorableBoundedId(String name) {
        String id = BatchIds.of(name, 1);
        assertThat(id.length()).isLessThanOrEqualTo(BatchIds.MAX);
        assertThat(StorableCharacters.firstForbidden(id, false)).isEqualTo(-1);
        assertThat(id).endsWith("#1");
    }

    @Test
    void differentNamesGiveDifferentIdsEvenWhenTheirEchoesAgree() {
        assertThat(BatchIds.of("a\u0000.csv", 1)).isNotEqualTo(BatchIds.of("a\\u0000.csv", 1));
        assertThat(BatchIds.of("a\uD800.csv", 1)).isNotEqualTo(BatchIds.of("a\uDC00.csv", 1));
        assertThat(BatchIds.of("plain.csv", 2)).isEqualTo("plain.csv#2");
    }
}
