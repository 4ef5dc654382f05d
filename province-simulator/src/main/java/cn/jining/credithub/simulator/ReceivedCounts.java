package cn.jining.credithub.simulator;

import java.util.Map;

/**
 * What the simulator has received: batches held, batches that came SM4-GCM encrypted (each counted on first receipt),
 * distinct records held, batches and records that arrived again (de-duplicated), acknowledgements dropped in
 * {@link SimulatorMode#LOSE_ACKS}, and refusals by seal failure code.
 */
public record ReceivedCounts(int batches, int encryptedBatches, int records, int duplicateBatches,
                             int duplicateRecords, int lostAcknowledgements, Map<String, Integer> refused) {

    public ReceivedCounts {
        refused = Map.copyOf(refused);
    }
}
