package cn.jining.credithub.portal.feed;

import cn.jining.credithub.contracts.publication.PublicationEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The feed from files, for the demo and tests: every {@code *.json} / {@code *.jsonl} file of a folder, in name
 * order, is applied and moved to {@code done/}; a file that cannot be read goes to {@code failed/} with a
 * {@code .error} note naming the problem.
 */
public class FeedImport {

    private static final Logger LOG = LoggerFactory.getLogger(FeedImport.class);
    private final FeedApplier applier;

    public FeedImport(FeedApplier applier) {
        this.applier = applier;
    }

    /** Applies the events of one file; what each did, counted. */
    public Map<ApplyOutcome, Integer> applyFile(Path file) throws IOException {
        List<PublicationEvent> events = FeedEvents.many(Files.readString(file, StandardCharsets.UTF_8));
        Map<ApplyOutcome, Integer> counts = new EnumMap<>(ApplyOutcome.class);
        for (PublicationEvent event : events) {
            counts.merge(applier.apply(event), 1, Integer::sum);
        }
        return counts;
    }

    /** Imports every waiting file of {@code folder}. */
    public void importFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".json") || p.getFileName().toString().endsWith(".jsonl"))
                    .sorted().toList();
        }
        for (Path file : files) {
            try {
                Map<ApplyOutcome, Integer> counts = applyFile(file);
                move(file, folder.resolve("done"));
                LOG.info("imported publication events from {}: {}", file.getFileName(), counts);
            } catch (IOException | RuntimeException e) {
                LOG.warn("publication event file {} not imported: {}", file.getFileName(), e.getMessage());
                Path failed = move(file, folder.resolve("failed"));
                Files.writeString(failed.resolveSibling(failed.getFileName() + ".error"), String.valueOf(e.getMessage()));
            }
        }
    }

    private static Path move(Path file, Path to) throws IOException {
        Files.createDirectories(to);
        return Files.move(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }
}
