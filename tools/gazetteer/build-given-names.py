#!/usr/bin/env python3
"""Builds streams/.../enrich/given-names-human-names.txt: popular given names in English, German,
French, Spanish, Italian and Dutch from the npm package human-names (MIT), filtered so that no
common word, place or listed name becomes a person cue.

A given name is a person cue for the name after it ("Johanna Rolland", "Vito Bardi"), so the filter
aims at precision: a name whose lower-case form is a dictionary word in English, German, French,
Spanish, Italian, Dutch or Portuguese ("Rose", "Will", "Chase"), a town or region of towns.txt
("Austin", "Florence", "Georgia"), or already in a curated list (countries, places, organisations,
given names) is left out, as are names of fewer than three letters.

Inputs (fetched once by a maintainer, not at build or run time): `npm pack human-names@1.0.13`,
and the Debian packages wamerican and hunspell-{de-de,fr,es,it,nl,pt-pt}.

Usage: build-given-names.py HUMAN_NAMES_DATA_DIR RESOURCES_DIR > given-names-human-names.txt
"""
import glob
import importlib.util
import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location('build_towns', os.path.join(HERE, 'build-towns.py'))
towns = importlib.util.module_from_spec(spec)
spec.loader.exec_module(towns)


def town_names(resources):
    names = set()
    for line in open(os.path.join(resources, 'towns.txt'), encoding='utf-8'):
        if not line.startswith('#'):
            names.update(n.strip().lower() for n in line.split('|') if n.strip())
    return names


# month and weekday names of the supported languages ("June", "January"), and continents
NOT_NAMES = {w.lower() for w in (
    'January February March April May June July August September October November December '
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday '
    'Januar Februar März Juni Juli Oktober Dezember Janvier Février Mars Avril Mai Juin Juillet Août '
    'Enero Febrero Marzo Abril Mayo Junio Julio Agosto Gennaio Febbraio Aprile Maggio Giugno Luglio '
    'Januari Februari Maart Augustus America Americas Africa Europe Oceania Antarctica').split()}


def main(data_dir, resources):
    words = towns.dictionary_words()
    listed = towns.listed_words(resources) - {n.lower() for n in read_given(resources)}
    places = town_names(resources)
    kept = set()
    for path in sorted(glob.glob(os.path.join(data_dir, '*-human-names-*.json'))):
        for name in json.load(open(path, encoding='utf-8')):
            name = name.strip()
            lower = name.lower()
            ascii_lower = unicodedata.normalize('NFD', lower).encode('ascii', 'ignore').decode()
            if len(name) < 3 or not name[0].isupper() or not name.replace('-', '').isalpha():
                continue
            if lower in words or ascii_lower in words or lower in listed or lower in places or lower in NOT_NAMES:
                continue
            kept.add(name)
    kept -= set(read_given(resources))
    print('# Popular given names in English, German, French, Spanish, Italian and Dutch, from the npm')
    print('# package human-names 1.0.13 (MIT, Copyright (c) 2015 Alessandro Minoccheri; see NOTICE), selected')
    print('# by tools/gazetteer/build-given-names.py: names that are dictionary words of a supported')
    print('# language, towns or regions, or already in the curated lists are left out.')
    print('|'.join(sorted(kept)))


def read_given(resources):
    names = []
    for line in open(os.path.join(resources, 'given-names.txt'), encoding='utf-8'):
        if not line.startswith('#'):
            names.extend(n.strip() for n in line.split('|') if n.strip())
    return names


if __name__ == '__main__':
    main(*sys.argv[1:])
