-- The yearly report counts the actions completed in the year after their due date: read from the index alone.
create index action_completed_on_due_on on action (completed_on, due_on);
