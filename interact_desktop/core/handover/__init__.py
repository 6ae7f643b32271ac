"""Hand-over packets: a case passed to a colleague abroad, encrypted with age to their key or to a
one-time passphrase. This package knows the format and the cryptography only; building a packet
from a case and a case from a packet is the notebook's side (``core/notebook/handover.py``)."""
