-- Learning themes read the period's recommendations by the day they were made: their status on the date from one range
-- of this index (not a probe of each recommendation's periods), and their themes from one range of the second.
create index recommendation_period_made_on on recommendation_period (made_on, from_on, to_on, recommendation_id, status);
drop index if exists recommendation_theme_made_on;
create index recommendation_theme_made_on on recommendation_theme (made_on, theme, recommendation_id);
