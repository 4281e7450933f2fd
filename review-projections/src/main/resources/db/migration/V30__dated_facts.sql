-- Facts that the yearly report counts by their own date and that no other read model keeps one row each for:
-- each submission of a rapid review to the Panel (the first, then resubmissions), each closure and reopening of a recommendation,
-- each revision of an action's due date and each impact review. Derived from the effective history like every read model.
create table dated_fact (
    subject_id  varchar(64) not null,
    kind        varchar(32) not null,
    seq         integer     not null,
    on_date     date        not null,
    primary key (subject_id, kind, seq)
);
create index dated_fact_kind_on_date on dated_fact (kind, on_date);
