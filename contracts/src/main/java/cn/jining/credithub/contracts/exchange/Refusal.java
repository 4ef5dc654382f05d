package cn.jining.credithub.contracts.exchange;

/**
 * Why a whole submission was refused before any record was looked at. Each refusal has a stable code
 * (the constant name) and the HTTP status the REST channel answers with; SOAP maps it to a fault.
 */
public enum Refusal {
    MALFORMED(400, "the body is not a well-formed submission"),
    EMPTY(400, "the submission carries no records"),
    TOO_LARGE(413, "the submission is larger than this hub accepts"),
    TOO_MANY_RECORDS(413, "the submission carries more records than this hub accepts in one batch"),
    UNSUPPORTED_MEDIA_TYPE(415, "the body must be application/json in UTF-8"),
    UNKNOWN_SOURCE(403, "the source is not registered with this hub"),
    UNAUTHENTICATED(401, "the request does not prove which source sent it (docs/rest-api.md, Authentication)"),
    BAD_SIGNATURE(401, "the request's signature does not verify with the source's registered certificate"),
    STALE_REQUEST(401, "the request's timestamp is outside the hub's window; sign each request when it is sent"),
    SOURCE_MISMATCH(403, "the submission names another source than the one that authenticated"),
    REPLAYED(409, "the source already sent a batch with this id; a new batch needs a new batch id"),
    UNAVAILABLE(503, "the hub cannot take submissions right now; send the same batch again later");

    /**
     * The {@code Retry-After} (seconds) of every 503 {@link #UNAVAILABLE} the hub answers, on every channel: long
     * enough for a start or a stop to pass, short enough that a source retrying as told loses no time.
     */
    public static final String RETRY_AFTER_SECONDS = "5";

    private final int httpStatus;
    private final String description;

    Refusal(int httpStatus, String description) {
        this.httpStatus = httpStatus;
        this.description = description;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String description() {
        return description;
    }
}
