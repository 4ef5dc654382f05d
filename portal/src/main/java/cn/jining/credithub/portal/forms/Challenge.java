package cn.jining.credithub.portal.forms;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The site's own challenge against form spam, with no third-party service: a small sum in Chinese words whose
 * answer is sealed in an HMAC token (a key made at start, never sent), valid once, not before a minimum fill
 * time and not after its time to live.
 */
public class Challenge {

    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    private static final String HMAC = "HmacSHA256";
    private final SecureRandom random = new SecureRandom();
    private final byte[] key = new byte[32];
    private final Map<String, Instant> used = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration minFillTime;
    private final Duration ttl;

    /** A question to show and the token to send back with the answer. */
    public record Question(String text, String token) {
    }

    public Challenge(Clock clock, Duration minFillTime, Duration ttl) {
        this.clock = clock;
        this.minFillTime = minFillTime;
        this.ttl = ttl;
        random.nextBytes(key);
    }

    public Question issue() {
        int a = 1 + random.nextInt(9);
        int b = 1 + random.nextInt(9);
        long nonce = random.nextLong();
        String claim = (a + b) + ":" + clock.instant().getEpochSecond() + ":" + Long.toUnsignedString(nonce, 36);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(claim.getBytes(StandardCharsets.UTF_8))
                + "." + mac(claim);
        return new Question("请计算：" + DIGITS[a] + "加" + DIGITS[b] + "等于几？（请填写阿拉伯数字）", token);
    }

    /** Checks an answer; a token passes once. */
    public void check(String token, String answer) throws FormProblem {
        String claim = verified(token);
        String[] parts = claim.split(":");
        Instant issued = Instant.ofEpochSecond(Long.parseLong(parts[1]));
        Instant now = clock.instant();
        if (now.isBefore(issued.plus(minFillTime))) {
            throw new FormProblem("提交过快，请核对填写内容后再提交。");
        }
        if (now.isAfter(issued.plus(ttl))) {
            throw new FormProblem("验证问题已过期，请重新回答。");
        }
        if (answer == null || !parts[0].equals(answer.strip())) {
            throw new FormProblem("验证问题的答案不正确。");
        }
        used.values().removeIf(at -> now.isAfter(at.plus(ttl)));
        if (used.putIfAbsent(parts[2], issued) != null) {
            throw new FormProblem("该表单已提交过，请勿重复提交。");
        }
    }

    private String verified(String token) throws FormProblem {
        int dot = token == null ? -1 : token.indexOf('.');
        if (dot < 1) {
            throw new FormProblem("缺少验证问题，请刷新页面后重新填写。");
        }
        try {
            String claim = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
            if (MessageDigest.isEqual(mac(claim).getBytes(StandardCharsets.US_ASCII),
                    token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII)) && claim.split(":").length == 3) {
                return claim;
            }
        } catch (IllegalArgumentException e) {
            // falls through: not a token of this site
        }
        throw new FormProblem("验证问题无效，请刷新页面后重新填写。");
    }

    private String mac(String claim) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(claim.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(HMAC + " unavailable", e);
        }
    }
}
