package cn.jining.credithub.services.policy;

import cn.jining.credithub.repository.query.AccessLedger;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The checks every request passes before anything is read: the party has a policy entry, states a purpose its policy
 * lists, and is within its rate and its daily quota (days in China Standard Time).
 */
public final class AccessGate {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** Longest 查询事由 kept; a longer one is refused rather than clipped in the audit trail. */
    public static final int MAX_PURPOSE = 200;

    private final AccessPolicy policy;
    private final RateLimiter rate;
    private final AccessLedger ledger;
    private final Clock clock;

    public AccessGate(AccessPolicy policy, AccessLedger ledger, Clock clock) {
        this.policy = policy;
        this.rate = new RateLimiter(clock);
        this.ledger = ledger;
        this.clock = clock;
    }

    public AccessPolicy policy() {
        return policy;
    }

    /** The party's policy once it may ask at all; {@code weight} queries of its daily quota are taken. */
    public PartyPolicy admit(String partyId, String purpose, int weight) {
        PartyPolicy party = policy.require(partyId);
        if (purpose == null || purpose.isBlank()) {
            throw new QueryRefusedException(PolicyRule.PURPOSE_REQUIRED, "every query states its purpose (查询事由)");
        }
        if (purpose.length() > MAX_PURPOSE || !party.purposes().contains(purpose.trim())) {
            throw new QueryRefusedException(PolicyRule.PURPOSE_NOT_ALLOWED, "purpose '" + clip(purpose)
                    + "' is not one party " + partyId + " may state: " + party.purposes());
        }
        rate.take(party);
        if (!ledger.takeQuota(partyId, LocalDate.now(clock.withZone(CHINA)), weight, party.perDay())) {
            throw new QueryRefusedException(PolicyRule.DAILY_QUOTA, "party " + partyId + " has used its "
                    + party.perDay() + " queries of today");
        }
        return party;
    }

    private static String clip(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
