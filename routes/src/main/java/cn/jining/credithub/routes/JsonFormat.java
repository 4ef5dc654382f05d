package cn.jining.credithub.routes;

import cn.jining.credithub.contracts.exchange.AcceptedBatch;
import cn.jining.credithub.contracts.json.ContractsJson;
import org.apache.camel.component.jackson.JacksonDataFormat;

/** The hub's message bodies on its queues are the contracts' JSON, written with the contracts' mapper. */
public final class JsonFormat {

    private JsonFormat() {
    }

    public static JacksonDataFormat acceptedBatch() {
        return new JacksonDataFormat(ContractsJson.mapper(), AcceptedBatch.class);
    }
}
