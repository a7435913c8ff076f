-- Regions, districts, the people who sign in, and the hash-chained audit record.
-- Written in the SQL that H2 and PostgreSQL share.

-- Ids come in blocks of 50; below 1000 is kept for reference rows that migrations insert.
create sequence portal_seq start with 1000 increment by 50;

create table region (
    id          bigint       not null primary key,
    version     bigint       not null,
    created_at  timestamp with time zone not null,
    modified_at timestamp with time zone not null,
    code        varchar(32)  not null,
    name_kk     varchar(120) not null,
    name_ru     varchar(120) not null,
    name_en     varchar(120) not null,
    active      boolean      not null,
    constraint region_code_uk unique (code)
);

create table district (
    id          bigint       not null primary key,
    version     bigint       not null,
    created_at  timestamp with time zone not null,
    modified_at timestamp with time zone not null,
    code        varchar(32)  not null,
    name_kk     varchar(120) not null,
    name_ru     varchar(120) not null,
    name_en     varchar(120) not null,
    kind        varchar(20)  not null,
    region_id   bigint       not null,
    active      boolean      not null,
    constraint district_code_uk unique (code),
    constraint district_region_fk foreign key (region_id) references region (id)
);
create index district_region_idx on district (region_id, active);

create table official (
    id            bigint       not null primary key,
    version       bigint       not null,
    created_at    timestamp with time zone not null,
    modified_at   timestamp with time zone not null,
    subject       varchar(64)  not null,
    username      varchar(100) not null,
    display_name  varchar(200) not null,
    email         varchar(254),
    roles         varchar(200) not null,
    district_id   bigint,
    region_id     bigint,
    language      varchar(2)   not null,
    last_login_at timestamp with time zone,
    constraint official_subject_uk unique (subject),
    constraint official_username_uk unique (username),
    constraint official_district_fk foreign key (district_id) references district (id),
    constraint official_region_fk foreign key (region_id) references region (id)
);
create index official_district_idx on official (district_id);
create index official_region_idx on official (region_id);

create table audit_record (
    seq           bigint        not null primary key,
    occurred_at   timestamp with time zone not null,
    actor         varchar(100)  not null,
    actor_role    varchar(40)   not null,
    action        varchar(80)   not null,
    subject_type  varchar(60)   not null,
    subject_id    bigint,
    before_state  varchar(4000),
    after_state   varchar(4000),
    comment_text  varchar(4000),
    previous_hash varchar(64)   not null,
    hash          varchar(64)   not null
);
create index audit_record_subject_idx on audit_record (subject_type, subject_id);

create table audit_chain_head (
    id        bigint      not null primary key,
    last_seq  bigint      not null,
    last_hash varchar(64) not null
);
insert into audit_chain_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
