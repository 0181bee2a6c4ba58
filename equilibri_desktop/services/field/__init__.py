"""Field laptops: the kit the office makes from an event, field mode on the laptop's own encrypted database,
the return package, and the merge back in the office with matching, conflicts, dry run and receipt."""
