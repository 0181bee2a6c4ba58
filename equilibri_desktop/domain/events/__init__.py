"""Events and training: kinds, participant statuses and their transitions, sessions, attendance thresholds."""
