"""Scale-out: the same extraction on a Ray cluster (optional extra ``newsledger[ray]``)."""
