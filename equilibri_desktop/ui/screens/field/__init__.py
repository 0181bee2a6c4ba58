"""Field laptops: field mode on the laptop (registration with consents and notes, attendance, the return) and,
in the office, the kit and the merge of a return package with its likely matches and conflicts."""
