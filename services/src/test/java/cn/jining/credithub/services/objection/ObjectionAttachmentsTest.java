package cn.jining.credithub.services.objection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Attachments are typed by their content, bounded, hashed with SM3; hostile names and types are refused. */
class ObjectionAttachmentsTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    private final ObjectionAttachments attachments = new ObjectionAttachments(2, 64);

    @Test
    void aPdfIsRecognisedByItsContentAndKeptWithItsSm3() {
        Attachment checked = attachments.check(List.of(new Attachment("C:\\evidence\\收据.pdf", "image/gif", 0, null,
                PDF))).get(0);
        assertThat(checked.mediaType()).isEqualTo("application/pdf");
        assertThat(checked.fileName()).isEqualTo("收据.pdf");
        assertThat(checked.size()).isEqualTo(PDF.length);
        assertThat(checked.sm3()).hasSize(64).isEqualTo(
                cn.jining.credithub.contracts.fingerprint.Fingerprint.sm3Hex(PDF));
    }

    @Test
    void sm3IsTheStandardsOwn() {
        byte[] abc = "abc".getBytes(StandardCharsets.US_ASCII);
        assertThat(cn.jining.credithub.contracts.fingerprint.Fingerprint.sm3Hex(abc))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    void pngAndJpegAreAccepted() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0};
        assertThat(attachments.check(List.of(new Attachment("a.png", null, 0, null, png),
                new Attachment("b.jpg", null, 0, null, jpeg)))).extracting(Attachment::mediaType)
                .containsExactly("image/png", "image/jpeg");
    }

    @Test
    void hostileAttachmentsAreRefusedNamingWhichAndWhy() {
        byte[] exe = {'M', 'Z', (byte) 0x90, 0};
        assertThatThrownBy(() -> attachments.check(List.of(new Attachment("scan.pdf", "application/pdf", 0, null, exe))))
                .isInstanceOf(ObjectionRefusedException.class).hasMessage("attachments[0]: not a PDF, PNG or JPEG file (by its content)");
        assertThatThrownBy(() -> attachments.check(List.of(new Attachment("big.pdf", null, 0, null, new byte[65]))))
                .hasMessageContaining("attachments[0]: 65 bytes, at most 64");
        assertThatThrownBy(() -> attachments.check(List.of(new Attachment("e.pdf", null, 0, null, new byte[0]))))
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> attachments.check(List.of(new Attachment("a\u0000.pdf", null, 0, null, PDF))))
                .hasMessageContaining("attachments[0].fileName");
        assertThatThrownBy(() -> attachments.check(List.of(new Attachment("../", null, 0, null, PDF))))
                .hasMessageContaining("attachments[0].fileName");
        Attachment ok = new Attachment("a.pdf", null, 0, null, PDF);
        assertThatThrownBy(() -> attachments.check(List.of(ok, ok, ok))).hasMessage("attachments: 3 attachments, at most 2");
    }
}
