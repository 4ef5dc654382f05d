package cn.jining.credithub.repository;

/**
 * What one write did: records inserted or made current, records already held with the same content, and records
 * that arrived after a newer version of them and went to the record's history only ({@code late}).
 */
public record WriteResult(int written, int unchanged, int late) {

    public WriteResult(int written, int unchanged) {
        this(written, unchanged, 0);
    }
}
