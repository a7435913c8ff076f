-- Grant calls, projects with their budget and funding, the versioned approval workflow and its tasks,
-- implementation records, attachments and in-app notifications. Common SQL of H2 and PostgreSQL.

create table grant_call (
    id                  bigint        not null primary key,
    version             bigint        not null,
    created_at          timestamp with time zone not null,
    modified_at         timestamp with time zone not null,
    title               varchar(200)  not null,
    description         varchar(4000),
    envelope            bigint        not null,
    max_grant           bigint        not null,
    min_cofinancing_pct integer       not null,
    opens_on            date          not null,
    closes_on           date          not null,
    status              varchar(20)   not null
);
create index grant_call_status_idx on grant_call (status, closes_on);

create table grant_call_region (
    call_id   bigint not null,
    region_id bigint not null,
    constraint grant_call_region_pk primary key (call_id, region_id),
    constraint grant_call_region_call_fk foreign key (call_id) references grant_call (id),
    constraint grant_call_region_region_fk foreign key (region_id) references region (id)
);
create index grant_call_region_region_idx on grant_call_region (region_id);

create table grant_call_criterion (
    call_id    bigint       not null,
    position   integer      not null,
    name       varchar(200) not null,
    max_points integer      not null,
    constraint grant_call_criterion_pk primary key (call_id, position),
    constraint grant_call_criterion_call_fk foreign key (call_id) references grant_call (id)
);

create table workflow_definition (
    id           bigint       not null primary key,
    version      bigint       not null,
    created_at   timestamp with time zone not null,
    modified_at  timestamp with time zone not null,
    code         varchar(60)  not null,
    name_kk      varchar(120) not null,
    name_ru      varchar(120) not null,
    name_en      varchar(120) not null,
    revision     integer      not null,
    status       varchar(20)  not null,
    published_at timestamp with time zone,
    constraint workflow_definition_uk unique (code, revision)
);

create table workflow_step (
    definition_id      bigint       not null,
    position           integer      not null,
    code               varchar(40)  not null,
    kind               varchar(20)  not null,
    responsible        varchar(20)  not null,
    actions            varchar(100) not null,
    sla_days           integer      not null,
    required_approvals integer      not null,
    constraint workflow_step_pk primary key (definition_id, position),
    constraint workflow_step_definition_fk foreign key (definition_id) references workflow_definition (id)
);

create table project (
    id                 bigint        not null primary key,
    version            bigint        not null,
    created_at         timestamp with time zone not null,
    modified_at        timestamp with time zone not null,
    district_id        bigint        not null,
    call_id            bigint        not null,
    workflow_id        bigint        not null,
    step_position      integer       not null,
    round              integer       not null,
    status             varchar(20)   not null,
    title              varchar(200)  not null,
    problem            varchar(4000),
    solution           varchar(4000),
    benef_total        integer,
    benef_children     integer,
    benef_disabled     integer,
    benef_vulnerable   integer,
    benef_what         varchar(1000),
    consulted_on       date,
    consulted_people   integer,
    consulted_decision varchar(2000),
    total_cost         bigint        not null,
    grant_requested    bigint        not null,
    grant_approved     bigint        not null,
    submitted_at       timestamp with time zone,
    lessons_learned    varchar(4000),
    people_reached     integer,
    constraint project_district_fk foreign key (district_id) references district (id),
    constraint project_call_fk foreign key (call_id) references grant_call (id),
    constraint project_workflow_fk foreign key (workflow_id) references workflow_definition (id)
);
create index project_district_idx on project (district_id, status, modified_at);
create index project_call_idx on project (call_id, status);
create index project_status_idx on project (status, modified_at);

create table project_funding (
    project_id bigint      not null,
    position   integer     not null,
    source     varchar(20) not null,
    amount     bigint      not null,
    constraint project_funding_pk primary key (project_id, position),
    constraint project_funding_project_fk foreign key (project_id) references project (id)
);

create table project_score (
    project_id bigint       not null,
    position   integer      not null,
    criterion  varchar(200) not null,
    points     integer      not null,
    max_points integer      not null,
    constraint project_score_pk primary key (project_id, position),
    constraint project_score_project_fk foreign key (project_id) references project (id)
);

create table budget_line (
    id          bigint         not null primary key,
    version     bigint         not null,
    created_at  timestamp with time zone not null,
    modified_at timestamp with time zone not null,
    project_id  bigint         not null,
    position    integer        not null,
    category    varchar(20)    not null,
    description varchar(300)   not null,
    quantity    numeric(14, 2) not null,
    unit_cost   bigint         not null,
    constraint budget_line_project_fk foreign key (project_id) references project (id)
);
create index budget_line_project_idx on budget_line (project_id);

create table milestone (
    id          bigint       not null primary key,
    version     bigint       not null,
    created_at  timestamp with time zone not null,
    modified_at timestamp with time zone not null,
    project_id  bigint       not null,
    position    integer      not null,
    title       varchar(300) not null,
    due_on      date         not null,
    reached_on  date,
    status      varchar(20)  not null,
    constraint milestone_project_fk foreign key (project_id) references project (id)
);
create index milestone_project_idx on milestone (project_id);

create table indicator (
    id          bigint         not null primary key,
    version     bigint         not null,
    created_at  timestamp with time zone not null,
    modified_at timestamp with time zone not null,
    project_id  bigint         not null,
    position    integer        not null,
    name        varchar(300)   not null,
    unit        varchar(60)    not null,
    baseline    numeric(14, 2) not null,
    target      numeric(14, 2) not null,
    final_value numeric(14, 2),
    constraint indicator_project_fk foreign key (project_id) references project (id)
);
create index indicator_project_idx on indicator (project_id);

