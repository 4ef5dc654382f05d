package cn.jining.credithub.contracts.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jining.credithub.contracts.json.ContractsJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    @Test
    void sm3OfAbcIsTheGbt32905Vector() {
        assertThat(Fingerprint.sm3Hex("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    void sm3Of64BytesIsTheGbt32905Vector() {
        assertThat(Fingerprint.sm3Hex("abcd".repeat(16).getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
    }

    @Test
    void canonicalJsonSortsKeysAtEveryLevelAndDropsNulls() {
        JsonNode tree = json("""
                {"b": 1, "a": {"d": null, "c": [{"z": 1, "y": null, "x": "文"}], "b": true}, "n": null}""");
        assertThat(Fingerprint.canonicalJson(tree))
                .isEqualTo("{\"a\":{\"b\":true,\"c\":[{\"x\":\"文\",\"z\":1}]},\"b\":1}");
    }

    @Test
    void canonicalJsonKeepsArrayOrder() {
        assertThat(Fingerprint.canonicalJson(json("[3, 1, 2]"))).isEqualTo("[3,1,2]");
    }

    @Test
    void fingerprintIgnoresKeyOrderAndNullsButNotContentOrCategory() {
        String fp = Fingerprint.of("ADMIN_PENALTY", json("{\"a\": 1, \"b\": \"x\"}"));
        assertThat(fp).matches("[0-9a-f]{64}");
        assertThat(Fingerprint.of("ADMIN_PENALTY", json("{\"b\": \"x\", \"c\": null, \"a\": 1}"))).isEqualTo(fp);
        assertThat(Fingerprint.of("ADMIN_PENALTY", json("{\"a\": 2, \"b\": \"x\"}"))).isNotEqualTo(fp);
        assertThat(Fingerprint.of("ADMIN_LICENCE", json("{\"a\": 1, \"b\": \"x\"}"))).isNotEqualTo(fp);
    }

    private static JsonNode json(String text) {
        try {
            return ContractsJson.mapper().readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
