-- Issue 13 (every list under 20 ms at p99 nationally): a list of recommendations by status or by RAG has its total
-- without reading every recommendation that passes, and reads only as many as its page needs. Nationally, CLOSED on a
-- date passes about 78,000 recommendations: reading their ids took 24 ms at the median in the database alone,
-- counting them in an index 13 ms. The service rebuilds the read models at its next start (the derivation changed).
--
-- How many rows of a period table hold a value on a date, as changes: +1 on the day a period of that value starts,
-- -1 on the day it ends. The count on a date is the sum of the changes dated on or before it (at most one row a day).
-- Kept from the period rows of each aggregate, in the same transaction as them.
create table daily_count (
    counted        varchar(40) not null,
    counted_value  varchar(40) not null,
    on_date        date        not null,
    change         bigint      not null,
    primary key (counted, counted_value, on_date)
);
-- the sum from the index alone (nationally, CLOSED has 3,382 days: 7.7 ms through the primary key and its rows)
create index daily_count_sum on daily_count (counted, counted_value, on_date, change);

-- A recommendation's RAG (the worst of its actions', as the view has it) on every business date in [from_on, to_on).
-- A RAG changes with the date alone too: an action turns AMBER within the amber window of its due date, RED after it.
create table recommendation_rag_period (
    recommendation_id  varchar(64) not null,
    from_on            date        not null,
    to_on              date        not null,
    rag                varchar(32) not null,
    length_class       integer     not null,
    made_on            date        not null,
    primary key (recommendation_id, from_on)
);
create index recommendation_rag_period_class on recommendation_rag_period (length_class, to_on, rag, from_on, recommendation_id, made_on);
-- the periods that have not ended, in the order of the lists (most recently made first)
create index recommendation_rag_period_open on recommendation_rag_period (to_on, rag, made_on desc, recommendation_id, from_on);

-- the day the recommendation was made, on each of its status periods: the same two ways in
alter table recommendation_period add column made_on date;
drop index if exists recommendation_period_status;
create index recommendation_period_status on recommendation_period (length_class, to_on, status, from_on, recommendation_id, made_on);
create index recommendation_period_open on recommendation_period (to_on, status, made_on desc, recommendation_id, from_on);

-- the sequence number of the recommendation's last event that its rows stand for: an event handed over again (at least
-- once delivery) is left out, since the daily counts must not count it twice
alter table recommendation add column version bigint;
