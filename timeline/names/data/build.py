#!/usr/bin/env python3
"""Rebuilds the word lists of this folder (see README.md for sources and licences).

Usage (the inputs are not shipped; fetch them with the ordinary clients):
  pip download --no-deps -d /tmp/src names faker            # names 0.3.0, Faker (MIT)
  (cd /tmp/src && tar xzf names-0.3.0.tar.gz && unzip -q -o faker-*.whl -d fk)
  apt-get install wamerican-small wamerican                  # SCOWL word lists (Debian)
  python3 build.py /tmp/src ../../../seeds/gazetteer/places.yaml
Output is sorted and deterministic.
"""
import collections, importlib, os, re, sys, unicodedata

src, places_yaml = sys.argv[1], sys.argv[2]
here = os.path.dirname(os.path.abspath(__file__))


def fold(s):
    s = unicodedata.normalize('NFD', s)
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    return s.lower().strip()


def plain(s):
    return re.fullmatch(r'[a-z]{2,}', s) is not None


def words_of(path):
    out = set()
    for line in open(path, encoding='utf-8', errors='replace'):
        w = line.strip()
        if w and w == w.lower() and plain(w):
            out.add(w)
    return out


small = words_of('/usr/share/dict/american-english-small')
full = words_of('/usr/share/dict/american-english')

# places, their aliases and demonyms from the project's seed gazetteer
place_words, demonyms = set(), set()
for line in open(places_yaml, encoding='utf-8'):
    m = re.match(r'\s*-?\s*name:\s*(.+?)\s*$', line)
    if m:
        f = fold(m.group(1).strip('"\''))
        if plain(f):
            place_words.add(f)
    m = re.match(r'\s*(aliases|demonyms):\s*\[(.*)\]', line)
    if m:
        for item in m.group(2).split(','):
            f = fold(item.strip().strip('"\''))
            if m.group(1) == 'demonyms':
                if plain(f):
                    demonyms.add(f)
            elif plain(f):
                place_words.add(f)
demonyms |= {
    'african', 'africans', 'asian', 'asians', 'european', 'europeans', 'arab', 'arabs', 'arabic', 'latin',
    'western', 'eastern', 'northern', 'southern', 'soviet', 'scandinavian', 'nordic', 'baltic', 'balkan',
    'caribbean', 'hispanic', 'latino', 'latina', 'anglo', 'celtic', 'slavic', 'persian', 'kurdish', 'kurd',
    'kurds', 'palestinian', 'palestinians', 'english', 'scottish', 'welsh', 'irish', 'catalan', 'basque',
    'flemish', 'bavarian', 'texan', 'californian', 'siberian', 'crimean', 'chechen', 'tatar', 'pashtun',
    'tamil', 'sikh', 'hindu', 'muslim', 'muslims', 'christian', 'christians', 'jewish', 'jew', 'jews',
    'catholic', 'catholics', 'protestant', 'orthodox', 'islamic', 'buddhist', 'sunni', 'shia', 'shiite',
    'mediterranean', 'atlantic', 'pacific', 'antarctic', 'arctic', 'swahili', 'mandarin', 'cantonese',
    'hebrew', 'yiddish', 'hindi', 'urdu', 'bengali', 'punjabi', 'aboriginal', 'maori', 'inuit', 'quebecois',
    'sicilian', 'tuscan', 'andalusian', 'cossack', 'ottoman', 'byzantine', 'roman', 'romans', 'greek',
    'greeks', 'viking', 'vikings', 'aztec', 'mayan', 'inca', 'yankee', 'yankees', 'brit', 'brits', 'kiwi',
    'aussie', 'aussies', 'asiatic', 'oriental', 'occidental', 'transatlantic', 'pan', 'sino', 'franco',
    'indo', 'afro', 'euro', 'eurasian', 'gulf', 'sahel', 'sahrawi', 'uighur', 'uyghur', 'uyghurs', 'rohingya',
    'yazidi', 'druze', 'alawite', 'hutu', 'tutsi', 'zulu', 'xhosa', 'berber', 'bedouin', 'romani', 'roma',
    'democrat', 'democrats', 'republican', 'republicans', 'conservative', 'conservatives', 'liberal', 'liberals',
    'socialist', 'socialists', 'communist', 'communists', 'tory', 'tories', 'libertarian', 'libertarians',
    'nationalist', 'nationalists', 'labourite', 'labourites', 'federalist', 'federalists',
}

