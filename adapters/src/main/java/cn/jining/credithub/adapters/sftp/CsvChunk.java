package cn.jining.credithub.adapters.sftp;

import cn.jining.credithub.contracts.exchange.Submission;

/** One batch of a file's rows as a Submission, with the file line each record started on (by record index). */
public record CsvChunk(Submission submission, long[] lines) {
}
