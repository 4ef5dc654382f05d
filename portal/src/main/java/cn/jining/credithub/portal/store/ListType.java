package cn.jining.credithub.portal.store;

import java.util.Optional;

/** Red (守信激励) and black (失信惩戒) lists, by the code table list-type of the data standard. */
public enum ListType {
    RED("01", "守信激励", "红名单"),
    BLACK("02", "失信惩戒", "黑名单");

    private final String code;
    private final String canonical;
    private final String title;

    ListType(String code, String canonical, String title) {
        this.code = code;
        this.canonical = canonical;
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The list of a list entry's {@code listType} field, given as its code or its label. */
    public static Optional<ListType> of(String value) {
        for (ListType type : values()) {
            if (type.code.equals(value) || type.canonical.equals(value) || type.title.equals(value)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
