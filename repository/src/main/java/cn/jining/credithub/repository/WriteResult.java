package cn.jining.credithub.repository;

/** What one write did: records inserted or changed, and records already present with the same content. */
public record WriteResult(int written, int unchanged) {
}
