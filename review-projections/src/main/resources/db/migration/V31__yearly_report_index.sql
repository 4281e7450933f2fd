-- The yearly report counts the actions assigned in the year.
create index action_assigned_on on action (assigned_on);
