-- Read models: one row per rapid review, practice review and recommendation, with its history (JSON) and the
-- columns lists filter and sort on. Built from events only; a rebuild truncates and replays them.

create table rapid_review (
    id           varchar(64)  not null primary key,
    reference    varchar(100) not null,
    aware_on     date         not null,
    notified_on  date         not null,
    outcome      varchar(32)  not null,
    version      bigint       not null,
    history      varchar      not null
);
create index rapid_review_notified_on on rapid_review (notified_on);

create table practice_review (
    id              varchar(64)  not null primary key,
    reference       varchar(100) not null,
    kind            varchar(32)  not null,
    rapid_review_id varchar(64),
    decided_on      date         not null,
    version         bigint       not null,
    history         varchar      not null
);
create index practice_review_decided_on on practice_review (decided_on);

create table recommendation (
    id         varchar(64) not null primary key,
    source_id  varchar(64) not null,
    number     varchar(20) not null,
    made_on    date        not null,
    version    bigint      not null,
    history    varchar     not null
);
create index recommendation_source on recommendation (source_id, number);
create index recommendation_made_on on recommendation (made_on);
