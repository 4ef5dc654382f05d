package cn.jining.credithub.contracts.voucher;

import cn.jining.credithub.contracts.fingerprint.Fingerprint;
import cn.jining.credithub.contracts.json.ContractsJson;
import cn.jining.credithub.contracts.seal.SignatureVerifier;
import cn.jining.credithub.contracts.seal.Signer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.Base64;

/**
 * The voucher token a grantee carries: {@code CHV1.<payload>.<digest>.<signature>}, where payload is the base64url
 * (unpadded) of the voucher's canonical JSON, digest the SM3 hex of those JSON bytes, and signature the base64url of
 * the hub's DER SM3withSM2 signature (user ID 1234567812345678) over the same JSON bytes. A changed payload no longer
 * matches its digest (ALTERED); a payload and digest the hub's key did not sign are FORGED.
 */
public final class VoucherCodec {

    public static final String PREFIX = "CHV1";
    /** Longest token read: a voucher is well under 2 KiB; anything larger is refused before decoding. */
    public static final int MAX_TOKEN = 8192;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private VoucherCodec() {
    }

    /** The signed token of {@code voucher}. */
    public static String encode(Voucher voucher, Signer hub) throws GeneralSecurityException {
        byte[] json = canonical(voucher);
        return PREFIX + "." + ENCODER.encodeToString(json) + "." + Fingerprint.sm3Hex(json) + "."
                + ENCODER.encodeToString(hub.sign(json));
    }

    /** The voucher in {@code token}, checked against the hub's key; expiry and revocation are the caller's. */
    public static Voucher decode(String token, SignatureVerifier verifier, PublicKey hub) throws VoucherException {
        if (token == null || token.length() > MAX_TOKEN) {
            throw new VoucherException(VoucherProblem.MALFORMED, "no voucher token, or one over " + MAX_TOKEN + " characters");
        }
        String[] parts = token.trim().split("\\.", -1);
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            throw new VoucherException(VoucherProblem.MALFORMED, "a voucher token is " + PREFIX
                    + ".<payload>.<digest>.<signature>");
        }
        byte[] json;
        byte[] signature;
        try {
            json = Base64.getUrlDecoder().decode(parts[1]);
            signature = Base64.getUrlDecoder().decode(parts[3]);
        } catch (IllegalArgumentException e) {
            throw new VoucherException(VoucherProblem.MALFORMED, "voucher payload or signature is not base64url");
        }
        if (!Fingerprint.sm3Hex(json).equals(parts[2])) {
            throw new VoucherException(VoucherProblem.ALTERED, "the voucher's content does not match its signed digest");
        }
        if (!verifier.verify(json, signature, hub)) {
            throw new VoucherException(VoucherProblem.FORGED, "the voucher is not signed by this hub");
        }
        Voucher voucher;
        try {
            voucher = ContractsJson.mapper().readValue(json, Voucher.class);
        } catch (java.io.IOException e) {
            throw new VoucherException(VoucherProblem.MALFORMED, "the voucher's content is not a voucher");
        }
        String missing = voucher.missing();
        if (missing != null) {
            throw new VoucherException(VoucherProblem.MALFORMED, "the voucher lacks " + missing);
        }
        return voucher;
    }

    static byte[] canonical(Voucher voucher) {
        return Fingerprint.canonicalJson(ContractsJson.mapper().valueToTree(voucher)).getBytes(StandardCharsets.UTF_8);
    }
}
