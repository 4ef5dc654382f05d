package cn.jining.credithub.contracts.seal;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * SM3 Merkle tree over record fingerprints, in batch order. Leaf = SM3(0x00 || fingerprint), inner node =
 * SM3(0x01 || left || right); the prefixes keep a leaf from ever passing for an inner node (second-preimage).
 * A level with an odd number of nodes promotes its last node unchanged to the next level (never duplicated,
 * so two different batches cannot share a root). The root of an empty batch is SM3 of the empty string.
 */
public final class MerkleTree {

    static final byte LEAF = 0x00;
    static final byte NODE = 0x01;
    private static final Digest SM3 = new BcSm3Digest();
    private static final HexFormat HEX = HexFormat.of();

    /** levels.get(0) are the leaf hashes, the last level holds the root alone. */
    private final List<byte[][]> levels = new ArrayList<>();

    private MerkleTree(List<byte[]> fingerprints) {
        byte[][] level = new byte[fingerprints.size()][];
        for (int i = 0; i < level.length; i++) {
            level[i] = leafHash(fingerprints.get(i));
        }
        levels.add(level);
        while (level.length > 1) {
            byte[][] up = new byte[(level.length + 1) / 2][];
            for (int i = 0; i < up.length; i++) {
                int left = 2 * i;
                up[i] = left + 1 < level.length ? nodeHash(level[left], level[left + 1]) : level[left];
            }
            levels.add(up);
            level = up;
        }
    }

    /** The tree over fingerprints given as 64-character hex strings (as {@code Fingerprint.of} writes them). */
    public static MerkleTree ofHex(List<String> fingerprints) {
        List<byte[]> bytes = new ArrayList<>(fingerprints.size());
        for (String fingerprint : fingerprints) {
            bytes.add(fingerprintBytes(fingerprint));
        }
        return new MerkleTree(bytes);
    }

    public byte[] root() {
        byte[][] top = levels.get(levels.size() - 1);
        return top.length == 0 ? SM3.hash() : top[0].clone();
    }

    public String rootHex() {
        return HEX.formatHex(root());
    }

    public int size() {
        return levels.get(0).length;
    }

    /** The Merkle path of record {@code index}: the siblings from the leaf up, each with its side. */
    public MerkleProof proof(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException("no record " + index + " in a tree of " + size());
        }
        List<MerkleProof.Step> steps = new ArrayList<>();
        int position = index;
        for (int l = 0; l < levels.size() - 1; l++) {
            byte[][] level = levels.get(l);
            int sibling = position ^ 1;
            if (sibling < level.length) {
                steps.add(new MerkleProof.Step(sibling < position, HEX.formatHex(level[sibling])));
            }
            position /= 2;
        }
        return new MerkleProof(index, steps);
    }

    /** True if {@code proof} leads from {@code fingerprintHex} to {@code rootHex}; false for any malformed input. */
    public static boolean verify(String fingerprintHex, MerkleProof proof, String rootHex) {
        if (fingerprintHex == null || proof == null || rootHex == null) {
            return false;
        }
        try {
            byte[] hash = leafHash(fingerprintBytes(fingerprintHex));
            for (MerkleProof.Step step : proof.path()) {
                if (step.sibling() == null) {
                    return false;
                }
                byte[] sibling = HEX.parseHex(step.sibling());
                hash = step.siblingOnLeft() ? nodeHash(sibling, hash) : nodeHash(hash, sibling);
            }
            // Constant-time comparison out of habit; roots are public, so nothing leaks either way.
            return MessageDigest.isEqual(hash, HEX.parseHex(rootHex));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static byte[] leafHash(byte[] fingerprint) {
        return SM3.hash(new byte[] {LEAF}, fingerprint);
    }

    static byte[] nodeHash(byte[] left, byte[] right) {
        return SM3.hash(new byte[] {NODE}, left, right);
    }

    private static byte[] fingerprintBytes(String hex) {
        byte[] bytes = HEX.parseHex(hex);
        if (bytes.length != BcSm3Digest.SIZE) {
            throw new IllegalArgumentException("a fingerprint is 32 bytes, not " + bytes.length);
        }
        return bytes;
    }
}
