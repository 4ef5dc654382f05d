package cn.jining.credithub.contracts.validation;

import cn.jining.credithub.contracts.json.ContractsJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * Reads a value of a closed choice (an enum of the record types, such as 行政相对人类别) the way the type
 * itself accepts it, and gives back the standard's form of it (the JSON value of the constant, its label).
 */
final class ChoiceNormaliser {

    private ChoiceNormaliser() {
    }

    /** The label of the choice the text names, or empty when it names none. */
    static Optional<JsonNode> label(Class<?> enumType, String text) {
        String token = TextNormaliser.token(text);
        if (token == null) {
            return Optional.empty();
        }
        try {
            // The type's own @JsonCreator decides what it accepts; the rules live in one place.
            Object choice = ContractsJson.mapper().convertValue(token, enumType);
            return Optional.ofNullable(choice).map(c -> ContractsJson.mapper().valueToTree(c));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
