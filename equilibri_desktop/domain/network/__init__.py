"""The network line of work: partnership agreements with many parties and the network agent's work with firms
(rules and codes only, no storage)."""
