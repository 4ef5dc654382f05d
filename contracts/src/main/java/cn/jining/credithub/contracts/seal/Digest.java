package cn.jining.credithub.contracts.seal;

/** A cryptographic hash over the concatenation of byte strings (SM3 in the envelope). */
public interface Digest {

    /** The hash of {@code parts} concatenated in order. */
    byte[] hash(byte[]... parts);

    /** Length of a hash in bytes. */
    int size();
}
