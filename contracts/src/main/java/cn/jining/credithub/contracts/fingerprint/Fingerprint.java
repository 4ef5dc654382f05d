package cn.jining.credithub.contracts.fingerprint;

import cn.jining.credithub.contracts.json.ContractsJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import org.bouncycastle.crypto.digests.SM3Digest;

/**
 * The fingerprint of a record: SM3 (GB/T 32905) over its canonical JSON form. The canonical form has
 * object keys sorted, no insignificant white space and nulls removed, so the same content gives the
 * same fingerprint whichever channel it came through.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    /** Hex SM3 of the canonical form of {@code {"category": category, "data": data}}. */
    public static String of(String category, JsonNode data) {
        ObjectNode envelope = ContractsJson.mapper().createObjectNode();
        envelope.put("category", category);
        envelope.set("data", data);
        return sm3Hex(canonicalJson(envelope).getBytes(StandardCharsets.UTF_8));
    }

    public static String sm3Hex(byte[] input) {
        Sm3 sm3 = new Sm3();
        sm3.update(input, 0, input.length);
        return sm3.hex();
    }

    /** SM3 fed piece by piece, for bytes hashed while they stream in (a request body), then its lower-case hex. */
    public static final class Sm3 {
        private final SM3Digest digest = new SM3Digest();

        public void update(byte[] bytes, int offset, int length) {
            digest.update(bytes, offset, length);
        }

        /** The hex digest of everything fed so far; the hasher starts over afterwards. */
        public String hex() {
            byte[] out = new byte[digest.getDigestSize()];
            digest.doFinal(out, 0);
            return HexFormat.of().formatHex(out);
        }
    }

    /** The canonical JSON text of a tree: keys sorted at every level, nulls dropped. */
    public static String canonicalJson(JsonNode node) {
        try {
            return ContractsJson.mapper().writeValueAsString(sorted(node));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            Collections.sort(names);
            ObjectNode out = ContractsJson.mapper().createObjectNode();
            for (String name : names) {
                JsonNode child = node.get(name);
                if (!child.isNull()) {
                    out.set(name, sorted(child));
                }
            }
            return out;
        }
        if (node.isArray()) {
            var out = ContractsJson.mapper().createArrayNode();
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                out.add(sorted(it.next()));
            }
            return out;
        }
        return node;
    }
}
