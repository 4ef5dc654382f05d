package cn.jining.credithub.services.policy;

/** A query, batch check or voucher action refused, naming the {@link PolicyRule} that refused it and why. */
public class QueryRefusedException extends RuntimeException {

    private final PolicyRule rule;

    public QueryRefusedException(PolicyRule rule, String message) {
        super(message);
        this.rule = rule;
    }

    public PolicyRule rule() {
        return rule;
    }
}
