-- Version 2 of the rules of evidence (SPEC 3a): read models derived from each aggregate's effective history
-- (corrections applied, facts in business-date order). The tables whose shape changed are made anew; the service
-- rebuilds every read model at its next start, because the basis they were built on (read_model_basis) changed.

-- a milestone's state follows from these dates alone (MilestoneDates.state); on_hold is gone: a delay never moves a due date
drop table milestone;
create table milestone (
    review_id        varchar(64)  not null,
    milestone        varchar(32)  not null,
    review_kind      varchar(32)  not null,
    reference        varchar(100) not null,
    due_on           date,
    done_on          date,
    not_required_on  date,
    lapsed_on        date,
    statutory        boolean      not null,
    primary key (review_id, milestone)
);
create index milestone_due_on on milestone (due_on);

-- a reopened recommendation, or one accepted after a decline, is open over more than one period
drop table recommendation_open_period;
create table recommendation_open_period (
    recommendation_id  varchar(64) not null,
    from_on            date        not null,
    to_on              date        not null,
    length_class       integer     not null,
    primary key (recommendation_id, from_on)
);
create index recommendation_open_period_class on recommendation_open_period (length_class, to_on, from_on);

alter table action add column cancelled_on date;
alter table action add column status varchar(32);
create index action_cancelled_on on action (cancelled_on);

alter table rapid_review add column last_submitted_on date;
alter table rapid_review add column submissions integer;
alter table rapid_review add column not_required_on date;
alter table rapid_review add column status varchar(40);

alter table practice_review add column status varchar(32);

-- what the read models were built with: the derivation's version and the configuration (timescales, bank holidays,
-- milestones by kind). A start with a different basis rebuilds them (configuration is not a fact).
create table read_model_basis (
    id           integer      not null primary key,
    fingerprint  varchar(64)  not null,
    recorded_at  timestamp with time zone not null
);
