package cn.jining.credithub.services.report;

import java.util.List;

/** A section of a credit report (base information, penalties, licences, list entries) with its entries. */
public record ReportSection(String title, List<ReportEntry> entries) {

    public ReportSection {
        entries = List.copyOf(entries);
    }
}
