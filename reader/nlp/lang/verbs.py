"""Separable verb particles: the first part of "übereinkommen", "aufrufen", "teilnehmen"."""

# Longest first, so a regular expression built from them prefers "heraus" to "her".
SEPARABLE_PREFIXES: tuple[str, ...] = tuple(
    sorted(
        {
            "ab", "an", "auf", "aus", "bei", "bekannt", "bereit", "da", "dabei", "dafür", "dagegen",
            "daher", "dahin", "daneben", "dar", "davon", "dazu", "dazwischen", "durch", "ein", "einher",
            "empor", "entgegen", "entlang", "entzwei", "fern", "fest", "fort", "frei", "gegenüber",
            "gleich", "heim", "her", "herab", "heran", "herauf", "heraus", "herbei", "herein", "herüber",
            "herum", "herunter", "hervor", "hin", "hinab", "hinauf", "hinaus", "hinein", "hinter", "hinüber",
            "hinunter", "hinweg", "hinzu", "hoch", "kennen", "klar", "kund", "los", "mit", "nach", "nieder",
            "offen", "preis", "statt", "stand", "teil", "über", "überein", "um", "umher", "unter", "voran",
            "voraus", "vorbei", "vorüber", "vor", "vorweg", "weg", "weiter", "wider", "wieder", "zu",
            "zurecht", "zurück", "zusammen", "zuvor", "zwischen",
        },
        key=lambda prefix: (-len(prefix), prefix),
    )
)
