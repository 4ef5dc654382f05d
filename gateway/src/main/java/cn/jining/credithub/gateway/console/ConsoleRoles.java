package cn.jining.credithub.gateway.console;

/** The console's roles: Spring Security authorities are {@code ROLE_<name>}, Hawtio sees the bare name. */
public final class ConsoleRoles {

    /** Reads attributes (routes, statistics, queue depths), never secrets or queued records; invokes nothing. */
    public static final String VIEWER = "viewer";
    /**
     * May also act, each action audited: browse, move, retry and remove queued messages, start and stop routes
     * (console/jolokia-operator.xml); replay and discard dead letters (admin API).
     */
    public static final String OPERATOR = "operator";

    private ConsoleRoles() {
    }

    static String authority(String role) {
        return "ROLE_" + role;
    }
}
