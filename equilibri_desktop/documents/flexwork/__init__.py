"""PDF/A documents of the flexible-work line: the company regulation on agile work and the individual agreement."""
