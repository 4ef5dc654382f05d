package cn.jining.credithub.gateway.wiring;

import java.util.List;

/** Production mode found settings it refuses; the message lists every one, each naming its variable and property. */
public class ProductionModeRefusal extends IllegalStateException {

    private final List<String> violations;

    public ProductionModeRefusal(List<String> violations) {
        super("CREDITHUB_MODE=production refuses to start:\n  - " + String.join("\n  - ", violations));
        this.violations = List.copyOf(violations);
    }

    public List<String> violations() {
        return violations;
    }
}
