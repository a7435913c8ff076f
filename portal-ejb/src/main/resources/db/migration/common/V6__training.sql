-- Training for mayors: courses with their materials, sessions with their days and trainers, enrolments
-- with attendance and scores, certificates and evaluations; and the course a workflow step may require.
-- Common SQL of H2 and PostgreSQL.

create table course (
    id                 bigint        not null primary key,
    version            bigint        not null,
    created_at         timestamp with time zone not null,
    modified_at        timestamp with time zone not null,
    code               varchar(20)   not null,
    title              varchar(200)  not null,
    description        varchar(4000),
    objectives         varchar(4000),
    topics             varchar(4000),
    target_roles       varchar(200)  not null,
    hours              integer       not null,
    min_attendance_pct integer       not null,
    pass_mark          integer       not null,
    status             varchar(20)   not null,
    constraint course_code_uk unique (code)
);
create index course_status_idx on course (status, title);

-- A course's files are attachments of the course rather than of a project.
alter table attachment alter column project_id drop not null;
alter table attachment add column course_id bigint;
alter table attachment add constraint attachment_course_fk foreign key (course_id) references course (id);
create index attachment_course_idx on attachment (course_id);

create table course_material (
    course_id     bigint       not null,
    position      integer      not null,
    title         varchar(200) not null,
    url           varchar(500),
    attachment_id bigint,
    constraint course_material_pk primary key (course_id, position),
    constraint course_material_course_fk foreign key (course_id) references course (id),
    constraint course_material_attachment_fk foreign key (attachment_id) references attachment (id)
);

create table training_session (
    id            bigint        not null primary key,
    version       bigint        not null,
    created_at    timestamp with time zone not null,
    modified_at   timestamp with time zone not null,
    course_id     bigint        not null,
    first_day     date          not null,
    last_day      date          not null,
    starts_at     time          not null,
    ends_at       time          not null,
    venue         varchar(200),
    online_link   varchar(500),
    capacity      integer       not null,
    status        varchar(20)   not null,
    cancel_reason varchar(1000),
    constraint training_session_course_fk foreign key (course_id) references course (id)
);
create index training_session_course_idx on training_session (course_id, first_day);
create index training_session_days_idx on training_session (first_day, last_day);
create index training_session_status_idx on training_session (status, first_day);

create table training_session_day (
    session_id bigint not null,
    on_day     date   not null,
    constraint training_session_day_pk primary key (session_id, on_day),
    constraint training_session_day_session_fk foreign key (session_id) references training_session (id)
);
create index training_session_day_day_idx on training_session_day (on_day);

create table training_session_trainer (
    session_id bigint       not null,
    username   varchar(100) not null,
    constraint training_session_trainer_pk primary key (session_id, username),
    constraint training_session_trainer_session_fk foreign key (session_id) references training_session (id)
);
create index training_session_trainer_user_idx on training_session_trainer (username);

create table enrolment (
    id               bigint       not null primary key,
    version          bigint       not null,
    created_at       timestamp with time zone not null,
    modified_at      timestamp with time zone not null,
    session_id       bigint       not null,
    trainee_username varchar(100) not null,
    trainee_name     varchar(200) not null,
    district_id      bigint,
    region_id        bigint,
    status           varchar(20)  not null,
    queued_at        timestamp with time zone not null,
    nominated_by     varchar(100),
    pre_score        integer,
    post_score       integer,
    constraint enrolment_uk unique (session_id, trainee_username),
    constraint enrolment_session_fk foreign key (session_id) references training_session (id),
    constraint enrolment_district_fk foreign key (district_id) references district (id),
    constraint enrolment_region_fk foreign key (region_id) references region (id)
);
-- The roster and waiting list of a session, a person's own sessions, and a region's coverage.
create index enrolment_session_idx on enrolment (session_id, status, queued_at);
create index enrolment_trainee_idx on enrolment (trainee_username, status);
create index enrolment_region_idx on enrolment (region_id, status);
create index enrolment_district_idx on enrolment (district_id, status);

create table enrolment_attendance (
    enrolment_id bigint not null,
    on_day       date   not null,
    constraint enrolment_attendance_pk primary key (enrolment_id, on_day),
    constraint enrolment_attendance_enrolment_fk foreign key (enrolment_id) references enrolment (id)
);

create table certificate (
    id               bigint        not null primary key,
    version          bigint        not null,
    created_at       timestamp with time zone not null,
    modified_at      timestamp with time zone not null,
    enrolment_id     bigint        not null,
    code             varchar(14)   not null,
    trainee_username varchar(100)  not null,
    trainee_name     varchar(200)  not null,
    course_code      varchar(20)   not null,
    course_title     varchar(200)  not null,
    hours            integer       not null,
    first_day        date          not null,
    last_day         date          not null,
    issued_on        date          not null,
    revoked_at       timestamp with time zone,
    revoke_reason    varchar(1000),
    constraint certificate_code_uk unique (code),
    constraint certificate_enrolment_uk unique (enrolment_id),
    constraint certificate_enrolment_fk foreign key (enrolment_id) references enrolment (id)
);
create index certificate_trainee_idx on certificate (trainee_username, course_code);

create table evaluation (
    id             bigint        not null primary key,
    version        bigint        not null,
    created_at     timestamp with time zone not null,
    modified_at    timestamp with time zone not null,
    enrolment_id   bigint        not null,
    session_id     bigint        not null,
    course_id      bigint        not null,
    usefulness     integer       not null,
    trainer_rating integer       not null,
    organisation   integer       not null,
    comment        varchar(2000),
    constraint evaluation_enrolment_uk unique (enrolment_id),
    constraint evaluation_enrolment_fk foreign key (enrolment_id) references enrolment (id),
    constraint evaluation_session_fk foreign key (session_id) references training_session (id),
    constraint evaluation_course_fk foreign key (course_id) references course (id)
);
create index evaluation_session_idx on evaluation (session_id);
create index evaluation_course_idx on evaluation (course_id);

-- A step may require that the project's district mayor completed a course, named by its code.
alter table workflow_step add column required_course varchar(20);
