package cn.jining.credithub.portal.forms;

import java.util.Arrays;
import java.util.Optional;

/** The three forms the site offers, each handed to the hub's intake of the same kind. */
public enum FormKind {
    OBJECTION("objection", "异议申请", "objections", "YY", true),
    COMPLAINT("complaint", "投诉举报", "complaints", "TS", false),
    REPAIR("repair", "信用修复申请", "repairs", "XF", true);

    private final String slug;
    private final String title;
    private final String hubPath;
    private final String prefix;
    private final boolean aboutRecord;

    FormKind(String slug, String title, String hubPath, String prefix, boolean aboutRecord) {
        this.slug = slug;
        this.title = title;
        this.hubPath = hubPath;
        this.prefix = prefix;
        this.aboutRecord = aboutRecord;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    /** The last segment of the hub's intake URL for this kind. */
    public String hubPath() {
        return hubPath;
    }

    /** The tracking number's prefix. */
    public String prefix() {
        return prefix;
    }

    /** Whether the form is about one published record (an objection, a repair) rather than anything (a complaint). */
    public boolean aboutRecord() {
        return aboutRecord;
    }

    public static Optional<FormKind> ofSlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }
}
