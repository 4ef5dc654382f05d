package cn.jining.credithub.repository.audit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;

/**
 * Group commit: one writer thread takes the appends of every waiting request and writes them in ONE transaction
 * (one head lock, one batch insert, one commit); each caller waits for the commit that holds its entries. While a
 * commit is on its way the next group collects, so the group grows with the load and a lone append waits for
 * one commit only.
 */
final class GroupCommit implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(GroupCommit.class.getName());
    /** Entries in one transaction at most: bounds the transaction, not the wait (the rest go in the next). */
    private static final int MAX_ENTRIES = 10_000;
    /** How long a caller waits for its commit before its append fails (the database is then not answering). */
    static final Duration WAIT = Duration.ofSeconds(30);

    private record Pending(List<AuditEntry> events, CompletableFuture<List<AuditEntry>> stored) {
    }

    /** Wakes the writer to stop (queued last by close). */
    private static final Pending STOP = new Pending(List.of(), new CompletableFuture<>());
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final UnaryOperator<List<AuditEntry>> writeInTransaction;
    private final Runnable between;
    private final Duration idle;
    private final String name;
    private Thread writer;
    private volatile boolean closed;

    /** {@code between} runs on the writer after each group and every {@code idle} without appends (anchoring). */
    GroupCommit(String name, UnaryOperator<List<AuditEntry>> writeInTransaction, Runnable between, Duration idle) {
        this.name = name;
        this.writeInTransaction = writeInTransaction;
        this.between = between;
        this.idle = idle;
    }

    /** Queues {@code events} for the next group and waits until they are committed; returns them as stored. */
    List<AuditEntry> append(List<AuditEntry> events) {
        Pending pending = new Pending(events, new CompletableFuture<>());
        synchronized (this) {
            if (closed) {
                return writeInTransaction.apply(events); // shutting down: the caller writes for itself
            }
            if (writer == null) {
                writer = new Thread(this::run, name);
                writer.setDaemon(true);
                writer.start();
            }
            queue.add(pending);
        }
        try {
            return pending.stored().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            // The writer's exception as it is (e.g. the intake pool's "database unavailable"), for the caller to map.
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new AuditException("audit append failed", e.getCause());
        } catch (TimeoutException e) {
            throw new AuditException("audit entries not committed within " + WAIT.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuditException("interrupted while waiting for the audit commit", e);
        }
    }

    private void run() {
        while (true) {
            try {
                Pending first = queue.poll(idle.toMillis(), TimeUnit.MILLISECONDS);
                if (first == STOP) {
                    break;
                }
                if (first != null) {
                    commit(group(first));
                }
                between.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "audit group writer " + name + ": " + e); // anchoring failed; tried again later
            }
        }
        failRest();
    }

    private List<Pending> group(Pending first) {
        List<Pending> group = new ArrayList<>();
        group.add(first);
        int entries = first.events().size();
        for (Pending next = queue.peek(); next != null && next != STOP && entries + next.events().size() <= MAX_ENTRIES;
             next = queue.peek()) {
            group.add(queue.poll());
            entries += next.events().size();
        }
        return group;
    }

    private void commit(List<Pending> group) {
        List<AuditEntry> all = new ArrayList<>();
        group.forEach(p -> all.addAll(p.events()));
        List<AuditEntry> stored;
        try {
            stored = writeInTransaction.apply(all);
        } catch (RuntimeException e) {
            if (group.size() == 1) {
                group.get(0).stored().completeExceptionally(e);
                return;
            }
            // One caller's bad entry (or a passing failure) must not fail the others: each alone, once more.
            for (Pending pending : group) {
                commit(List.of(pending));
            }
            return;
        }
        int from = 0;
        for (Pending pending : group) {
            int to = from + pending.events().size();
            pending.stored().complete(List.copyOf(stored.subList(from, to)));
            from = to;
        }
    }

    private void failRest() {
        for (Pending pending = queue.poll(); pending != null; pending = queue.poll()) {
            pending.stored().completeExceptionally(new AuditException("audit trail closed", null));
        }
    }

    /** Commits what is queued, stops the writer; later appends write for themselves. */
    @Override
    public void close() {
        Thread running;
        synchronized (this) {
            closed = true;
            running = writer;
            queue.add(STOP); // after every append queued before closed was set
        }
        if (running != null) {
            try {
                running.join(WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
