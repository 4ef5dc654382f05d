package cn.jining.credithub.simulator;

import cn.jining.credithub.contracts.exchange.AcceptedRecord;

/** A record the simulated province holds, with the source it is attributed to and the batch it came in. */
public record ReceivedRecord(String sourceId, String batchId, AcceptedRecord record) {
}
