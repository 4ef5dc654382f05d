package cn.jining.credithub.contracts.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What no destination can store is found, whatever surrounds it; what is storable survives UTF-8 unchanged. */
class StorableCharactersTest {

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "a\u0001b", "\u001F", "id\u001B[31m", "\uD800", "x\uDC00", "\uDBFF ",
            "\uFDD0", "\uFDEF", "\uFFFE", "\uFFFF", "a\uD83F\uDFFE", "\uDBFF\uDFFF"})
    void identifiersRefuseControlsLoneSurrogatesAndNonCharacters(String value) {
        assertThat(StorableCharacters.firstForbidden(value, false)).isNotNegative();
        assertThat(StorableCharacters.firstForbidden(value, true)).isNotNegative();
    }

    @ParameterizedTest
    @ValueSource(strings = {"BATCH-2026-0001", "济宁-许可-01", "😀\uD83D\uDE00", "\uFDCF\uFDF0\uFFFD", "a b", "\u007F"})
    void ordinaryTextIsStorable(String value) {
        assertThat(StorableCharacters.firstForbidden(value, false)).isEqualTo(-1);
    }

    @Property
    void lineBreaksAndTabAreFreeTextOnly(@ForAll("lineBreaks") String separator) {
        String text = "第一行" + separator + "第二行";
        assertThat(StorableCharacters.firstForbidden(text, true)).isEqualTo(-1);
        assertThat(StorableCharacters.firstForbidden(text, false)).isEqualTo(3);
    }

    /** The reason for the rule: two different accepted ids never become one key in UTF-8 (JSON, XML, SQL). */
    @Property(tries = 2000)
    void whateverIsStorableSurvivesUtf8Unchanged(@ForAll("anyChars") String value) {
        boolean survives = new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(value);
        if (StorableCharacters.firstForbidden(value, true) < 0) {
            assertThat(survives).isTrue();
        }
        if (!survives) {
            assertThat(StorableCharacters.firstForbidden(value, false)).isNotNegative();
        }
    }

    @Property(tries = 500)
    void aLoneSurrogateIsFoundWhereverItIs(@ForAll("anyChars") String prefix, @ForAll("surrogates") char lone) {
        String clean = Echo.of(prefix).replace("…", "");
        assertThat(StorableCharacters.firstForbidden(clean + lone, false)).isEqualTo(clean.length());
    }

    @Property(tries = 500)
    void anEchoIsShortStorableAndKeepsAShortCleanValue(@ForAll("anyChars") String value) {
        String echo = Echo.of(value);
        // A prefix of MAX_CHARACTERS code points, each at most a six-character escape, and the ellipsis.
        assertThat(echo.length()).isLessThanOrEqualTo(6 * Echo.MAX_CHARACTERS + 1);
        assertThat(StorableCharacters.firstForbidden(echo, false)).isEqualTo(-1);
        if (StorableCharacters.firstForbidden(value, false) < 0
                && value.codePointCount(0, value.length()) <= Echo.MAX_CHARACTERS) {
            assertThat(echo).isEqualTo(value);
        }
    }

    @Property(tries = 50)
    void aMegabyteEchoesAsABoundedPrefix(@ForAll("anyChars") String value) {
        String huge = "R".repeat(1 << 20) + value;
        assertThat(Echo.of(huge)).isEqualTo("R".repeat(Echo.MAX_CHARACTERS) + "…");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\uD800", "\uFFFF"})
    void anEchoNamesTheForbiddenCharacter(String bad) {
        assertThat(Echo.of("id" + bad)).isEqualTo(String.format("id\\u%04X", (int) bad.charAt(0)));
    }

    @Provide
    Arbitrary<String> anyChars() {
        return Arbitraries.strings().all().ofMaxLength(150);
    }

    @Provide
    Arbitrary<Character> surrogates() {
        return Arbitraries.chars().range(Character.MIN_SURROGATE, Character.MAX_SURROGATE);
    }

    @Provide
    Arbitrary<String> lineBreaks() {
        return Arbitraries.of("\n", "\r", "\t", "\r\n");
    }
}
