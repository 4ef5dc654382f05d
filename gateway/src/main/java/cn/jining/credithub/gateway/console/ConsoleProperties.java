package cn.jining.credithub.gateway.console;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The console's two accounts (docs/operations.md): a viewer that reads, an operator that may also act. Passwords
 * come from the environment; a blank one is generated at start-up and logged once (demo only).
 */
@ConfigurationProperties("credithub.console")
public record ConsoleProperties(String viewerUser, String viewerPassword, String operatorUser, String operatorPassword) {

    public ConsoleProperties {
        viewerUser = blank(viewerUser) ? "viewer" : viewerUser;
        operatorUser = blank(operatorUser) ? "operator" : operatorUser;
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
