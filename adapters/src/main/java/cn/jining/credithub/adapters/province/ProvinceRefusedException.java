package cn.jining.credithub.adapters.province;

/**
 * The province answered and refused the batch for good (a 4xx with its code, e.g. UNKNOWN_SIGNER when it does not
 * trust the hub's certificate): sending it again unchanged cannot help, so it goes to the dead letters with this reason.
 */
public class ProvinceRefusedException extends Exception {

    private static final long serialVersionUID = 1L;
    private final int status;
    private final String code;

    public ProvinceRefusedException(int status, String code, String message) {
        super("the province refused the batch with " + status + " " + code + ": " + message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
