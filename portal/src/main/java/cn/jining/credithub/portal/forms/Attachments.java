package cn.jining.credithub.portal.forms;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.web.multipart.MultipartFile;

/**
 * The files a form may carry: at most a few, each PDF, PNG or JPEG by its content (not by the name or type the
 * browser claims), the size bounded by the server's multipart limits before any byte reaches here.
 */
public final class Attachments {

    /** One checked file. */
    public record Attachment(String name, String contentType, byte[] content) {
    }

    private enum Type {
        PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}, ".pdf"),
        PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, ".png"),
        JPEG("image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}, ".jpg", ".jpeg");

        final String mediaType;
        final byte[] magic;
        final List<String> extensions;

        Type(String mediaType, byte[] magic, String... extensions) {
            this.mediaType = mediaType;
            this.magic = magic;
            this.extensions = List.of(extensions);
        }
    }

    private static final int MAX_NAME = 100;

    private Attachments() {
    }

    /** The files sent, checked; empty file inputs are ignored. */
    public static List<Attachment> check(List<MultipartFile> files, int max) throws FormProblem, IOException {
        List<Attachment> checked = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (file.isEmpty()) {
                continue;
            }
            if (checked.size() == max) {
                throw new FormProblem("附件最多 " + max + " 个。");
            }
            String name = safeName(file.getOriginalFilename());
            byte[] content = file.getBytes();
            Type type = Arrays.stream(Type.values()).filter(t -> startsWith(content, t.magic)).findFirst()
                    .filter(t -> t.extensions.stream().anyMatch(name.toLowerCase(Locale.ROOT)::endsWith))
                    .orElseThrow(() -> new FormProblem("附件“" + name + "”不是 PDF、PNG 或 JPEG 文件（按文件内容判断）。"));
            checked.add(new Attachment(name, type.mediaType, content));
        }
        return checked;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    /** The file's own name, without any path, control character or more than a bounded length. */
    private static String safeName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
        if (name.length() > MAX_NAME) {
            name = name.substring(name.length() - MAX_NAME);
        }
        return name.isEmpty() ? "附件" : name;
    }
}
