-- A review's recommendation numbers, claimed in the transaction that records the recommendation (RecommendationNumbers),
-- so that two requests racing with the same number cannot both be recorded. V9 claims the numbers already recorded.
create table recommendation_number (
    source_id          varchar(64) not null,
    number             varchar(20) not null,
    recommendation_id  varchar(64) not null,
    primary key (source_id, number)
);
