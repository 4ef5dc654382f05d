package cn.jining.credithub.repository.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The register of issued credit reports ({@code credit_report}), looked up by number or by the PDF's SM3. */
public class IssuedReportStore {

    private static final String COLUMNS = "report_number, subject_category, subject_code, requested_by, purpose, "
            + "issued_at, content_sm3, pdf_sm3, signature";

    private final JdbcTemplate jdbc;

    public IssuedReportStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Registers a report; a report number is never reused (the primary key refuses a second one). */
    public void register(IssuedReport report) {
        jdbc.update("INSERT INTO credit_report (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                report.reportNumber(), report.subjectCategory(), report.subjectCode(), report.requestedBy(),
                report.purpose(), OffsetDateTime.ofInstant(report.issuedAt(), ZoneOffset.UTC), report.contentSm3(),
                report.pdfSm3(), report.signature());
    }

    public Optional<IssuedReport> byNumber(String reportNumber) {
        return jdbc.query("SELECT " + COLUMNS + " FROM credit_report WHERE report_number = ?", IssuedReportStore::row,
                reportNumber).stream().findFirst();
    }

    public Optional<IssuedReport> byPdfDigest(String pdfSm3) {
        return jdbc.query("SELECT " + COLUMNS + " FROM credit_report WHERE pdf_sm3 = ?", IssuedReportStore::row,
                pdfSm3).stream().findFirst();
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }

    private static IssuedReport row(ResultSet rs, int rowNum) throws SQLException {
        return new IssuedReport(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getString(7).trim(), trimmed(rs.getString(8)),
                rs.getString(9));
    }
}
