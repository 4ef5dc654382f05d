package cn.jining.credithub.gateway.http;

import cn.jining.credithub.contracts.exchange.Refusal;
import cn.jining.credithub.contracts.exchange.SubmissionRefusedException;
import cn.jining.credithub.gateway.security.RefusalAnswer;
import cn.jining.credithub.gateway.storage.DataFolders;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.apache.camel.CamelContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every channel (REST, SOAP, the province's downward pushes, the admin API) answers 503 {@code UNAVAILABLE} with
 * {@code Retry-After} until the hub is ready and again from the moment it starts to stop: the server listens before
 * Camel has registered its HTTP routes, and Camel removes them while the server still drains. A 404 in either
 * window would tell a source "no such service" and make it drop the batch; a 503 tells it to send it again.
 * Ready means Spring's readiness state accepts traffic (set once the application, Camel's routes included, has
 * started; refused first thing on shutdown) and the Camel context runs. While the data folder is short of space
 * ({@link DataFolders}) every channel but the admin API answers the same 503: what is accepted must fit on disk.
 */
public class ReadinessGate extends OncePerRequestFilter {

    private static final String ADMIN = "/api/admin/";
    private final ApplicationAvailability availability;
    private final ObjectProvider<CamelContext> camel;
    private final ObjectProvider<DataFolders> folders;

    /**
     * {@code camel} and {@code folders} are looked up only once the application is ready: a request never creates
     * them early.
     */
    public ReadinessGate(ApplicationAvailability availability, ObjectProvider<CamelContext> camel,
                         ObjectProvider<DataFolders> folders) {
        this.availability = availability;
        this.camel = camel;
        this.folders = folders;
    }

    /** True while the channels may be served. */
    public boolean open() {
        if (availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC) {
            return false;
        }
        CamelContext context = camel.getIfAvailable();
        return context != null && context.isStarted() && !context.isStopping();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String refusal = !open() ? "the hub is starting or stopping and takes no requests now"
                : path.startsWith(ADMIN) ? null : shortOfSpace();
        if (refusal == null) {
            chain.doFilter(request, response);
            return;
        }
        // The body stays unread: the connection ends with this answer.
        response.setHeader("Connection", "close");
        RefusalAnswer.write(response, path.startsWith("/soap/"), new SubmissionRefusedException(Refusal.UNAVAILABLE,
                refusal + "; send the same request again after the Retry-After seconds"), UUID.randomUUID().toString());
    }

    /**
     * Why new submissions cannot be kept now (the data folder is short of space), or null. The admin API stays open:
     * an operator frees space through it (discarding dead letters).
     */
    private String shortOfSpace() {
        DataFolders data = folders.getIfAvailable();
        return data == null ? null : data.shortage().orElse(null);
    }
}
