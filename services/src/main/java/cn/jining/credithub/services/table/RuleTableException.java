package cn.jining.credithub.services.table;

/** A rule table that cannot be used as it is; the message names the table, line and column. */
public class RuleTableException extends IllegalArgumentException {

    public RuleTableException(String message) {
        super(message);
    }
}
