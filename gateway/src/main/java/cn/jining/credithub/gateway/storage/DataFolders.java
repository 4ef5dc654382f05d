package cn.jining.credithub.gateway.storage;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The free space of the folders the hub writes to (its data folder, the broker's journal, the H2 repository), each
 * file system once. Short means below {@code minFreeBytes} or fuller than {@code maxUsagePercent}: set below the
 * broker's own {@code max-disk-usage}, so the hub stops taking submissions (and readiness goes down) before the
 * broker blocks its producers or a database write fails (docs/operations.md "Disk space").
 */
public final class DataFolders {

    /** One file system's state: {@code folder} as configured, its usable and total bytes. */
    public record Space(Path folder, long usable, long total) {

        int usagePercent() {
            return total == 0 ? 0 : (int) Math.ceil(100.0 * (total - usable) / total);
        }
    }

    private final List<Path> folders;
    private final long minFreeBytes;
    private final int maxUsagePercent;

    public DataFolders(List<Path> folders, long minFreeBytes, int maxUsagePercent) {
        this.folders = List.copyOf(folders);
        this.minFreeBytes = minFreeBytes;
        this.maxUsagePercent = maxUsagePercent;
    }

    /** Each distinct file system under the folders, as now. */
    public List<Space> spaces() {
        Map<FileStore, Space> byStore = new LinkedHashMap<>();
        for (Path folder : folders) {
            Path existing = existing(folder.toAbsolutePath());
            try {
                FileStore store = Files.getFileStore(existing);
                byStore.putIfAbsent(store, new Space(folder, store.getUsableSpace(), store.getTotalSpace()));
            } catch (IOException e) {
                // A folder the hub cannot even inspect has no usable space as far as it is concerned.
                byStore.putIfAbsent(null, new Space(folder, 0, 0));
            }
        }
        return new ArrayList<>(byStore.values());
    }

    /** Why the hub is short of space now, naming the folder; empty when every file system has room. */
    public Optional<String> shortage() {
        for (Space space : spaces()) {
            if (space.usable() < minFreeBytes || space.usagePercent() > maxUsagePercent) {
                return Optional.of("the hub's data folder " + space.folder() + " has " + mib(space.usable())
                        + " MiB free (" + space.usagePercent() + " % used); it needs at least " + mib(minFreeBytes)
                        + " MiB and at most " + maxUsagePercent + " % used");
            }
        }
        return Optional.empty();
    }

    public long minFreeBytes() {
        return minFreeBytes;
    }

    public int maxUsagePercent() {
        return maxUsagePercent;
    }

    private static long mib(long bytes) {
        return bytes / (1024 * 1024);
    }

    /** The folder, or its nearest existing parent (the file system it will be created on). */
    private static Path existing(Path folder) {
        Path candidate = folder;
        while (candidate != null && !Files.exists(candidate)) {
            candidate = candidate.getParent();
        }
        return candidate == null ? folder.getRoot() : candidate;
    }
}
