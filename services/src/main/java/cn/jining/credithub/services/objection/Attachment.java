package cn.jining.credithub.services.objection;

/**
 * An attachment of an objection as stored: its file name, the media type its content was recognised as, its size
 * and SM3 (lower-case hex). {@code content} is only filled where it is read back for the bureau.
 */
public record Attachment(String fileName, String mediaType, long size, String sm3, byte[] content) {

    /** The same attachment without its content (for listings and tracking). */
    public Attachment described() {
        return new Attachment(fileName, mediaType, size, sm3, null);
    }
}
