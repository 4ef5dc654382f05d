package cn.jining.credithub.gateway.audit;

import cn.jining.credithub.gateway.cli.args.CommandRunner;
import cn.jining.credithub.gateway.cli.args.HubConnection;
import cn.jining.credithub.repository.audit.AuditVerification;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;

/**
 * {@code audit verify} through the running hub: the admin API's verification ({@link AuditController}), so the
 * chain is checked while the hub holds its database. An {@link IOException} means no hub answered.
 */
record HubAuditVerification(HubConnection hub, CommandRunner.Context context) {

    int verify(String user, String password) throws IOException {
        HttpResponse<String> response;
        try {
            response = hub.send(hub.admin(AuditCli.VERIFY_PATH, user, password).GET().build());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (response.statusCode() == 401 || response.statusCode() == 403) {
            context.err().println("audit: the hub at " + hub.base() + " refused (" + response.statusCode()
                    + "): the user must be a console operator with the right password");
            return AuditCli.ERROR;
        }
        JsonNode body = new ObjectMapper().readTree(response.body());
        if (response.statusCode() != 200) {
            context.err().println("audit: the hub answered " + response.statusCode() + " " + body.path("error").asText()
                    + ": " + body.path("message").asText());
            return AuditCli.ERROR;
        }
        AuditVerification result = new AuditVerification(body.path("entries").asLong(),
                body.path("brokenSeq").isNumber() ? body.path("brokenSeq").asLong() : null,
                body.path("problem").isTextual() ? AuditVerification.Problem.valueOf(body.path("problem").asText()) : null,
                body.path("chain").isTextual() ? body.path("chain").asText() : null);
        return AuditCli.print(result, false, context.out());
    }
}
