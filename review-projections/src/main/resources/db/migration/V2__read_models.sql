-- Read models, built from events only; a rebuild truncates them and replays the event store. Views and timelines
-- of one review or recommendation are folds over its events in the event store; these tables serve the lists,
-- reports and metrics.
-- Dates are business dates; a period [from_on, to_on) that has not ended has to_on = 9999-12-31.

create table rapid_review (
    id                  varchar(64)  not null primary key,
    reference           varchar(100) not null,
    aware_on            date         not null,
    notified_on         date         not null,
    outcome             varchar(32)  not null,
    first_submitted_on  date,
    last_fact_on        date         not null
);
create index rapid_review_notified_on on rapid_review (notified_on);

create table rapid_review_decision (
    rapid_review_id  varchar(64) not null,
    seq              bigint      not null,
    decided_on       date        not null,
    decision         varchar(40) not null,
    primary key (rapid_review_id, seq)
);

create table rapid_review_response (
    rapid_review_id  varchar(64) not null,
    seq              bigint      not null,
    responded_on     date        not null,
    response         varchar(40) not null,
    primary key (rapid_review_id, seq)
);

create table practice_review (
    id                     varchar(64)  not null primary key,
    reference              varchar(100) not null,
    kind                   varchar(32)  not null,
    rapid_review_id        varchar(64),
    decided_on             date         not null,
    publication_due_on     date,
    reviewer_appointed_on  date,
    final_report_sent_on   date,
    published_on           date,
    withheld_on            date,
    delay_recorded_on      date,
    delay_expected_on      date,
    last_fact_on           date         not null
);
create index practice_review_decided_on on practice_review (decided_on);

create table review_theme (
    review_id    varchar(64)  not null,
    theme        varchar(64)  not null,
    review_kind  varchar(32)  not null,
    reference    varchar(100) not null,
    on_date      date         not null,
    primary key (review_id, theme)
);
create index review_theme_theme on review_theme (theme, on_date);

create table milestone (
    review_id    varchar(64)  not null,
    milestone    varchar(32)  not null,
    review_kind  varchar(32)  not null,
    reference    varchar(100) not null,
    due_on       date         not null,
    done_on      date,
    statutory    boolean      not null,
    on_hold      boolean      not null,
    primary key (review_id, milestone)
);
create index milestone_due_on on milestone (due_on);

create table recommendation (
    id            varchar(64) not null primary key,
    source_id     varchar(64) not null,
    number        varchar(20) not null,
    made_on       date        not null,
    responded_on  date,
    accepted      boolean,
    closed_on     date
);
create index recommendation_source on recommendation (source_id, number);
create index recommendation_made_on on recommendation (made_on desc, id);
create index recommendation_responded_on on recommendation (responded_on, accepted);
create index recommendation_closed_on on recommendation (closed_on);

create table recommendation_theme (
    recommendation_id  varchar(64) not null,
    theme              varchar(64) not null,
    made_on            date        not null,
    primary key (recommendation_id, theme)
);
create index recommendation_theme_theme on recommendation_theme (theme, recommendation_id);
create index recommendation_theme_made_on on recommendation_theme (made_on, theme);

create table action (
    recommendation_id  varchar(64)  not null,
    action_id          varchar(10)  not null,
    agency             varchar(64)  not null,
    description        varchar      not null,
    owner              varchar(200) not null,
    assigned_on        date         not null,
    original_due_on    date         not null,
    due_on             date         not null,
    completed_on       date,
    primary key (recommendation_id, action_id)
);
create index action_completed_on on action (completed_on);
create index action_agency on action (agency, recommendation_id);

-- the recommendation had this status on every business date in [from_on, to_on); length_class files the period by its
-- length (see ActivePeriods) so that the periods containing any date are found with an index
create table recommendation_period (
    recommendation_id  varchar(64) not null,
    from_on            date        not null,
    to_on              date        not null,
    status             varchar(32) not null,
    length_class       integer     not null,
    primary key (recommendation_id, from_on)
);
create index recommendation_period_class on recommendation_period (length_class, to_on, from_on, status);

-- the recommendation was open (made, and neither closed nor declined) on every business date in [from_on, to_on)
create table recommendation_open_period (
    recommendation_id  varchar(64) not null primary key,
    from_on            date        not null,
    to_on              date        not null,
    length_class       integer     not null
);
create index recommendation_open_period_class on recommendation_open_period (length_class, to_on, from_on);

-- the action was open, due on due_on, on every business date in [from_on, to_on)
create table action_period (
    recommendation_id  varchar(64) not null,
    action_id          varchar(10) not null,
    agency             varchar(64) not null,
    from_on            date        not null,
    to_on              date        not null,
    due_on             date        not null,
    length_class       integer     not null,
    primary key (recommendation_id, action_id, from_on)
);
create index action_period_class on action_period (length_class, to_on, from_on, due_on, agency);

-- the action was open and past its due date (due_on) on every business date in [from_on, to_on): the part of an
-- action period after its due date, so that the actions overdue on a date are found without reading every open one
create table action_overdue_period (
    recommendation_id  varchar(64) not null,
    action_id          varchar(10) not null,
    agency             varchar(64) not null,
    from_on            date        not null,
    to_on              date        not null,
    due_on             date        not null,
    length_class       integer     not null,
    primary key (recommendation_id, action_id, from_on)
);
create index action_overdue_period_class on action_overdue_period (length_class, to_on, from_on, agency, due_on);
