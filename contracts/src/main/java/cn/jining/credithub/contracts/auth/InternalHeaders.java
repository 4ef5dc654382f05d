package cn.jining.credithub.contracts.auth;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one rule of the hub's boundary: which message header names belong to the hub and never come from outside
 * (the hub's own {@code CreditHub…}, Camel's {@code Camel…} and {@code breadcrumbId}, JMS' and Artemis' {@code JMS…}
 * and {@code _AMQ…}), whatever their case; and which of them may travel on the hub's queues. Every channel's edge
 * drops internal names a client sent (query parameters, HTTP and SOAP headers); every queue send carries only
 * {@link #mayQueue} names.
 */
public final class InternalHeaders {

    /** The prefix of the hub's own headers (routes' Headers use it). */
    public static final String HUB_PREFIX = "CreditHub";
    private static final List<String> INTERNAL_PREFIXES = List.of("credithub", "camel", "jms", "_amq", "_hq",
            "breadcrumbid");
    /**
     * Names other than the hub's own that the hub itself sets on queued messages: where a dead letter came from
     * (Artemis routes a retry by them) and a message group (per-record order).
     */
    private static final Set<String> QUEUED_BROKER_NAMES = Set.of("_AMQ_ORIG_ADDRESS", "_AMQ_ORIG_QUEUE", "JMSXGroupID");

    private InternalHeaders() {
    }

    /** True for a name only the hub may set; a client's header, parameter or SOAP header of that name is dropped. */
    public static boolean isInternal(String name) {
        if (name == null) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return INTERNAL_PREFIXES.stream().anyMatch(lower::startsWith);
    }

    /** True for a header a queued message may carry (an allow-list: everything else stays off the broker). */
    public static boolean mayQueue(String name) {
        return name != null && (name.startsWith(HUB_PREFIX) || QUEUED_BROKER_NAMES.contains(name));
    }
}
