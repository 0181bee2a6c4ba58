"""Generated documents: the register that numbers and stores every PDF (register), the files on disk with their
SHA-256 (files), the DTOs of the register (dto), and the specimens of each kind of document (specimens)."""
