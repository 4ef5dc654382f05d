package cn.jining.credithub.gateway.http;

import cn.jining.credithub.contracts.exchange.Refusal;
import cn.jining.credithub.contracts.exchange.SubmissionRefusedException;
import cn.jining.credithub.gateway.security.RefusalAnswer;
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
 * started; refused first thing on shutdown) and the Camel context runs.
 */
public class ReadinessGate extends OncePerRequestFilter {

    private final ApplicationAvailability availability;
    private final ObjectProvider<CamelContext> camel;

    /** {@code camel} is looked up only once the application is ready: a request never creates the context early. */
    public ReadinessGate(ApplicationAvailability availability, ObjectProvider<CamelContext> camel) {
        this.availability = availability;
        this.camel = camel;
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
        if (open()) {
            chain.doFilter(request, response);
            return;
        }
        // The body stays unread: the connection ends with this answer.
        response.setHeader("Connection", "close");
        boolean soap = request.getRequestURI().startsWith(request.getContextPath() + "/soap/");
        RefusalAnswer.write(response, soap, new SubmissionRefusedException(Refusal.UNAVAILABLE,
                "the hub is starting or stopping and takes no requests now; send the same request again after "
                        + "the Retry-After seconds"), UUID.randomUUID().toString());
    }
}
