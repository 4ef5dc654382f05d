package cn.jining.credithub.services.objection;

/**
 * The working days a bureau has to acknowledge and to decide an objection. Not confirmed by a primary text
 * (docs/publication.md): configurable, credithub.objections.*.
 */
public record ObjectionDeadlines(int acknowledgeWorkingDays, int decideWorkingDays) {

    public ObjectionDeadlines {
        if (acknowledgeWorkingDays < 1 || decideWorkingDays < acknowledgeWorkingDays) {
            throw new IllegalArgumentException("deadlines must be 1 <= acknowledge <= decide working days: "
                    + acknowledgeWorkingDays + ", " + decideWorkingDays);
        }
    }
}
