package cn.jining.credithub.portal.store;

/** One legal person found by a search, with how many of its records are shown. */
public record SubjectHit(String subjectCode, String subjectName, int records) {
}