create table task (
    id                 bigint       not null primary key,
    version            bigint       not null,
    created_at         timestamp with time zone not null,
    modified_at        timestamp with time zone not null,
    project_id         bigint       not null,
    kind               varchar(20)  not null,
    step_position      integer      not null,
    step_code          varchar(40)  not null,
    responsible        varchar(20)  not null,
    district_id        bigint       not null,
    region_id          bigint       not null,
    report_id          bigint,
    opened_on          date         not null,
    due_on             date         not null,
    required_approvals integer      not null,
    status             varchar(20)  not null,
    first_approver     varchar(100),
    completed_by       varchar(100),
    completed_at       timestamp with time zone,
    outcome            varchar(20),
    escalated_on       date,
    constraint task_project_fk foreign key (project_id) references project (id)
);
-- "My tasks" of a mayor, a governor and a project manager, and the overdue scan of the timer.
create index task_district_idx on task (status, responsible, district_id, due_on);
create index task_region_idx on task (status, responsible, region_id, due_on);
create index task_due_idx on task (status, responsible, due_on);
create index task_project_idx on task (project_id, status);

create table progress_report (
    id             bigint        not null primary key,
    version        bigint        not null,
    created_at     timestamp with time zone not null,
    modified_at    timestamp with time zone not null,
    project_id     bigint        not null,
    period_year    integer       not null,
    period_quarter integer       not null,
    narrative      varchar(4000) not null,
    issues_risks   varchar(4000),
    status         varchar(20)   not null,
    review_comment varchar(4000),
    constraint progress_report_project_fk foreign key (project_id) references project (id)
);
create index progress_report_project_idx on progress_report (project_id, period_year, period_quarter);

create table expenditure (
    id             bigint       not null primary key,
    version        bigint       not null,
    created_at     timestamp with time zone not null,
    modified_at    timestamp with time zone not null,
    budget_line_id bigint       not null,
    project_id     bigint       not null,
    amount         bigint       not null,
    spent_on       date         not null,
    document       varchar(200) not null,
    constraint expenditure_line_fk foreign key (budget_line_id) references budget_line (id),
    constraint expenditure_project_fk foreign key (project_id) references project (id)
);
create index expenditure_project_idx on expenditure (project_id, spent_on);
create index expenditure_line_idx on expenditure (budget_line_id);

create table indicator_actual (
    id             bigint         not null primary key,
    version        bigint         not null,
    created_at     timestamp with time zone not null,
    modified_at    timestamp with time zone not null,
    indicator_id   bigint         not null,
    project_id     bigint         not null,
    period_year    integer        not null,
    period_quarter integer        not null,
    actual_value   numeric(14, 2) not null,
    constraint indicator_actual_uk unique (indicator_id, period_year, period_quarter),
    constraint indicator_actual_indicator_fk foreign key (indicator_id) references indicator (id),
    constraint indicator_actual_project_fk foreign key (project_id) references project (id)
);
create index indicator_actual_project_idx on indicator_actual (project_id);

create table attachment (
    id           bigint       not null primary key,
    version      bigint       not null,
    created_at   timestamp with time zone not null,
    modified_at  timestamp with time zone not null,
    project_id   bigint       not null,
    report_id    bigint,
    purpose      varchar(20)  not null,
    file_name    varchar(200) not null,
    file_type    varchar(10)  not null,
    size_bytes   bigint       not null,
    sha256       varchar(64)  not null,
    storage_key  varchar(80)  not null,
    uploaded_by  varchar(100) not null,
    constraint attachment_project_fk foreign key (project_id) references project (id),
    constraint attachment_storage_uk unique (storage_key)
);
create index attachment_project_idx on attachment (project_id, purpose);

create table notification (
    id          bigint        not null primary key,
    version     bigint        not null,
    created_at  timestamp with time zone not null,
    modified_at timestamp with time zone not null,
    recipient   varchar(100)  not null,
    kind        varchar(40)   not null,
    message_key varchar(100)  not null,
    arguments   varchar(1000),
    link        varchar(200),
    read_at     timestamp with time zone
);
create index notification_recipient_idx on notification (recipient, read_at, created_at);

-- The default workflow, "Local initiative grant", version 1, published. Times in working days.
insert into workflow_definition (id, version, created_at, modified_at, code, name_kk, name_ru, name_en, revision,
                                 status, published_at)
values (10, 0, current_timestamp, current_timestamp, 'local-initiative-grant', 'Жергілікті бастама гранты',
        'Грант на местную инициативу', 'Local initiative grant', 1, 'PUBLISHED', current_timestamp);
insert into workflow_step (definition_id, position, code, kind, responsible, actions, sla_days, required_approvals)
values (10, 0, 'submission', 'SUBMISSION', 'DISTRICT_MAYOR', 'SUBMIT', 10, 1),
       (10, 1, 'endorsement', 'REVIEW', 'REGION_GOVERNOR', 'APPROVE,RETURN,REJECT,COMMENT', 5, 1),
       (10, 2, 'appraisal', 'APPRAISAL', 'PROJECT_MANAGER', 'APPROVE,RETURN,REJECT,COMMENT', 10, 1),
       (10, 3, 'grant-decision', 'DECISION', 'PROJECT_MANAGER', 'APPROVE,RETURN,REJECT,COMMENT', 10, 2),
       (10, 4, 'implementation', 'IMPLEMENTATION', 'DISTRICT_MAYOR', 'SUBMIT,COMMENT', 65, 1),
       (10, 5, 'evaluation', 'EVALUATION', 'PROJECT_MANAGER', 'APPROVE,RETURN,COMMENT', 10, 1);
