-- Exports run as jobs in the background: who asked (only they download), what (kind, format, the filter as
-- the user saw it, the name the file is offered under), how far (done of total rows), where the file is (a name under portal.files.dir/exports)
-- and how it ended. A timer deletes the files and rows of old jobs.
-- Common SQL of H2 and PostgreSQL.
create table export_job (
    id            bigint        not null primary key,
    version       bigint        not null,
    created_at    timestamp with time zone not null,
    modified_at   timestamp with time zone not null,
    owner         varchar(100)  not null,
    kind          varchar(40)   not null,
    format        varchar(10)   not null,
    filter        varchar(1000),
    state         varchar(20)   not null,
    done          bigint        not null,
    total         bigint        not null,
    offered_name  varchar(200)  not null,
    file_name     varchar(200),
    finished_at   timestamp with time zone,
    error         varchar(500)
);
create index export_job_owner_idx on export_job (owner, created_at);
create index export_job_created_idx on export_job (created_at);
