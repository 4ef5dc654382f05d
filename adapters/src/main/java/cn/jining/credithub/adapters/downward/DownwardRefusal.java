package cn.jining.credithub.adapters.downward;

/**
 * Why the downward endpoint refused an envelope: a {@link cn.jining.credithub.contracts.seal.SealFailure} code,
 * or {@code MALFORMED} for a body that is not an envelope at all; with the HTTP status it is answered with.
 */
public class DownwardRefusal extends Exception {

    private static final long serialVersionUID = 1L;
    private final String code;
    private final int httpStatus;

    public DownwardRefusal(String code, int httpStatus, String message) {
        super(message);
        this.code = code;
        this.httpStatus = httpStatus;
    }

    public String code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
