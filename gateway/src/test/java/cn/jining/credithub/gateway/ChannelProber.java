package cn.jining.credithub.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Asks each of the hub's channels, round after round on its own thread, and keeps every answer (status 0: no
 * connection), each marked as before or after the hub was told to stop.
 */
final class ChannelProber implements AutoCloseable {

    /** A channel and a request it answers, once running, with something other than 503 or 404. */
    enum Channel {
        REST("/api/v1/submissions", "application/json", "{}"),
        SOAP("/soap/submissions", "text/xml;charset=UTF-8", "<x/>"),
        DOWNWARD("/api/v1/province/downward", "application/json", "{}");

        final String path;
        final String contentType;
        final String body;

        Channel(String path, String contentType, String body) {
            this.path = path;
            this.contentType = contentType;
            this.body = body;
        }
    }

    /** One answer; {@code retryAfter} and {@code body} as received. */
    record Answer(Channel channel, int status, String retryAfter, String body, boolean afterStop) {

        /** The hub's 503: code UNAVAILABLE, and when to come back. */
        boolean unavailable() {
            return status == 503 && retryAfter != null && body.contains("UNAVAILABLE");
        }

        /** The channel's own answer (whatever it says about this request). */
        boolean real() {
            return status != 0 && status != 503 && status != 404;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final int port;
    private final List<Answer> answers = new CopyOnWriteArrayList<>();
    private final Thread thread = new Thread(this::run, "channel-prober");
    private volatile boolean stopping;
    private volatile boolean closed;

    ChannelProber(int port) {
        this.port = port;
    }

    void start() {
        thread.start();
    }

    /** From now on answers count as answers to a stopping hub. */
    void stopping() {
        stopping = true;
    }

    boolean everyChannelAnswered() {
        for (Channel channel : Channel.values()) {
            if (answers.stream().noneMatch(a -> a.channel() == channel && a.real())) {
                return false;
            }
        }
        return true;
    }

    List<Answer> answers() {
        return List.copyOf(answers);
    }

    /** The channel's answers from the port's opening to its first real answer. */
    List<Answer> starting(Channel channel) {
        List<Answer> before = new ArrayList<>();
        for (Answer a : answers) {
            if (a.channel() == channel && a.status() != 0 && !a.afterStop()) {
                if (a.real()) {
                    break;
                }
                before.add(a);
            }
        }
        return before;
    }

    /** The channel's answers from its first real answer until the hub was told to stop. */
    List<Answer> running(Channel channel) {
        List<Answer> of = answers.stream().filter(a -> a.channel() == channel && !a.afterStop()).toList();
        int first = 0;
        while (first < of.size() && !of.get(first).real()) {
            first++;
        }
        return of.subList(first, of.size());
    }

    List<Answer> stoppingAnswers(Channel channel) {
        return answers.stream().filter(a -> a.channel() == channel && a.afterStop()).toList();
    }

    private void run() {
        while (!closed) {
            for (Channel channel : Channel.values()) {
                answers.add(ask(channel));
            }
            // Paces the rounds (not a wait for anything): a closed port answers at once and would spin a core.
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }

    private Answer ask(Channel channel) {
        boolean afterStop = stopping;
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + channel.path))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", channel.contentType)
                .POST(HttpRequest.BodyPublishers.ofString(channel.body)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(channel, response.statusCode(), response.headers().firstValue("Retry-After").orElse(null),
                    response.body(), afterStop);
        } catch (IOException e) {
            return new Answer(channel, 0, null, String.valueOf(e), afterStop);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
            return new Answer(channel, 0, null, String.valueOf(e), afterStop);
        }
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        thread.join(TimeUnit.SECONDS.toMillis(30));
    }
}
