-- Officials talk to each other: threads between a mayor and their governor, or between an official and the
-- project managers as a group, with messages, files, an open/resolved state and unread markers per reader;
-- and announcements down the hierarchy (a governor to the mayors of the region, a project manager to all
-- mayors or to one region's) with read receipts written when a mayor first reads one.
-- Common SQL of H2 and PostgreSQL.

-- channel GOVERNOR: the mayor of district_id and the governor of region_id (the district's region);
-- channel PROJECT_MANAGERS: official_username (the official who talks to the programme) and every project
-- manager. message_count and last_message_at are kept by the service with each message.
create table official_thread (
    id                bigint        not null primary key,
    version           bigint        not null,
    created_at        timestamp with time zone not null,
    modified_at       timestamp with time zone not null,
    channel           varchar(20)   not null,
    subject           varchar(200)  not null,
    district_id       bigint,
    region_id         bigint,
    official_username varchar(100),
    official_role     varchar(20),
    project_id        bigint,
    status            varchar(20)   not null,
    started_by        varchar(100)  not null,
    status_changed_by varchar(100),
    status_changed_at timestamp with time zone,
    message_count     integer       not null,
    last_message_at   timestamp with time zone not null,
    constraint official_thread_district_fk foreign key (district_id) references district (id),
    constraint official_thread_region_fk foreign key (region_id) references region (id),
    constraint official_thread_project_fk foreign key (project_id) references project (id)
);
create index official_thread_district_idx on official_thread (district_id, status, last_message_at);
create index official_thread_region_idx on official_thread (region_id, status, last_message_at);
create index official_thread_official_idx on official_thread (official_username, status, last_message_at);
create index official_thread_channel_idx on official_thread (channel, status, last_message_at);
create index official_thread_project_idx on official_thread (project_id);

create table thread_message (
    id              bigint        not null primary key,
    version         bigint        not null,
    created_at      timestamp with time zone not null,
    modified_at     timestamp with time zone not null,
    thread_id       bigint        not null,
    author_username varchar(100)  not null,
    author_role     varchar(20)   not null,
    body            varchar(4000) not null,
    posted_at       timestamp with time zone not null,
    constraint thread_message_thread_fk foreign key (thread_id) references official_thread (id)
);
create index thread_message_thread_idx on thread_message (thread_id, posted_at);

-- How many messages of a thread each reader has seen: the rest are unread for them.
create table thread_read (
    id          bigint        not null primary key,
    version     bigint        not null,
    created_at  timestamp with time zone not null,
    modified_at timestamp with time zone not null,
    thread_id   bigint        not null,
    username    varchar(100)  not null,
    seen_count  integer       not null,
    seen_at     timestamp with time zone not null,
    constraint thread_read_thread_fk foreign key (thread_id) references official_thread (id),
    constraint thread_read_uk unique (thread_id, username)
);

-- A message's files are attachments of the message.
alter table attachment add column thread_message_id bigint;
alter table attachment add constraint attachment_thread_message_fk foreign key (thread_message_id)
    references thread_message (id);
create index attachment_thread_message_idx on attachment (thread_message_id);

-- The audience is recorded, not the recipients: region_id null means all mayors of the programme.
create table announcement (
    id              bigint        not null primary key,
    version         bigint        not null,
    created_at      timestamp with time zone not null,
    modified_at     timestamp with time zone not null,
    sender_username varchar(100)  not null,
    sender_role     varchar(20)   not null,
    region_id       bigint,
    subject         varchar(200)  not null,
    body            varchar(4000) not null,
    sent_at         timestamp with time zone not null,
    constraint announcement_region_fk foreign key (region_id) references region (id)
);
create index announcement_region_idx on announcement (region_id, sent_at);
create index announcement_sender_idx on announcement (sender_role, region_id, sent_at);

-- One receipt per mayor and announcement, written when they first read it.
create table announcement_receipt (
    id              bigint        not null primary key,
    version         bigint        not null,
    created_at      timestamp with time zone not null,
    modified_at     timestamp with time zone not null,
    announcement_id bigint        not null,
    reader_username varchar(100)  not null,
    district_id     bigint,
    read_at         timestamp with time zone not null,
    constraint announcement_receipt_announcement_fk foreign key (announcement_id) references announcement (id),
    constraint announcement_receipt_district_fk foreign key (district_id) references district (id),
    constraint announcement_receipt_uk unique (announcement_id, reader_username)
);
create index announcement_receipt_reader_idx on announcement_receipt (reader_username, announcement_id);
