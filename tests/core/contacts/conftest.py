"""Entries in the three scripts and accents the directory must keep exactly."""

from __future__ import annotations

import pytest

from interact_desktop.core.contacts.model import Contact, Phone


@pytest.fixture
def people() -> list[Contact]:
    return [
        Contact(
            roles=("police-emergency", "missing-persons-unit"),
            name="Ελένη Παπαδοπούλου",
            organisation="Ελληνική Αστυνομία, Τμήμα Ανηλίκων; Αθήνα",
            phones=(Phone("+30 210 000 0001", "work"), Phone("+30 690 000 0002", "mobile")),
            emails=("eleni.p@example.gr",),
            hours="Δευτέρα–Παρασκευή 08:00–16:00",
            note="Μιλά αγγλικά.\nΠρώτα στο κινητό, μετά στο γραφείο.",
        ),
        Contact(
            roles=("guardianship-authority",),
            name="Françoise Lefèvre-Dubœuf",
            organisation="Aide sociale à l'enfance (ASE)",
            phones=(Phone("+33 1 00 00 00 03", "work"), Phone("+33 1 00 00 00 04", "fax")),
            emails=("f.lefevre@example.fr", "ase.permanence@example.fr"),
            hours="24 h/24, 7 j/7",
            note="Permanence : demander « l'astreinte ».",
        ),
        Contact(
            roles=("guardianship-authority", "child-protection-service"),
            name="Joëlle van 't Hooft-IJzerman",
            organisation="Nidos, regio Zuid",
            phones=(Phone("+31 20 000 0005", "home"), Phone("+31 6 0000 0006", "other")),
            emails=("j.vanthooft@example.nl",),
            hours="ma–vr 9–17 uur; daarna de piketdienst",
            note="Vraag naar de jeugdbeschermer van dienst.",
        ),
        Contact(roles=("sirene-bureau",), organisation="SIRENE-bureau, Zoetermeer"),
    ]
