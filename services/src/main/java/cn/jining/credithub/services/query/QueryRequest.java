package cn.jining.credithub.services.query;

import java.util.List;

/**
 * One profile query as a party sends it.
 *
 * @param requestId        the caller's id of the request (the audit entry's batch id)
 * @param partyId          the authenticated party
 * @param onBehalfOf       the person or unit the party asks for (an officer, the window's operator and the subject)
 * @param code             the subject's credit code or document number
 * @param subjectCategory  optional: LEGAL_PERSON, NATURAL_PERSON or INDIVIDUAL_BUSINESS, when the code is ambiguous
 * @param purpose          the 查询事由
 * @param categories       optional: the categories wanted; empty means all the party may read
 * @param voucher          the subject's voucher token (agencies and platforms)
 * @param identityChecked  the service window's operator checked the subject's identity
 */
public record QueryRequest(String requestId, String partyId, String onBehalfOf, String code, String subjectCategory,
                           String purpose, List<String> categories, String voucher, boolean identityChecked) {

    public QueryRequest {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }
}
