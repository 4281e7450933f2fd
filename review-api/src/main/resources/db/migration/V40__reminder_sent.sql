-- Each reminder e-mail, once per period per recipient: the row is claimed (SENDING) before the e-mail is sent and marked
-- SENT after, so that of several instances (or a run after a restart) only one sends it. A claim left SENDING by an
-- instance that stopped is taken over after casereview.reminders.claim-timeout.
create table reminder_sent (
    reminder    varchar(20)  not null,
    period      varchar(20)  not null,
    recipient   varchar(320) not null,
    state       varchar(10)  not null,
    claimed_by  varchar(64)  not null,
    claimed_at  timestamp with time zone not null,
    sent_at     timestamp with time zone,
    primary key (reminder, period, recipient)
);
