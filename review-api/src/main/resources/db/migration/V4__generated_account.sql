-- The account a first start creates when no users are configured; its password is printed once and kept hashed here.
create table generated_account (
    name           varchar(100) not null primary key,
    password_hash  varchar(200) not null,
    created_at     timestamp with time zone not null
);
