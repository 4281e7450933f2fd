-- The service instances sharing this database, each seen within the last few seconds: they share the read-model
-- processor's segments fairly.
create table service_instance (
    instance_id  varchar(64) not null primary key,
    last_seen    timestamp with time zone not null
);
