package cn.jining.credithub.gateway.demo;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo only: starts the public site "信用济宁" (portal/, a deployable of its own) beside the hub as a child process,
 * fed from the demo's feed folder ({@link DemoFeedExportRoute}) and sending its forms to this hub. Where the site is
 * not built, the hub says so and runs without it.
 */
public final class DemoPortal implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DemoPortal.class);

    private final Process process;

    private DemoPortal(Process process) {
        this.process = process;
    }

    /** The built site's jar under {@code portalTarget} (portal/target/portal-*.jar), or null. */
    static Path locate(Path portalTarget) throws IOException {
        if (!Files.isDirectory(portalTarget)) {
            return null;
        }
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(portalTarget, "portal-*.jar")) {
            for (Path jar : jars) {
                String name = jar.getFileName().toString();
                if (!name.endsWith("-tests.jar") && !name.endsWith("-sources.jar")) {
                    return jar;
                }
            }
        }
        return null;
    }

    /** Starts the site, or returns null (said in the log) when its jar is not built. */
    static DemoPortal start(Path portalTarget, Path demoDir, Path feedFolder, int sitePort, int hubPort)
            throws IOException {
        Path jar = locate(portalTarget);
        if (jar == null) {
            LOG.info("the public site 信用济宁 is not built ({}/portal-*.jar), so the demo runs without it", portalTarget);
            return null;
        }
        Path log = demoDir.resolve("portal.log");
        Files.createDirectories(demoDir);
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("PORTAL_PORT", String.valueOf(sitePort));
        env.put("PORTAL_DATA_DIR", demoDir.resolve("portal").toAbsolutePath().toString());
        env.put("PORTAL_FEED_IMPORT_DIR", feedFolder.toAbsolutePath().toString());
        env.put("PORTAL_HUB_INTAKE_URL", "http://127.0.0.1:" + hubPort + "/api/v1/public");
        Process process = builder.start();
        LOG.info("the public site 信用济宁 is starting at http://127.0.0.1:{}/ (its log: {}{}{})", sitePort,
                demoDir, File.separator, log.getFileName());
        return new DemoPortal(process);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
