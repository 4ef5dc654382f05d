package cn.jining.credithub.repository;

/** A record's identity in the repository: its category, the source that owns it and the source's record id. */
record RecordKey(String category, String sourceId, String recordId) {
}
