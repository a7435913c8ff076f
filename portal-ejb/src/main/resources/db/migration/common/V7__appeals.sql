-- Residents' appeals to a district under the legal answer clock (15 working days; one extension up to two
-- months; redirect to the right district within 3 working days), the answer, the resident's rating, a
-- complaint to the governor, and moderation of public appeals. Common SQL of H2 and PostgreSQL.
-- People are referred to by username, as enrolments are: a resident's official row appears at their login.

create table appeal (
    id                    bigint        not null primary key,
    version               bigint        not null,
    created_at            timestamp with time zone not null,
    modified_at           timestamp with time zone not null,
    reference             varchar(48)   not null,
    district_id           bigint        not null,
    first_district_id     bigint        not null,
    author_username       varchar(100)  not null,
    kind                  varchar(20)   not null,
    category              varchar(30)   not null,
    subject               varchar(200)  not null,
    body                  varchar(4000) not null,
    written_in            varchar(2)    not null,
    answer_in             varchar(2)    not null,
    is_public             boolean       not null,
    status                varchar(20)   not null,
    submitted_at          timestamp with time zone not null,
    received_on           date          not null,
    redirect_by           date          not null,
    due_on                date          not null,
    extended_on           date,
    extension_reason      varchar(2000),
    told_by               date,
    redirected_at         timestamp with time zone,
    redirect_reason       varchar(2000),
    overdue_at            timestamp with time zone,
    answered_at           timestamp with time zone,
    answered_by           varchar(100),
    answer_text           varchar(8000),
    answer_working_days   integer,
    answered_on_time      boolean,
    project_id            bigint,
    closed_at             timestamp with time zone,
    rating                varchar(20),
    rating_comment        varchar(2000),
    rated_at              timestamp with time zone,
    complaint_text        varchar(4000),
    complaint_at          timestamp with time zone,
    complaint_answer      varchar(8000),
    complaint_answered_by varchar(100),
    complaint_answered_at timestamp with time zone,
    hidden_at             timestamp with time zone,
    hidden_by             varchar(100),
    hidden_reason         varchar(1000),
    constraint appeal_reference_uk unique (reference),
    constraint appeal_district_fk foreign key (district_id) references district (id),
    constraint appeal_first_district_fk foreign key (first_district_id) references district (id),
    constraint appeal_project_fk foreign key (project_id) references project (id)
);
-- The mayor's inbox: a district's appeals by state and deadline.
create index appeal_inbox_idx on appeal (district_id, status, due_on, id);
create index appeal_district_due_idx on appeal (district_id, due_on, id);
-- A resident's own appeals, newest first.
create index appeal_author_idx on appeal (author_username, submitted_at);
-- The timer's sweep of open appeals past their due date.
create index appeal_due_idx on appeal (status, due_on);
-- Trust figures and the public page: a district's answers by month.
create index appeal_answered_idx on appeal (district_id, answered_at);
create index appeal_project_idx on appeal (project_id);

-- Reference numbers given at submission (district code, year, this number): readable, unique, not the id.
create sequence appeal_ref_seq start with 1000 increment by 1;

-- An appeal's files are attachments of the appeal.
alter table attachment add column appeal_id bigint;
alter table attachment add constraint attachment_appeal_fk foreign key (appeal_id) references appeal (id);
create index attachment_appeal_idx on attachment (appeal_id);
