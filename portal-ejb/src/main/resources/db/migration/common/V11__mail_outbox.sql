-- E-mail of notifications through a transactional outbox, and each person's choice of e-mail per kind.
-- Common SQL of H2 and PostgreSQL.
--
-- mail_delivery is the outbox: one row per e-mail to send. A notification's row is written in the business
-- transaction that writes the notification (so a rolled-back change leaves none); a daily digest is one row
-- whose items are the WAITING_DIGEST rows it gathered (digest_id). mail_key is unique: the same notification
-- or the same person's digest of a day can never become two mails. The sender claims a row with a
-- conditional update (PENDING -> SENDING, committed), sends, then marks it SENT in a new transaction; a row
-- found still SENDING after its lease becomes UNCERTAIN and is never resent without an admin.
create table mail_delivery (
    id              bigint        not null primary key,
    version         bigint        not null,
    created_at      timestamp with time zone not null,
    modified_at     timestamp with time zone not null,
    mail_key        varchar(200)  not null,
    recipient       varchar(100)  not null,
    kind            varchar(40)   not null,
    notification_id bigint,
    digest_day      date,
    digest_id       bigint,
    state           varchar(20)   not null,
    attempts        integer       not null,
    next_attempt_at timestamp with time zone not null,
    claimed_at      timestamp with time zone,
    sent_at         timestamp with time zone,
    last_error      varchar(1000),
    message_id      varchar(200)  not null,
    constraint mail_delivery_key_uk unique (mail_key),
    constraint mail_delivery_notification_fk foreign key (notification_id) references notification (id),
    constraint mail_delivery_digest_fk foreign key (digest_id) references mail_delivery (id)
);
-- The sender's query (due rows by time), the lease check, the digest's gathering, and the admin's list.
create index mail_delivery_due_idx on mail_delivery (state, next_attempt_at, id);
create index mail_delivery_digest_idx on mail_delivery (state, digest_day, recipient);
create index mail_delivery_items_idx on mail_delivery (digest_id);
create index mail_delivery_list_idx on mail_delivery (created_at desc, id desc);

create table notification_preference (
    id          bigint        not null primary key,
    version     bigint        not null,
    created_at  timestamp with time zone not null,
    modified_at timestamp with time zone not null,
    username    varchar(100)  not null,
    kind        varchar(40)   not null,
    email_mode  varchar(20)   not null,
    constraint notification_preference_uk unique (username, kind)
);

-- Whether the automatic sending (timer and wake-ups) is paused, for every server of the deployment at once:
-- an admin pauses it while the SMTP server is serviced; mails wait in the outbox meanwhile.
create table mail_outbox_control (
    id         bigint        not null primary key,
    version    bigint        not null,
    paused     boolean       not null,
    changed_by varchar(100),
    changed_at timestamp with time zone
);
insert into mail_outbox_control (id, version, paused) values (1, 0, false);

-- Reminders the daily timer sent (a task due tomorrow, a session starting tomorrow): one per subject and
-- day, so a second run or a second server sends none again (the key refuses the copy).
create table reminder_log (
    kind       varchar(40)   not null,
    subject_id bigint        not null,
    on_day     date          not null,
    sent_at    timestamp with time zone not null,
    constraint reminder_log_pk primary key (kind, subject_id, on_day)
);
