"""Fictitious vocabulary for demo data: names, birthplaces, streets and organisation names."""

from __future__ import annotations

from dataclasses import dataclass

FEMALE_NAMES = (
    "Giulia", "Francesca", "Chiara", "Sara", "Martina", "Valentina", "Alessandra", "Elena", "Federica",
    "Silvia", "Laura", "Paola", "Simona", "Roberta", "Cristina", "Monica", "Barbara", "Daniela", "Elisa",
    "Anna", "Maria", "Giovanna", "Serena", "Ilaria", "Michela", "Claudia", "Stefania", "Manuela", "Veronica",
    "Alice", "Beatrice", "Camilla", "Sofia", "Aurora", "Noemi", "Rosa", "Antonella", "Lucia", "Teresa",
    "Carla", "Marta", "Irene", "Arianna", "Debora", "Luisa", "Patrizia", "Angela", "Marisa",
)
MALE_NAMES = (
    "Marco", "Andrea", "Luca", "Alessandro", "Matteo", "Davide", "Stefano", "Paolo", "Giuseppe", "Francesco",
    "Roberto", "Massimo", "Fabio", "Simone", "Giovanni", "Antonio", "Riccardo", "Lorenzo", "Daniele", "Claudio",
    "Alberto", "Emanuele", "Giorgio", "Mario", "Salvatore", "Vincenzo", "Nicola", "Michele", "Filippo", "Pietro",
)
SURNAMES = (
    "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
    "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti",
    "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi", "Caruso", "Ferrara", "Galli", "Martini", "Leone",
    "Longo", "Gentile", "Martinelli", "Vitale", "Lombardo", "Serra", "Coppola", "De Santis", "D'Angelo",
    "Marchetti", "Parisi", "Villa", "Conte", "Ferraro", "Ferri", "Fabbri", "Bianco", "Marini", "Grasso",
    "Valentini", "Messina", "Sala", "De Angelis", "Gatti", "Pellegrini", "Palumbo", "Sanna", "Farina",
    "Rizzi", "Monti", "Cattaneo", "Morelli", "Amato", "Silvestri", "Mazza", "Testa", "Grassi", "Pellegrino",
    "Carbone", "Giuliani", "Benedetti", "Barone", "Rossetti", "Caputo", "Montanari", "Guerra", "Palmieri",
    "Bernardi", "Brambilla", "Pozzi", "Mauri", "Sironi", "Galbiati", "Meroni", "Vismara", "Riva", "Crippa",
)

# (Belfiore code, weight): mostly the metropolitan area, then the regions people moved from.
# Every code here is valid for births from 1950 to 2006, the demo birth range (a test checks it).
ITALIAN_BIRTHPLACES = (
    ("F205", 40), ("F100", 6), ("H827", 5), ("H930", 5), ("E648", 4), ("G388", 3), ("F704", 3),
    ("A794", 2), ("B157", 2), ("D150", 2), ("G535", 2), ("L219", 2), ("D969", 1), ("L736", 1),
    ("A944", 1), ("H501", 2), ("F839", 4), ("G273", 3), ("A662", 3), ("C351", 3), ("H224", 2),
    ("D643", 2), ("E506", 2), ("H703", 2), ("D086", 2), ("F158", 1), ("I754", 1), ("G702", 1),
)


@dataclass(frozen=True)
class Origin:
    """People born abroad: names usual in the country, its Z-code and the citizenship adjective."""

    country_code: str
    citizenship: str
    surnames: tuple[str, ...]
    female: tuple[str, ...]
    male: tuple[str, ...]


FOREIGN_ORIGINS = (
    Origin("Z129", "rumena", ("Popescu", "Ionescu", "Popa", "Dumitru", "Stoica"),
           ("Elena", "Ioana", "Andreea", "Mihaela"), ("Mihai", "Andrei", "Ionut")),
    Origin("Z330", "marocchina", ("El Amrani", "Benali", "Haddad", "Bennani", "Alaoui"),
           ("Fatima", "Khadija", "Amina", "Nadia"), ("Youssef", "Mohamed", "Karim")),
    Origin("Z100", "albanese", ("Hoxha", "Shehu", "Leka", "Gjoka", "Dervishi"),
           ("Elira", "Ardita", "Blerina", "Anila"), ("Arben", "Ermal", "Gentian")),
    Origin("Z611", "peruviana", ("Quispe", "Flores", "Huaman", "Mamani", "Rojas"),
           ("Rosa", "Carmen", "Milagros", "Juana"), ("Luis", "Jorge", "Cesar")),
    Origin("Z216", "filippina", ("Santos", "Reyes", "Cruz", "Bautista", "Garcia"),
           ("Maricel", "Rowena", "Jocelyn", "Lorna"), ("Mark", "Jerome", "Rodel")),
    Origin("Z138", "ucraina", ("Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Melnyk"),
           ("Olena", "Oksana", "Iryna", "Natalia"), ("Andriy", "Oleksandr", "Taras")),
    Origin("Z605", "ecuadoriana", ("Vera", "Zambrano", "Cedeno", "Mendoza", "Moreira"),
           ("Gabriela", "Veronica", "Mayra", "Johanna"), ("Diego", "Fernando", "Wilson")),
    Origin("Z336", "egiziana", ("Hassan", "Mahmoud", "Ibrahim", "Abdelaziz", "Farouk"),
           ("Mona", "Yasmin", "Heba", "Rania"), ("Ahmed", "Mostafa", "Tarek")),
    Origin("Z209", "srilankese", ("Perera", "Fernando", "Silva", "Jayasuriya", "Wickramasinghe"),
           ("Dilani", "Nimali", "Chamari", "Sanduni"), ("Nuwan", "Kasun", "Ruwan")),
)

