-- The tamper-evident record (SPEC 10): one SHA-256 link per event, over the previous link and every column of the
-- event, written in the transaction that appends the event. The chain's order is the global index.
create table event_chain (
    global_index          bigint       not null primary key,
    aggregate_identifier  varchar(255) not null,
    sequence_number       bigint       not null,
    link                  varchar(64)  not null
);

-- The head of the chain: a single row (id 1), made at the first start-up, that every append locks (select ... for
-- update) before it inserts its events, so that appends, on one instance or several, are chained one after the other
-- in the order of their global indexes.
create table event_chain_head (
    id            integer     not null primary key,
    global_index  bigint      not null,
    link          varchar(64) not null,
    length        bigint      not null
);
