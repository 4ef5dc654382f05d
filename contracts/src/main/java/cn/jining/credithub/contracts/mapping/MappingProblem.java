package cn.jining.credithub.contracts.mapping;

/**
 * One mistake in a field mapping: where it is, relative to the mapping (e.g. {@code ADMIN_PENALTY.rules[2].to}),
 * and what is wrong there.
 */
public record MappingProblem(String path, String message) {

    @Override
    public String toString() {
        return path + " " + message;
    }
}
