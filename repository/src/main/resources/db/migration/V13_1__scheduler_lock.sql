-- Scheduled jobs run once per schedule across hub nodes (docs/deployment.md, "Scheduled jobs"): the node that
-- takes a job's row runs it; the others skip that round. The table layout is ShedLock's (JdbcTemplateLockProvider).
CREATE TABLE scheduler_lock (
    name       VARCHAR(64)  NOT NULL,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    CONSTRAINT pk_scheduler_lock PRIMARY KEY (name)
);
