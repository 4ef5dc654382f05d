package cn.jining.credithub.contracts.record;

/** Builds the subject key of records that name their subject by category, credit code or identity document. */
final class SubjectKeys {

    private SubjectKeys() {
    }

    /**
     * Organisations by their credit code, natural persons by document type and number; the same form
     * every category uses, so that one subject's records of every category share one key.
     */
    static SubjectKey of(SubjectCategory category, String uscc, String idType, String idNumber) {
        if (category == null) {
            return null;
        }
        return category.keyedByCreditCode()
                ? new SubjectKey(category, uscc)
                : new SubjectKey(category, idType + ":" + idNumber);
    }
}
