package cn.jining.credithub.routes.error;

import cn.jining.credithub.contracts.exchange.Refusal;
import org.apache.camel.Exchange;

/**
 * Sets an HTTP answer on an exchange. Every header is dropped first: the HTTP consumer would otherwise
 * echo request headers (credentials among them) and the hub's internal headers back to the client.
 */
public final class ChannelAnswer {

    private ChannelAnswer() {
    }

    public static void json(Exchange exchange, int status, String json) {
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/json;charset=UTF-8");
        exchange.getMessage().setBody(json);
        if (status == 503) {
            exchange.getMessage().setHeader("Retry-After", Refusal.RETRY_AFTER_SECONDS);
        }
    }
}
