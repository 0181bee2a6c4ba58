"""Field laptops at outreach events: the sealed file format of kits and return packages, the refusals a bad
file meets, the keyed hash and fuzzy scores that match people, and how a field change meets an office one."""
