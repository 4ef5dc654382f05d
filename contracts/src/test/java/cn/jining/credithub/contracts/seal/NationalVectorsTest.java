package cn.jining.credithub.contracts.seal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;

/** The published SM3 (GB/T 32905) and SM4 (GB/T 32907) examples, through the primitives the envelope uses. */
class NationalVectorsTest {

    private static final HexFormat HEX = HexFormat.of();

    @Test
    void sm3OfAbc() {
        assertThat(HEX.formatHex(new BcSm3Digest().hash("abc".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    void sm3Of64BytesGivenInParts() {
        byte[] abcd = "abcd".repeat(8).getBytes(StandardCharsets.US_ASCII);
        assertThat(HEX.formatHex(new BcSm3Digest().hash(abcd, abcd)))
                .isEqualTo("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
    }

    @Test
    void sm4SingleBlock() {
        byte[] block = HEX.parseHex("0123456789abcdeffedcba9876543210");
        assertThat(HEX.formatHex(encrypt(block, block, 1))).isEqualTo("681edf34d206965e86b3e94f536e4246");
    }

    @Test
    void sm4OneMillionRounds() {
        byte[] block = HEX.parseHex("0123456789abcdeffedcba9876543210");
        assertThat(HEX.formatHex(encrypt(block, block, 1_000_000))).isEqualTo("595298c7c6fd271f0402f804c33d3f66");
    }

    private static byte[] encrypt(byte[] key, byte[] plaintext, int rounds) {
        SM4Engine engine = new SM4Engine();
        engine.init(true, new KeyParameter(key));
        byte[] in = plaintext.clone();
        byte[] out = new byte[16];
        for (int i = 0; i < rounds; i++) {
            engine.processBlock(in, 0, out, 0);
            System.arraycopy(out, 0, in, 0, 16);
        }
        return out;
    }
}
