package cn.jining.credithub.contracts.exchange;

/**
 * The JSON body of every error answer: a stable code, a message naming what and where, and the
 * correlation id under which the hub logged it. Never a stack trace.
 */
public record ErrorBody(String error, String message, String correlationId) {
}
