"""The benchmark suite: `make bench` (python -m bench). Every ratio is against its baseline,
measured in the same run, interleaved."""
