package cn.jining.credithub.contracts.province;

/** An acknowledgement was refused: it is unsigned, signed by someone else, or acknowledges another batch. */
public class AcknowledgementException extends Exception {

    private static final long serialVersionUID = 1L;

    public AcknowledgementException(String message) {
        super(message);
    }
}
