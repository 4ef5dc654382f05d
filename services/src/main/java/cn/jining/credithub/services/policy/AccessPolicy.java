package cn.jining.credithub.services.policy;

import cn.jining.credithub.contracts.fingerprint.Fingerprint;
import cn.jining.credithub.contracts.json.ContractsJson;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The access policy as data, deny by default: a party without an entry reads nothing. Its {@link #fingerprint}
 * (SM3 of its canonical JSON) is what the audit trail records when the policy changes.
 */
public final class AccessPolicy {

    private final Map<String, PartyPolicy> parties = new LinkedHashMap<>();
    private final String fingerprint;

    public AccessPolicy(Collection<PartyPolicy> entries) {
        for (PartyPolicy entry : entries) {
            if (parties.putIfAbsent(entry.partyId(), entry) != null) {
                throw new IllegalArgumentException("credithub.query.parties: " + entry.partyId() + " appears twice");
            }
        }
        List<PartyPolicy> sorted = parties.values().stream().sorted(Comparator.comparing(PartyPolicy::partyId)).toList();
        this.fingerprint = Fingerprint.sm3Hex(Fingerprint.canonicalJson(ContractsJson.mapper().valueToTree(sorted))
                .getBytes(StandardCharsets.UTF_8));
    }

    public Optional<PartyPolicy> of(String partyId) {
        return Optional.ofNullable(partyId == null ? null : parties.get(partyId));
    }

    /** The party's entry, or a refusal naming {@link PolicyRule#NO_POLICY}. */
    public PartyPolicy require(String partyId) {
        return of(partyId).orElseThrow(() -> new QueryRefusedException(PolicyRule.NO_POLICY,
                "party " + partyId + " has no entry in the access policy"));
    }

    public Collection<PartyPolicy> parties() {
        return parties.values();
    }

    public String fingerprint() {
        return fingerprint;
    }
}
