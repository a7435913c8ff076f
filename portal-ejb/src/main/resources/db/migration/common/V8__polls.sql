-- Community priority polls: a mayor asks the residents of the district a question with options and dates,
-- each resident votes once, and the winning option can start a project proposal that keeps the poll as the
-- evidence of community consultation. Common SQL of H2 and PostgreSQL.

create table poll (
    id          bigint        not null primary key,
    version     bigint        not null,
    created_at  timestamp with time zone not null,
    modified_at timestamp with time zone not null,
    district_id bigint        not null,
    question    varchar(300)  not null,
    description varchar(4000),
    opens_on    date          not null,
    closes_on   date          not null,
    status      varchar(20)   not null,
    created_by  varchar(100)  not null,
    closed_at   timestamp with time zone,
    constraint poll_district_fk foreign key (district_id) references district (id)
);
create index poll_district_idx on poll (district_id, status, closes_on);
create index poll_closing_idx on poll (status, closes_on);

create table poll_option (
    id          bigint        not null primary key,
    version     bigint        not null,
    created_at  timestamp with time zone not null,
    modified_at timestamp with time zone not null,
    poll_id     bigint        not null,
    position    integer       not null,
    label       varchar(300)  not null,
    constraint poll_option_poll_fk foreign key (poll_id) references poll (id),
    constraint poll_option_position_uk unique (poll_id, position)
);

-- One vote per resident per poll: the unique key holds it under concurrent double submission.
create table poll_vote (
    id             bigint        not null primary key,
    version        bigint        not null,
    created_at     timestamp with time zone not null,
    modified_at    timestamp with time zone not null,
    poll_id        bigint        not null,
    option_id      bigint        not null,
    voter_username varchar(100)  not null,
    voted_at       timestamp with time zone not null,
    constraint poll_vote_poll_fk foreign key (poll_id) references poll (id),
    constraint poll_vote_option_fk foreign key (option_id) references poll_option (id),
    constraint poll_vote_voter_uk unique (poll_id, voter_username)
);
create index poll_vote_option_idx on poll_vote (option_id);
create index poll_vote_voter_idx on poll_vote (voter_username, voted_at);

-- A proposal started from a poll's winning option keeps the poll as its consultation evidence; one proposal
-- per poll (the unique index holds it when two start at once; several projects without a poll are fine).
alter table project add column poll_id bigint;
alter table project add column poll_option_id bigint;
alter table project add constraint project_poll_fk foreign key (poll_id) references poll (id);
alter table project add constraint project_poll_option_fk foreign key (poll_option_id) references poll_option (id);
create unique index project_poll_uk on project (poll_id);
