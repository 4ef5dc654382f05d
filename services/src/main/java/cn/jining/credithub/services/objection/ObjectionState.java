package cn.jining.credithub.services.objection;

/** Where an objection stands: waiting for the bureau to acknowledge, to decide, or decided. */
public enum ObjectionState {
    FILED, ACKNOWLEDGED, UPHELD, REJECTED;

    public boolean open() {
        return this == FILED || this == ACKNOWLEDGED;
    }
}
