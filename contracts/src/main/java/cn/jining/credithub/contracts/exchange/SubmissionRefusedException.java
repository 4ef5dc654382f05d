package cn.jining.credithub.contracts.exchange;

/** A submission refused as a whole, with the refusal and a message that names what and where. */
public class SubmissionRefusedException extends RuntimeException {

    private final Refusal refusal;

    public SubmissionRefusedException(Refusal refusal, String message) {
        super(message);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
