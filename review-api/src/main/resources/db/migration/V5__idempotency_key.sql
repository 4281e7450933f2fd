-- Requests made with an Idempotency-Key: the key (per user), a hash of the request, and what the first one returned.
-- The row is written in the same transaction as the request's events, so a request is recorded once or not at all.
create table idempotency_key (
    idempotency_key  varchar(400) not null primary key,
    request_hash     varchar(64)  not null,
    aggregate_id     varchar(64)  not null,
    result           varchar(200),
    created_at       timestamp with time zone not null
);
