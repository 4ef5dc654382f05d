package cn.jining.credithub.contracts.seal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class MerkleTreeTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final Digest SM3 = new BcSm3Digest();

    @Test
    void everyProofVerifiesAloneAndOnlyForItsOwnRecord() {
        for (int n = 1; n <= 17; n++) {
            List<String> leaves = fingerprints(n);
            MerkleTree tree = MerkleTree.ofHex(leaves);
            for (int i = 0; i < n; i++) {
                MerkleProof proof = tree.proof(i);
                assertThat(MerkleTree.verify(leaves.get(i), proof, tree.rootHex())).as("n=%d i=%d", n, i).isTrue();
                if (n > 1) {
                    String other = leaves.get((i + 1) % n);
                    assertThat(MerkleTree.verify(other, proof, tree.rootHex())).as("n=%d i=%d", n, i).isFalse();
                }
            }
        }
    }

    @Test
    void shapeIsDefinedLevelByLevelWithTheOddNodePromoted() {
        List<String> leaves = fingerprints(3);
        byte[] a = leaf(leaves.get(0));
        byte[] b = leaf(leaves.get(1));
        byte[] c = leaf(leaves.get(2));
        byte[] expected = node(node(a, b), c);
        assertThat(MerkleTree.ofHex(leaves).root()).isEqualTo(expected);
        assertThat(MerkleTree.ofHex(leaves.subList(0, 1)).root()).isEqualTo(a);
        assertThat(MerkleTree.ofHex(List.of()).root()).isEqualTo(SM3.hash());
    }

    @Test
    void sameRootsAsTheRecursiveRfc6962ShapeWithSm3() {
        for (int n = 1; n <= 40; n++) {
            List<String> leaves = fingerprints(n);
            assertThat(MerkleTree.ofHex(leaves).root()).as("n=%d", n).isEqualTo(recursive(leaves));
        }
    }

    @Test
    void duplicatingTheLastRecordChangesTheRoot() {
        List<String> three = fingerprints(3);
        List<String> four = new ArrayList<>(three);
        four.add(three.get(2));
        assertThat(MerkleTree.ofHex(four).rootHex()).isNotEqualTo(MerkleTree.ofHex(three).rootHex());
    }

    @Test
    void anInnerNodeCannotPassForALeaf() {
        List<String> leaves = fingerprints(4);
        MerkleTree tree = MerkleTree.ofHex(leaves);
        // The parent of leaves 0 and 1 presented as a "fingerprint" with the upper half of the path.
        String inner = HEX.formatHex(node(leaf(leaves.get(0)), leaf(leaves.get(1))));
        MerkleProof upper = new MerkleProof(0, tree.proof(0).path().subList(1, 2));
        assertThat(MerkleTree.verify(inner, upper, tree.rootHex())).isFalse();
    }

    @Test
    void malformedProofsAreRefusedNotThrown() {
        List<String> leaves = fingerprints(2);
        MerkleTree tree = MerkleTree.ofHex(leaves);
        assertThat(MerkleTree.verify("zz", tree.proof(0), tree.rootHex())).isFalse();
        assertThat(MerkleTree.verify(leaves.get(0), new MerkleProof(0, List.of(new MerkleProof.Step(true, null))),
                tree.rootHex())).isFalse();
        assertThat(MerkleTree.verify(leaves.get(0), tree.proof(0), null)).isFalse();
    }

    private static byte[] recursive(List<String> leaves) {
        if (leaves.size() == 1) {
            return leaf(leaves.get(0));
        }
        int k = Integer.highestOneBit(leaves.size() - 1);
        return node(recursive(leaves.subList(0, k)), recursive(leaves.subList(k, leaves.size())));
    }

    private static byte[] leaf(String fingerprint) {
        return SM3.hash(new byte[] {0x00}, HEX.parseHex(fingerprint));
    }

    private static byte[] node(byte[] left, byte[] right) {
        return SM3.hash(new byte[] {0x01}, left, right);
    }

    private static List<String> fingerprints(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(HEX.formatHex(SM3.hash(("record " + i).getBytes(StandardCharsets.UTF_8))));
        }
        return out;
    }
}
