package cn.jining.credithub.services.policy;

/** The kinds of party the platform serves (issue 12), each with its own way of being allowed to read. */
public enum ServiceRole {
    /** A city-level party, government or judicial body: reads within its categories, every county's subjects. */
    CITY_BUREAU,
    /** A county-level body: as a city bureau, but only subjects registered in its county's divisions. */
    COUNTY_BUREAU,
    /** The platform's service window: a subject's own full information, identity checked by the operator. */
    SERVICE_WINDOW,
    /** A credit service agency: one subject's information within the scope of that subject's voucher. */
    CREDIT_AGENCY,
    /** A social application platform: automatic queries under the subject's electronic authorisation. */
    PLATFORM;

    /** Agencies and platforms read only what a subject authorised. */
    public boolean needsVoucher() {
        return this == CREDIT_AGENCY || this == PLATFORM;
    }
}
