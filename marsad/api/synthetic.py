"""Synthetic articles with coded events, for tests, the browser check and the latency benchmark.

The sentences are written for this purpose (no real article text).  Each
event's evidence span points at its sentence in the article, so offsets and
highlighting can be checked end to end.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

from marsad.document import Document, Event

# (town, admin1, latitude, longitude): public coordinates of Syrian towns.
PLACES: tuple[tuple[str, str, str, float, float], ...] = (
    ("Daraa", "درعا", "Daraa", 32.62, 36.10),
    ("Idlib", "إدلب", "Idlib", 35.93, 36.63),
    ("Aleppo", "حلب", "Aleppo", 36.20, 37.16),
    ("Homs", "حمص", "Homs", 34.73, 36.72),
    ("Hama", "حماة", "Hama", 35.13, 36.75),
    ("Ar-Raqqa", "الرقة", "Ar-Raqqa", 35.95, 39.01),
    ("Deir ez-Zor", "دير الزور", "Deir-ez-Zor", 35.33, 40.14),
    ("As-Sweida", "السويداء", "As-Sweida", 32.71, 36.57),
    ("Quneitra", "القنيطرة", "Quneitra", 33.13, 35.82),
    ("Douma", "دوما", "Rural Damascus", 33.57, 36.40),
)

# (event_type, sub_event_type, actor1, inter1, actor2, inter2, sentence with {place} and {n}, {n} is deaths)
TEMPLATES: tuple[tuple[str, str, str, int, str | None, int, str, bool], ...] = (
    ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Military Forces of Syria", 1,
     "Civilians (Syria)", 7, "قُتل {n} مدنيين بقصف مدفعي استهدف أحياء {place} صباح اليوم.", True),
    ("Explosions/Remote violence", "Air/drone strike", "Military Forces of Russia", 8,
     "Civilians (Syria)", 7, "شنّت طائرات حربية غارات على مدينة {place} أسفرت عن مقتل {n} أشخاص.", True),
    ("Battles", "Armed clash", "Military Forces of Syria", 1, "Islamic State (Syria)", 2,
     "اندلعت اشتباكات عنيفة في محيط {place} قُتل خلالها {n} مقاتلين من الطرفين.", True),
    ("Protests", "Peaceful protest", "Protesters (Syria)", 6, None, 0,
     "خرج العشرات في مظاهرة سلمية وسط {place} للمطالبة بالإفراج عن المعتقلين.", False),
    ("Violence against civilians", "Abduction/forced disappearance", "Unidentified Armed Group (Syria)", 3,
     "Civilians (Syria)", 7, "اختطف مسلحون مجهولون {n} أشخاص على الطريق المؤدي إلى {place}.", False),
    ("Strategic developments", "Agreement", "Military Forces of Syria", 1, "Rebel Groups (Syria)", 2,
     "أعلنت الأطراف التوصل إلى اتفاق لوقف إطلاق النار في {place} بعد أسابيع من المفاوضات.", False),
)

LEAD = "أفاد المرصد السوري لحقوق الإنسان بوقوع أحداث جديدة في البلاد.\n"


def synthetic_documents(
    n_articles: int, events_per_article: int = 2, *, seed: int = 7, start: dt.date = dt.date(2018, 7, 1),
    days: int = 60,
) -> Iterator[Document]:
    """Yield `n_articles` documents, each with `events_per_article` events and matching evidence spans."""
    rng = random.Random(seed)
    for i in range(n_articles):
        published = start + dt.timedelta(days=rng.randrange(days))
        parts: list[str] = [LEAD]
        events: list[Event] = []
        for _ in range(events_per_article):
            etype, sub, a1, i1, a2, i2, pattern, lethal = rng.choice(TEMPLATES)
            town, town_ar, admin1, lat, lon = rng.choice(PLACES)
            n = rng.randrange(0, 30) if "{n}" in pattern else 0
            sentence = pattern.format(place=town_ar, n=n)
            offset = sum(len(p) for p in parts)
            parts.append(sentence + "\n")
            events.append(Event(
                event_type=etype, sub_event_type=sub, event_date=published.isoformat(),
                actor1=a1, inter1=i1, actor2=a2, inter2=i2, country="Syria", iso="SY", admin1=admin1,
                location=town, location_ar=town_ar,
                latitude=round(lat + rng.uniform(-0.05, 0.05), 4), longitude=round(lon + rng.uniform(-0.05, 0.05), 4),
                geo_precision=1, fatalities=n if lethal else 0,
                source="المرصد السوري لحقوق الإنسان", evidence=sentence,
                evidence_spans=[(offset, offset + len(sentence))], notes=f"synthetic event {i}",
                # spread over 0-1 without drawing from rng, so the other fields stay as they were
                confidence=round((0.37 * (i + 1) * (len(events) + 1)) % 1, 3),
            ))
        doc = Document(text="".join(parts), id=f"syn-{seed}-{i}", published=published,
                       title=f"Synthetic report {i}", outlet="Synthetic", url=f"https://example.org/{i}")
        doc.events = events
        yield doc


def build_store(path: str, n_articles: int, events_per_article: int = 2, seed: int = 7) -> int:
    """Write a synthetic store at `path`; returns the number of events written."""
    from marsad.store.writer import StoreWriter

    total = 0
    with StoreWriter(path) as writer:
        for doc in synthetic_documents(n_articles, events_per_article, seed=seed):
            total += writer.save(doc).events
    return total
