package cn.jining.credithub.repository.query;

/**
 * One subject of the three base databases as the index knows it: its key (category and code), the code a caller
 * types, its name and, once base information arrived, its division code.
 */
public record SubjectSummary(String subjectCategory, String subjectCode, String lookupCode, String name,
                             String region) {
}
