-- Where the last rebuild of the read models stands, shared by every instance. A rebuild found LOADING at start-up
-- was interrupted and is started again.
create table read_model_rebuild (
    id           integer      not null primary key,
    state        varchar(20)  not null,
    head         bigint       not null,
    events       bigint,
    started_at   timestamp with time zone not null,
    finished_at  timestamp with time zone
);
