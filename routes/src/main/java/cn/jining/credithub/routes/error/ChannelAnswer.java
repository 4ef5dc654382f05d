package cn.jining.credithub.routes.error;

import org.apache.camel.Exchange;

/**
 * Sets an HTTP answer on an exchange. Every header is dropped first: the HTTP consumer would otherwise
 * echo request headers (credentials among them) and the hub's internal headers back to the client.
 */
public final class ChannelAnswer {

    /**
     * The {@code Retry-After} (seconds) of every 503 the hub answers, on every channel: long enough for a start or a
     * stop to pass, short enough that a source retrying as told loses no time (docs/rest-api.md "Errors").
     */
    public static final String RETRY_AFTER_SECONDS = "5";

    private ChannelAnswer() {
    }

    public static void json(Exchange exchange, int status, String json) {
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json;charset=UTF-8");
        exchange.getMessage().setBody(json);
        if (status == 503) {
            exchange.getMessage().setHeader("Retry-After", RETRY_AFTER_SECONDS);
        }
    }
}
