-- The secondary indexes of the read-model tables while a rebuild has them dropped (SecondaryIndexes): a rebuild
-- interrupted by a stop finds here what to create again.
create table read_model_index (
    name        varchar(128)  not null primary key,
    definition  varchar(2000) not null
);
