package cn.jining.credithub.contracts.seal;

import java.util.OptionalInt;

/** An envelope was refused: the stable {@link SealFailure} code and, for an altered record, its index. */
public class SealException extends Exception {

    private static final long serialVersionUID = 1L;
    private final SealFailure code;
    private final Integer recordIndex;

    public SealException(SealFailure code, String message) {
        this(code, null, message, null);
    }

    public SealException(SealFailure code, String message, Throwable cause) {
        this(code, null, message, cause);
    }

    public SealException(SealFailure code, Integer recordIndex, String message, Throwable cause) {
        super(code + ": " + message, cause);
        this.code = code;
        this.recordIndex = recordIndex;
    }

    public SealFailure code() {
        return code;
    }

    /** The index (in batch order) of the record found altered; empty when the failure is not about one record. */
    public OptionalInt recordIndex() {
        return recordIndex == null ? OptionalInt.empty() : OptionalInt.of(recordIndex);
    }
}
