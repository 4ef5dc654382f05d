-- Files the SFTP sources processed, shared by every hub node and kept across restarts when
-- credithub.sftp.processed-files=database (docs/deployment.md): the node that inserts a file's key first takes it.
CREATE TABLE processed_file (
    repository_name VARCHAR(64)   NOT NULL,
    file_key        VARCHAR(1000) NOT NULL,
    processed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_processed_file PRIMARY KEY (repository_name, file_key)
);
