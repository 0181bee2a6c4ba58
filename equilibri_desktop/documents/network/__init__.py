"""PDFs of the network: the agreement with numbered articles, a block per party and a signature block each."""
