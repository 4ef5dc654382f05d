package cn.jining.credithub.simulator;

import java.util.Locale;

/** How the simulated province behaves now; switched at run time through the control API. */
public enum SimulatorMode {
    /** Verifies, stores and acknowledges every batch. */
    UP,
    /** The province port is closed: connections are refused, as when the platform is down. */
    DOWN,
    /** Answers, but only after the configured delay (past a sender's timeout). */
    SLOW,
    /** Answers every request with 503 and processes nothing. */
    ERRORS,
    /** Verifies and stores each batch, then drops the connection instead of sending the acknowledgement. */
    LOSE_ACKS;

    /** The control API's name of this mode: {@code up}, {@code down}, {@code slow}, {@code errors}, {@code lose-acks}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The mode named {@code name} (case-insensitive, {@code -} or {@code _}); otherwise an exception naming the choices. */
    public static SimulatorMode parse(String name) {
        if (name != null) {
            String normalised = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            for (SimulatorMode mode : values()) {
                if (mode.name().equals(normalised)) {
                    return mode;
                }
            }
        }
        throw new IllegalArgumentException("unknown mode '" + name + "': one of up, down, slow, errors, lose-acks");
    }
}
