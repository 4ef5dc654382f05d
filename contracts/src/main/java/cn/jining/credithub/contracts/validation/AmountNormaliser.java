package cn.jining.credithub.contracts.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an amount given as a JSON number or as text with optional thousands separators ("1,234.50",
 * "１２３４", " 12.5 "); the standard's form is a plain decimal without trailing zeros, so 5, 5.0 and
 * "5.00" are one amount with one fingerprint.
 */
final class AmountNormaliser {

    /**
     * Digits beyond which a number is no plausible amount. Far above the standard's own bound (checked
     * later, with its own rule), but it stops 1e999999 from ever being written out as a million digits.
     */
    static final int MAX_DIGITS = 100;
    private static final int MAX_TEXT = 64;
    /** Either groups of three after a comma throughout, or no commas at all: "1,2,3" is neither. */
    private static final Pattern PLAIN = Pattern.compile("[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");

    private AmountNormaliser() {
    }

    /** The amount a value names, or empty when it is no amount of the accepted forms. */
    static Optional<BigDecimal> parse(JsonNode value) {
        BigDecimal amount = null;
        if (value.isNumber()) {
            amount = number(value);
        } else if (value.isTextual()) {
            amount = text(value.asText());
        }
        return Optional.ofNullable(amount).map(BigDecimal::stripTrailingZeros).filter(AmountNormaliser::plausible)
                .map(AmountNormaliser::plain);
    }

    private static BigDecimal number(JsonNode value) {
        if ((value.isDouble() || value.isFloat()) && !Double.isFinite(value.doubleValue())) {
            return null;
        }
        return value.decimalValue();
    }

    private static BigDecimal text(String text) {
        String token = TextNormaliser.token(text);
        if (token == null || token.length() > MAX_TEXT || !PLAIN.matcher(token).matches()) {
            return null;
        }
        return new BigDecimal(token.replace(",", ""));
    }

    /** Checked before {@link #plain}: setting the scale of 1E+999999 to 0 would compute all its digits. */
    private static boolean plausible(BigDecimal stripped) {
        return stripped.scale() <= MAX_DIGITS && (long) stripped.precision() - stripped.scale() <= MAX_DIGITS;
    }

    /** stripTrailingZeros turns 100 into 1E+2; the standard's amounts are plain decimals. */
    private static BigDecimal plain(BigDecimal stripped) {
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
