package cn.jining.credithub.services.report;

/** One labelled value of a report entry, as printed (already masked where the reader's policy requires). */
public record ReportField(String label, String value) {
}
