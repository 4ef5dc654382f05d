package cn.jining.credithub.simulator;

import cn.jining.credithub.contracts.province.Acknowledgement;

/**
 * What a downward push came to: the batch id sent, its size, the hub's HTTP status, the hub's acknowledgement,
 * whether that verified (signed by the hub, for this very batch), and otherwise the problem or the hub's error body.
 */
public record PushResult(String batchId, int recordCount, int status, Acknowledgement acknowledgement,
                         boolean verified, String problem) {
}
