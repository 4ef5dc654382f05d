package cn.jining.credithub.adapters.province;

/**
 * The province could not take a batch now: unreachable, too slow, answering 5xx or 429, the circuit open, or an
 * acknowledgement that did not verify. Transient by definition: the batch is kept and sent again.
 */
public class ProvinceUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    public ProvinceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public ProvinceUnavailableException(String message) {
        super(message);
    }
}
