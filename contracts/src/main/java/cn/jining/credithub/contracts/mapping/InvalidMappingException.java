package cn.jining.credithub.contracts.mapping;

import java.util.List;
import java.util.stream.Collectors;

/** A source's field mapping that cannot be used; the message names the source and every problem's place. */
public final class InvalidMappingException extends IllegalArgumentException {

    private final transient List<MappingProblem> problems;

    public InvalidMappingException(String sourceId, List<MappingProblem> problems) {
        super("field mapping of source '" + sourceId + "': "
                + problems.stream().map(p -> "mapping." + p).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<MappingProblem> problems() {
        return problems;
    }
}
