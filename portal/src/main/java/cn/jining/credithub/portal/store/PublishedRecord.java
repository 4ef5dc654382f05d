package cn.jining.credithub.portal.store;

import cn.jining.credithub.contracts.record.RecordCategory;
import java.time.Instant;
import java.time.LocalDate;

/** A record as the site shows it: what the last applied publication event said, masked by the hub. */
public record PublishedRecord(String recordKey, long sequence, RecordCategory category, String sourceName,
                              String subjectCode, String subjectName, ListType listType, LocalDate publishedFrom,
                              LocalDate publishedUntil, boolean underObjection, String fieldsJson, Instant updatedAt) {
}