months_days = set('january february march april may june july august september october november december '
                  'monday tuesday wednesday thursday friday saturday sunday'.split())
titles = set('king queen prince princess duke duchess lord lady sir dame baron count earl major general colonel '
             'captain admiral judge justice bishop pope saint st chief president senator governor mayor '
             'doctor professor reverend sheriff marshal sergeant private corporal emperor tsar czar sultan '
             'emir sheikh khan shah rabbi imam pastor father mother sister brother uncle aunt baby'.split())
function = set('a an the and or but of in on at to for by with from as is it its he she we they you me my his '
               'her our their this that these those so no not if then than also too very all any some one two '
               'de la le el al da di du van von der den ter bin ibn abu do de'.split())

# given names: US Census 1990 (public domain, via PyPI "names") + Faker's person providers (MIT)
census_rank = {}
for fn in ('dist.male.first', 'dist.female.first'):
    for line in open(os.path.join(src, 'names-0.3.0', 'names', fn)):
        parts = line.split()
        if parts:
            n, rank = parts[0].lower(), int(parts[3])
            census_rank[n] = min(rank, census_rank.get(n, 10 ** 9))
census_last, census_last_words = [], []
for line in open(os.path.join(src, 'names-0.3.0', 'names', 'dist.all.last')):
    parts = line.split()
    if parts and int(parts[3]) <= 20000:
        census_last.append(parts[0].lower())
    if parts and int(parts[3]) <= 3000 and parts[0].lower() in full:
        census_last_words.append(parts[0].lower())

sys.path.insert(0, os.path.join(src, 'fk'))
base = os.path.join(src, 'fk', 'faker', 'providers', 'person')
faker_first, faker_last = set(), set()
for loc in sorted(os.listdir(base)):
    if not os.path.isdir(os.path.join(base, loc)) or loc.startswith('__'):
        continue
    try:
        P = importlib.import_module('faker.providers.person.' + loc).Provider
    except Exception:
        continue
    for attr in dir(P):
        v = getattr(P, attr)
        if isinstance(v, dict):
            v = list(v.keys())
        if not isinstance(v, (list, tuple)) or not all(isinstance(x, str) for x in v):
            continue
        a = attr.lower()
        if 'format' in a or 'prefix' in a or 'suffix' in a:
            continue
        if 'first_name' in a or 'first_romanized' in a:
            tgt = faker_first
        elif 'last_name' in a or 'last_romanized' in a:
            tgt = faker_last
        else:
            continue
        for n in v:
            f = fold(n)
            if plain(f):
                tgt.add(f)

bad = months_days | titles | function | demonyms | place_words
given = (set(census_rank) | faker_first) - bad
given = {g for g in given if plain(g)}
strong = sorted(g for g in given if g not in full or census_rank.get(g, 10 ** 9) <= 300)
weak = sorted(g for g in given if g in full and 300 < census_rank.get(g, 10 ** 9) < 10 ** 9)
surnames = sorted({s for s in set(census_last) | faker_last if plain(s) and s not in full and s not in bad and len(s) >= 3})
surname_words = sorted(set(census_last_words) - bad)
common = sorted(small - set(strong))


def write(name, items, head):
    with open(os.path.join(here, name), 'w') as f:
        f.write(head)
        for i in items:
            f.write(i + '\n')
    print(name, len(items))


write('given.txt', strong, '# given names, folded; see README.md\n')
write('given-words.txt', weak, '# given names that are also English words, folded; see README.md\n')
write('surnames.txt', surnames, '# surnames that are not English words, folded; see README.md\n')
write('surname-words.txt', surname_words, '# frequent US surnames that are also English words, folded; see README.md\n')
write('words.txt', common, '# lower-case English words (SCOWL size 50), less given names; see README.md\n')
write('demonyms.txt', sorted(demonyms - set(strong)), '# demonyms, nationalities, religions, languages; see README.md\n')
