"""Verbs of change in amount: "um" after them is the difference ("um 5 Prozent gesenkt": by).

Written for this project (GPL-3.0-or-later); lemmas, separable and inseparable forms alike.
"""

CHANGE_VERBS = frozenset(
    """
    erhöhen senken reduzieren steigen sinken fallen wachsen schrumpfen zunehmen abnehmen zulegen
    verlängern verkürzen verringern vergrößern verkleinern steigern anheben kürzen übertreffen
    überschreiten unterschreiten verteuern verbilligen anwachsen ansteigen zurückgehen
    verschieben verspäten verzögern vorverlegen übersteigen unterscheiden irren verfehlen
    """.split()
)
