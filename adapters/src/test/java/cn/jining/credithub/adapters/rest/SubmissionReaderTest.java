package cn.jining.credithub.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.jining.credithub.contracts.exchange.Echo;
import cn.jining.credithub.contracts.exchange.Refusal;
import cn.jining.credithub.contracts.exchange.SubmissionRefusedException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Strict input: repeated keys and unknown properties are refused as MALFORMED, naming them, never echoing much. */
class SubmissionReaderTest {

    private static final String RECORD = "{\"recordId\":\"R-1\",\"category\":\"ADMINISTRATIVE_LICENCE\",\"data\":{\"a\":\"1\"}}";

    private static SubmissionRefusedException refused(String json) {
        return catchThrowableOfType(SubmissionRefusedException.class,
                () -> SubmissionReader.read("application/json", json.getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            top level    | `{"sourceId":"s","batchId":"b","batchId":"c","records":[RECORD]}`      | 'batchId' appears more than once in the submission
            record       | `{"sourceId":"s","batchId":"b","records":[RECORD,{"recordId":"R-2","recordId":"R-3","data":{}}]}` | 'recordId' appears more than once in /records/1
            record data  | `{"sourceId":"s","batchId":"b","records":[{"recordId":"R-1","data":{"name":"A","name":"B"}}]}` | 'name' appears more than once in /records/0/data
            """)
    void aRepeatedKeyAnywhereIsMalformedAndNamed(String where, String json, String expected) {
        SubmissionRefusedException refused = refused(json.replace("RECORD", RECORD));
        assertThat(refused.refusal()).isEqualTo(Refusal.MALFORMED);
        assertThat(refused.getMessage()).contains("key " + expected).contains("line 1, column");
    }

    @Test
    void aMistypedTopLevelPropertyIsMalformedAndNamed() {
        SubmissionRefusedException refused = refused("{\"sourceId\":\"s\",\"batchId\":\"b\",\"recrods\":[" + RECORD + "]}");
        assertThat(refused.refusal()).isEqualTo(Refusal.MALFORMED);
        assertThat(refused.getMessage()).startsWith("unknown property 'recrods' at recrods");
    }

    @Test
    void aHugeKeyOrValueIsEchoedAsABoundedPrefix() {
        // Below the JSON reader's own bound on names (50,000), which refuses longer ones by itself.
        String huge = "k".repeat(40_000);
        SubmissionRefusedException duplicate = refused("{\"sourceId\":\"s\",\"batchId\":\"b\",\"records\":[{\"recordId\":\"R\","
                + "\"data\":{\"" + huge + "\":\"1\",\"" + huge + "\":\"2\"}}]}");
        SubmissionRefusedException unknown = refused("{\"" + huge + "\":1}");
        SubmissionRefusedException contentType = catchThrowableOfType(SubmissionRefusedException.class,
                () -> SubmissionReader.read("text/" + "k".repeat(1 << 20), new byte[1]));
        for (SubmissionRefusedException e : new SubmissionRefusedException[] {duplicate, unknown, contentType}) {
            assertThat(e.getMessage()).contains("k".repeat(Echo.MAX_CHARACTERS - 5) + "…").hasSizeLessThan(1000);
        }
    }

    @Test
    void aNameBeyondTheReadersBoundIsRefusedForWhatItIs() {
        assertThat(refused("{\"" + "k".repeat(1 << 20) + "\":1}").getMessage())
                .startsWith("the body exceeds a limit of the JSON reader").contains("Name length").hasSizeLessThan(1000);
    }

    @Test
    void aNulInAKeyIsEchoedAsAnEscape() {
        assertThat(refused("{\"a\\u0000b\":1}").getMessage()).contains("'a\\u0000b'").doesNotContain("\u0000");
    }
}
