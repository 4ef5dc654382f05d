package cn.jining.credithub.adapters.downward;

/** A subscriber did not take a downward batch (e.g. its callback answered 503); the batch stays queued for it. */
public class DownwardDeliveryException extends Exception {

    private static final long serialVersionUID = 1L;

    public DownwardDeliveryException(String message) {
        super(message);
    }
}
