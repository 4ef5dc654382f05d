package cn.jining.credithub.contracts.seal;

import java.util.List;

/** The Merkle path of one record: with its fingerprint and the signed root it proves the record was sealed. */
public record MerkleProof(int index, List<Step> path) {

    public MerkleProof {
        path = List.copyOf(path);
    }

    /** One sibling hash on the way to the root (hex) and whether it is hashed on the left. */
    public record Step(boolean siblingOnLeft, String sibling) {
    }
}
