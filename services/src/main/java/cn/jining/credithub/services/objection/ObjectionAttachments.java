package cn.jining.credithub.services.objection;

import cn.jining.credithub.contracts.fingerprint.Fingerprint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Checks an objection's attachments before anything is stored: bounded in number and size, and of an accepted type
 * recognised by the content's first bytes (never the client's name or declared type: SECURITY, a renamed executable
 * stays refused). Each is kept with its SM3 so the bureau and the subject can check they see the same file.
 */
public final class ObjectionAttachments {

    /** Recognised types by their magic bytes: PDF, PNG, JPEG (scans and photographs of evidence). */
    private static final Map<String, byte[]> MAGIC = Map.of(
            "application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'},
            "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
            "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
    private final int maxCount;
    private final long maxBytes;

    public ObjectionAttachments(int maxCount, long maxBytes) {
        this.maxCount = maxCount;
        this.maxBytes = maxBytes;
    }

    /** The attachments checked, typed and hashed; refused naming the attachment and the reason. */
    public List<Attachment> check(List<Attachment> uploads) {
        if (uploads.size() > maxCount) {
            throw new ObjectionRefusedException("attachments", uploads.size() + " attachments, at most " + maxCount);
        }
        List<Attachment> checked = new ArrayList<>(uploads.size());
        for (int i = 0; i < uploads.size(); i++) {
            Attachment upload = uploads.get(i);
            String field = "attachments[" + i + "]";
            byte[] content = upload.content();
            if (content == null || content.length == 0) {
                throw new ObjectionRefusedException(field, "empty");
            }
            if (content.length > maxBytes) {
                throw new ObjectionRefusedException(field, content.length + " bytes, at most " + maxBytes);
            }
            String type = MAGIC.entrySet().stream().filter(m -> startsWith(content, m.getValue())).map(Map.Entry::getKey)
                    .findFirst().orElseThrow(() -> new ObjectionRefusedException(field,
                            "not a PDF, PNG or JPEG file (by its content)"));
            checked.add(new Attachment(fileName(field, upload.fileName()), type, content.length,
                    Fingerprint.sm3Hex(content), content));
        }
        return checked;
    }

    /** The file name without any folder, bounded, without control characters. */
    private static String fileName(String field, String name) {
        String base = name == null ? "" : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (base.isBlank() || base.length() > 200 || base.codePoints().anyMatch(Character::isISOControl)) {
            throw new ObjectionRefusedException(field + ".fileName", "1 to 200 characters, no control characters");
        }
        return base;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
