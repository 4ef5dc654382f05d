package cn.jining.credithub.gateway.console;

/** The console's roles: Spring Security authorities are {@code ROLE_<name>}, Hawtio sees the bare name. */
public final class ConsoleRoles {

    /** Reads everything: routes, statistics, queues, messages. */
    public static final String VIEWER = "viewer";
    /** May also act: retry, move and delete messages, replay and discard dead letters, start and stop routes. */
    public static final String OPERATOR = "operator";

    private ConsoleRoles() {
    }

    static String authority(String role) {
        return "ROLE_" + role;
    }
}
