"""Time the corpus steps (speaker merging and the cross-article audit) on invented speakers.

Not a test: run it by hand and read the numbers.

    .venv/bin/python scripts/bench_corpus.py                 # 10,000 distinct speakers
    .venv/bin/python scripts/bench_corpus.py --speakers 40000

The corpus is made up here, seeded, so every run compares the same thing: people with invented
surnames (some also quoted by surname alone, some spelled two ways), bodies named with and
without their country, and quotes repeated across articles with a word changed.
"""

from __future__ import annotations

import argparse
import random
import time

from quotes.audit import build_register
from quotes.extraction import Extraction
from quotes.model import QuoteRecord


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


SYLLABLES = _words("ka ri mo ta ne lu sa vi do pe ra zu ko mi ha be lo ni fa te gu ya")
FIRST = _words("Ana Ben Chloe Dev Elif Femi Gita Hugo Ines Jonas Kemal Lena Marco Nadia Omar "
               "Priya Quentin Rosa Sanjay Tomas Uma Vera Wen Xavier Yusuf Zara")
BODIES = _words("Ministry Agency Council Authority Commission Bureau Office Board")
FIELDS = _words("Culture Health Transport Energy Water Finance Housing Labour Trade Science")


def vocabulary(rng: random.Random, size: int = 3000) -> list[str]:
    """Invented words, a few of them very common (as ``the`` and ``of`` are in real quotes)."""
    words = {"".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 3))) for _ in range(size)}
    return sorted(words)


def invented_name(rng: random.Random) -> str:
    surname = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()
    return f"{rng.choice(FIRST)} {surname}"


def misspelled(name: str, rng: random.Random) -> str:
    first, surname = name.split(" ", 1)
    at = rng.randrange(1, len(surname))
    return f"{first} {surname[:at]}{rng.choice('aeiou')}{surname[at + 1:]}"


def speaker_names(count: int, rng: random.Random) -> list[tuple[str, str]]:
    """(name, type) pairs, ``count`` distinct names in all."""
    names: dict[str, str] = {}
    while len(names) < count:
        roll = rng.random()
        if roll < 0.75:
            name = invented_name(rng)
            names[name] = "person"
            if rng.random() < 0.1:
                names[name.split(" ", 1)[1]] = "person"  # quoted by surname elsewhere
            if rng.random() < 0.05:
                names[misspelled(name, rng)] = "person"
        else:
            country = invented_name(rng).split(" ", 1)[1]
            names[f"{rng.choice(BODIES)} of {rng.choice(FIELDS)} of {country}"] = "organization"
            if rng.random() < 0.3:
                names[country] = "organization"
    return list(names.items())[:count]


def invented_records(count: int, seed: int) -> list[QuoteRecord]:
    rng = random.Random(seed)
    words_of = vocabulary(rng)
    records = []
    for n, (name, kind) in enumerate(speaker_names(count, rng)):
        for copy in range(rng.choice((1, 1, 2))):
            words = rng.sample(words_of, rng.randint(7, 16))
            if copy:
                words[rng.randrange(len(words))] = rng.choice(words_of)
            text = " ".join(words)
            article = f"article-{rng.randrange(count // 4 + 1):05d}"
            records.append(QuoteRecord(
                quote_id=f"Q{n:06d}{copy}", article_id=article, source_file=f"{article}.txt",
                article_title=None, article_date=None, quote_text=text, quote_start=0,
                quote_end=len(text), quote_type="direct", speaker_text=name, speaker_start=0,
                speaker_end=len(name), speaker_name=name, speaker_type=kind, speaker_role=None,
                cue="said", cue_start=0, cue_end=4, flags=[], confidence=0.9,
            ))
    return records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--speakers", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    records = invented_records(args.speakers, args.seed)
    started = time.perf_counter()
    register = build_register(Extraction(records=records, articles=[], errors=[], vague=[]))
    seconds = time.perf_counter() - started
    print(f"{args.speakers} distinct speakers, {len(records)} quotes: "
          f"{len(register.speakers)} speaker rows, {len(register.findings)} findings "
          f"in {seconds:.2f} s")


if __name__ == "__main__":
    main()
