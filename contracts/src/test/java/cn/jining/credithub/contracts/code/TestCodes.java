package cn.jining.credithub.contracts.code;

/** Builds valid codes for tests from their meaningful parts, computing the check characters. */
public final class TestCodes {

    /** The worked example of GB 32100-2015 (Huawei Technologies Co., Ltd.). */
    public static final String HUAWEI_USCC = "914403001922038216";
    /** The worked example of GB 11643-1999. */
    public static final String EXAMPLE_ID_NUMBER = "11010519491231002X";

    private TestCodes() {
    }

    /**
     * A valid unified social credit code from its first 16 characters (authority, category, division,
     * 8-character organisation code body): appends the GB 11714 check char and the GB 32100 check char.
     */
    public static String uscc(String first16) {
        if (first16.length() != 16) {
            throw new IllegalArgumentException("expected 16 characters: " + first16);
        }
        return withCheckChar(first16 + UnifiedSocialCreditCode.organisationCheckChar(first16.substring(8)));
    }

    /** The first 17 characters of a credit code followed by its check char. */
    public static String withCheckChar(String first17) {
        return first17 + UnifiedSocialCreditCode.checkChar(first17);
    }

    /** The first 17 digits of an ID number followed by its check char. */
    public static String idNumber(String first17) {
        return first17 + ResidentIdNumber.checkChar(first17);
    }
}
