package cn.jining.credithub.services.report;

import java.util.List;

/** One record in a report section: a heading (e.g. the decision number) and its fields in print order. */
public record ReportEntry(String heading, List<ReportField> fields) {

    public ReportEntry {
        fields = List.copyOf(fields);
    }
}
