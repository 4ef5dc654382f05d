package cn.jining.credithub.services.objection;

/** An objection, answer or attachment the hub does not take; {@code field} names what is wrong, for the answer. */
public class ObjectionRefusedException extends IllegalArgumentException {

    private final String field;

    public ObjectionRefusedException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
