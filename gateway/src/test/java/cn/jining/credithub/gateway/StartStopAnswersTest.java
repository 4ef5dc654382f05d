package cn.jining.credithub.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hub in its own JVM, asked on every channel from the moment its port opens until its process has ended: each
 * channel answers 503 UNAVAILABLE with Retry-After until it is ready, then only its real answer, and 503 (or a
 * closed port) again once it stops; never 404.
 */
class StartStopAnswersTest {

    @TempDir
    Path dataDir;

    @Test
    void everyChannelAnswers503NeverA404WhileTheHubStartsAndStops() throws Exception {
        Path log = Files.createDirectories(Path.of("target")).resolve("start-stop-hub.log");
        try (HubProcess hub = HubProcess.launch(dataDir, log);
             ChannelProber prober = new ChannelProber(hub.httpPort)) {
            prober.start();
            await("every channel's real answer").atMost(Duration.ofSeconds(120))
                    .until(() -> !hub.alive() || prober.everyChannelAnswered());
            assertThat(hub.alive()).as("the hub runs").isTrue();
            prober.stopping();
            hub.stop();
            prober.close();

            assertThat(prober.answers()).as("no channel ever answers 404").noneMatch(a -> a.status() == 404);
            for (ChannelProber.Channel channel : ChannelProber.Channel.values()) {
                assertThat(prober.starting(channel)).as(channel + " before it is ready").isNotEmpty()
                        .allSatisfy(a -> assertThat(a.unavailable()).as(a.toString()).isTrue());
                assertThat(prober.running(channel)).as(channel + " once ready").isNotEmpty()
                        .allSatisfy(a -> assertThat(a.real()).as(a.toString()).isTrue());
                assertThat(prober.stoppingAnswers(channel)).as(channel + " while stopping")
                        .allSatisfy(a -> assertThat(a.status() == 503 ? a.unavailable() : a.status() == 0 || a.real())
                                .as(a.toString()).isTrue());
            }
        }
    }
}
