package cn.jining.credithub.repository.query;

import cn.jining.credithub.repository.RecordVersion;
import java.util.List;

/** One record of a subject: its key, its current version and its earlier versions (oldest first). */
public record ProfileRecord(String category, String sourceId, String recordId, RecordVersion current,
                            List<RecordVersion> earlier) {

    public ProfileRecord {
        earlier = List.copyOf(earlier);
    }
}
