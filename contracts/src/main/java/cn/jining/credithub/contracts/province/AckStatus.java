package cn.jining.credithub.contracts.province;

/** What a receiver did with a sealed batch it verified; both mean "held, stop sending". */
public enum AckStatus {
    /** First receipt: the batch's records were stored. */
    RECEIVED,
    /** The same batch (same source, batch id and Merkle root) had been received before; nothing was stored again. */
    DUPLICATE
}