STREETS = (
    "Via Roma", "Via Giuseppe Garibaldi", "Via Giuseppe Mazzini", "Via Camillo Benso di Cavour",
    "Via Dante Alighieri", "Via Vittorio Emanuele II", "Via Alessandro Manzoni", "Via XXV Aprile",
    "Via IV Novembre", "Via Papa Giovanni XXIII", "Via Martiri della Libertà", "Via Emilia", "Via per Lodi",
    "Via Trieste", "Via Trento", "Via Antonio Gramsci", "Viale Lombardia", "Via dei Mille", "Via San Francesco",
    "Via Giacomo Matteotti", "Via Cesare Battisti", "Via Leonardo da Vinci", "Via Guglielmo Marconi",
    "Via del Risorgimento", "Via Alessandro Volta", "Via Monte Grappa", "Via Piave", "Via Sandro Pertini",
    "Via Aldo Moro", "Via Enrico Fermi", "Piazza della Libertà", "Via della Repubblica", "Via Cristoforo Colombo",
    "Via Gian Lorenzo Bernini", "Via Giuseppe Verdi", "Via Don Luigi Sturzo", "Via Vittorio Veneto", "Via Lodi",
)
MOBILE_PREFIXES = ("320", "328", "329", "333", "335", "338", "339", "340", "347", "348", "349", "366", "389", "392")

# RFC 2606 reserved domains: demo addresses look real but can never reach anybody.
PERSONAL_MAIL_DOMAINS = ("example.com", "example.org", "example.net")
ORGANISATION_MAIL_DOMAIN = "example.org"

TOWN_HALL_ADDRESSES = ("Piazza del Municipio 1", "Piazza della Vittoria 1", "Piazza della Repubblica 1")
COMPANY_TRADES = (
    "Logistica", "Meccanica", "Impianti Elettrici", "Informatica", "Alimentari", "Trasporti", "Costruzioni",
    "Servizi Integrati", "Grafica", "Packaging", "Pulizie", "Ristorazione", "Tessile", "Consulenze",
)
COMPANY_PLACES = (
    "Lambro", "Vettabbia", "Martesana", "Adda", "Muzza", "Paullese", "Sud Milano", "Addetta", "Naviglio",
    "Chiaravalle", "Emilia", "Lombarda",
)
COMPANY_FORMS = ("S.r.l.", "S.r.l.", "S.r.l.", "S.p.A.", "S.n.c.", "S.a.s.", "S.r.l.s.")
COOPERATIVE_NAMES = (
    "Il Girasole", "L'Aquilone", "Arcobaleno", "Il Melograno", "La Tartaruga", "Spazio Aperto", "Il Ponte",
    "La Fabbrica dei Sogni", "Il Seme", "La Rondine", "Il Germoglio", "Filo d'Erba",
)
SOCIAL_ENTERPRISE_NAMES = ("Tempo per Te", "Conciliare", "Casa dei Bambini", "Spazio Famiglia", "Orari Amici")
ASSOCIATION_PATTERNS = (
    ("Associazione Genitori {town}", "APS"),
    ("Mamme in Rete {town}", "APS"),
    ("Amici dei Nonni {town}", "ODV"),
    ("Banca del Tempo {town}", "APS"),
    ("Famiglie Insieme {town}", "ODV"),
    ("Centro Culturale {town}", "Associazione non riconosciuta"),
)
UNION_PATTERNS = (
    ("Unione Artigiani Sud Milano", "Associazione di categoria"),
    ("Associazione Commercianti {town}", "Associazione di categoria"),
    ("Sindacato Lavoratori Terziario Martesana", "Associazione sindacale"),
    ("Unione Piccole Imprese Adda-Martesana", "Associazione di categoria"),
    ("Coordinamento Lavoratrici Sud Est Milano", "Associazione sindacale"),
)
