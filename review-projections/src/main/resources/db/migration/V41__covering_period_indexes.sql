-- The lists read the period tables from their indexes alone (issue 13, lists under 20 ms at p99 nationally): each
-- index below holds every column the lists read, so a list no longer fetches a row for each index entry, and the
-- recommendations with a status on a date are found by the status as well as the date. Built on the national-scale
-- store, on H2: the IN_PROGRESS recommendations on a date read 7,957 index entries instead of 97,265 entries and rows,
-- and the overdue actions 1,495 index entries instead of 1,495 entries and 1,495 rows (16 ms to 0.7 ms).
-- "if exists": a rebuild interrupted by a stop has the secondary indexes dropped (read_model_index keeps their
-- definitions, created again "if not exists" when the load ends, which leaves the ones below as they are).
create index recommendation_period_status on recommendation_period (length_class, to_on, status, from_on, recommendation_id);

drop index if exists action_period_class;
create index action_period_class on action_period (length_class, to_on, from_on, due_on, agency, recommendation_id, action_id);

drop index if exists action_overdue_period_class;
create index action_overdue_period_class on action_overdue_period (length_class, to_on, from_on, agency, due_on, recommendation_id, action_id);

drop index if exists recommendation_open_period_class;
create index recommendation_open_period_class on recommendation_open_period (length_class, to_on, from_on, recommendation_id);

-- a recommendation's actions for an agency by a date (the list by agency, with or without a theme), from the index alone
drop index if exists action_agency;
create index action_agency on action (agency, recommendation_id, assigned_on);

-- the recommendations with an action completed (or cancelled) by a date (the list by RAG COMPLETE or CANCELLED): from
-- the index alone, not a row fetched for each of the national store's 200,000 completed actions (about a second)
drop index if exists action_completed_on;
create index action_completed_on on action (completed_on, recommendation_id);
drop index if exists action_cancelled_on;
create index action_cancelled_on on action (cancelled_on, recommendation_id);
