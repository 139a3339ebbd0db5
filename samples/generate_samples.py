#!/usr/bin/env python3
"""Writes the two example sessions in samples/. The notes, people, tables and timings are invented
examples of a facilitator's session; card and exercise texts, the sources' own times and the sources
come from the built-in assets (word for word from the seed documents). A sample invents notes and a
plan, never facts about the sources: step minutes are the template's, or a plan the facilitator made
within the source's own time (the PDF shows them as "planlagt").
Run from the repository root: python3 samples/generate_samples.py"""
import json, random

def load(p): return json.load(open(p, encoding='utf-8'))

card07 = load('assets/decks/samarbejdskompasset.deck.json')['cards'][0]
cfia = load('assets/decks/cfia-7-principper.deck.json')['cards']
tpl = {n: load(f'assets/templates/{n}.template.json') for n in
       ['halvfaerdig', 'graensekrydsende', 'ledelse-af-samskabelse', 'fernisering']}
harvest_prompts = tpl['halvfaerdig']['harvest']

def harvest(i, notes):
    """The template's harvest prompt i (with its source) and the notes of this session."""
    return {"prompt": harvest_prompts[i]['prompt'], "source": harvest_prompts[i]['source'], "notes": notes}

def ex(name):
    e = json.loads(json.dumps(tpl[name]['exercises'][0]))
    return e

def at(date, hh, mm): return f"{date}T{hh:02d}:{mm:02d}:00+02:00"

def write(path, doc):
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(doc, f, ensure_ascii=False, indent=2)
        f.write('\n')

# ---- small: one exercise, four tables --------------------------------------------------------
d = '2024-05-29'
e = ex('halvfaerdig')
# The source gives "Ca. 10 minutter" for the whole exercise; this facilitator planned 2 + 8.
e['steps'][0]['minutes'] = 2
e['steps'][1]['minutes'] = 8
small_notes = [
    ["Vi deler sjældent udkast med borgerne, før de er færdige – vi er bange for at skabe forventninger, vi ikke kan indfri.",
     "Hos os ville det betyde, at vi viser de rå data fra brugerundersøgelsen på et borgermøde, før konklusionerne er skrevet."],
    ["Princippet kræver mod fra ledelsen: det halvfærdige skal kunne tåle kritik.",
     "Idé: en fast ”work in progress”-side på intranettet og på aarhus.dk.\nFørste skridt: ældreplanen."],
    ["Vi får borgernes fortællinger ind, men giver ikke viden tilbage. Det skal vi lave om på.",
     "Spørgsmål til os selv: Hvornår har vi sidst fortalt en borger, hvad hendes input blev brugt til?"],
    ["Fleksibilitet i tidsplanen er en forudsætning – ellers bliver det halvfærdige aldrig delt.",
     "Det kan give anledning til nye samarbejder med fællesrådene 😊"],
]
groups = []
for i, notes in enumerate(small_notes):
    groups.append({"id": f"bord-{i+1}", "name": f"Bord {i+1}", "cardId": card07['id'],
                   "notes": [{"stepId": "tal", "text": t, "at": at(d, 10, 6 + 2*j + i)} for j, t in enumerate(notes)]})
groups[0] = {"id": "bord-1", "name": "Bord 1", "members": ["Anne Holm", "Jens Kjær", "Sofie Lund"],
             **{k: v for k, v in groups[0].items() if k not in ("id", "name")}}
e['groups'] = groups
e['run'] = [{"stepId": "laes", "startedAt": at(d, 10, 2), "endedAt": "2024-05-29T10:04:10+02:00", "pausedSeconds": 0},
            {"stepId": "tal", "startedAt": "2024-05-29T10:04:10+02:00", "endedAt": "2024-05-29T10:13:40+02:00", "pausedSeconds": 30}]
# The harvest board (issue 16): themes, key points, tags (Lytte · Løse · Lære · Lede) and a revealed vote.
board_notes = {  # (table, note) -> (theme, tags, key point)
    (0, 0): ("t-del", ["lytte"], True), (0, 1): ("t-del", ["loese"], False),
    (1, 0): ("t-mod", ["lede"], True), (1, 1): ("t-del", ["loese"], False),
    (2, 0): ("t-tilbage", ["laere"], False), (2, 1): ("t-tilbage", ["lytte"], False),
    (3, 0): ("t-mod", ["lede"], False), (3, 1): (None, ["loese"], False),
}
for (gi, ni), (theme, tags, key) in board_notes.items():
    n = groups[gi]['notes'][ni]
    n['id'] = f"n{gi+1}{ni+1}"
    if theme:
        n['theme'] = theme
    n['tags'] = tags
    if key:
        n['key'] = True
small_board = {
    "themes": [
        {"id": "t-del", "name": "Del det halvfærdige tidligt", "key": True, "exerciseId": "halvfaerdig"},
        {"id": "t-tilbage", "name": "Giv viden tilbage til borgerne", "key": True, "exerciseId": "halvfaerdig"},
        {"id": "t-mod", "name": "Mod og tid i ledelsen", "exerciseId": "halvfaerdig"}],
    "votes": {"dots": 3, "open": False, "revealed": True, "themes": ["t-del", "t-tilbage", "t-mod"],
              "tables": {"bord-1": {"t-del": 2, "t-tilbage": 1}, "bord-2": {"t-mod": 3},
                         "bord-3": {"t-tilbage": 2, "t-del": 1}, "bord-4": {"t-del": 3}}}}
small = {"format": "vaerksted.session", "formatVersion": 1,
         "title": "Strategisk Ledelsesforum – Tør du dele det halvfærdige?", "date": d,
         "place": "Aarhus Rådhus", "facilitators": ["Mette Holm"], "language": "da",
         "cards": [card07], "exercises": [e],
         "harvest": [harvest(0, [{"text": "At borgerne kan se de rå data undervejs.", "at": at(d, 11, 40)}]),
                     harvest(1, [{"text": "Vi giver viden tilbage – også når den er halvfærdig.", "at": at(d, 11, 44)}])],
         "board": small_board}
write('samples/halvfaerdig.session.json', small)

# ---- forum: three exercises, sixteen tables ---------------------------------------------------
rnd = random.Random(30082019)
d = '2019-08-30'
pool = {
 'refleksion': [
  "Forbedringspotentiale: vi samarbejder på tværs, når der er en krise – ikke i hverdagen.",
  "Det kræver af mig, at jeg giver mine ledere mandat til at sige ja uden at gå tjenestevejen.",
  "Udviklingen kan begynde i næste uge: fælles ledermøde med MSB om de unge hjemløse.",
  "Vi mangler et fælles sprog for, hvornår en opgave ”ejes” af flere magistratsafdelinger.",
  "Jeg skal begynde sammen med mine egne afdelingschefer – vi taler for lidt om det på tværs.",
  "Potentiale i budgetprocessen: puljer, der kun kan søges af to afdelinger sammen.",
  "Hvad kræver det af mig? Tålmodighed – og at tåle, at resultaterne ikke står på min egen bundlinje.",
 ],
 'del': [
  "Gruppen udfordrede: er det realistisk at starte før budgetforliget? Svar: ja, i det små.",
  "Beslutning: jobbytte i to uger mellem to afdelingschefer i MSO og MBU.",
  "Vi aftalte at mødes igen i oktober og følge op på, hvem der er gået i gang.",
  "Berigelse fra gruppen: inddrag de faglige organisationer fra starten.",
  "Flere i gruppen har samme udfordring med data, der ikke må deles – vi laver en fælles henvendelse.",
 ],
 'spoergsmaal': [
  "Jeg gør en forskel ved at fjerne de regler, vi selv har opfundet.",
  "Fleksibilitet i økonomien: midler, der kan flyttes, når en borgergruppe tager initiativ.",
  "Visionen skal fortælles med eksempler, ikke med strategipapirer.",
  "Vi spørger for sjældent borgerne, om indsatsen gav værdi for dem.",
  "Distribuér ledelsesopgaven til dem, der står tættest på borgerne – men bevar ansvaret for rammen.",
  "Hvornår skal jeg ikke distribuere? Når det handler om retssikkerhed.",
  "Brug for hjælp: hvordan måler vi værdi uden at lave et nyt skema?",
  "Vi kunne bruge CFIA til at kortlægge, hvor vi allerede samskaber.",
  "Vores medarbejdere kender ikke ønskerne om samskabelse – de kender kun besparelserne.",
  "Samskabelse skal være en del af daglig drift, ikke et projekt ved siden af.\nEksempel: madklubben i bofællesskabet.",
  "Det er svært at lede noget, man ikke har styringen over. Det må vi øve os i.",
  "Inspirationskataloget skal ligge på bordet, når vi mødes i afdelingen.",
 ],
 'droeft': [
  "Vi har hørt mange af de samme pointer ved de andre borde: mod, tillid, tid.",
  "Strategisk Ledelsesforum kan gå forrest ved selv at samskabe om næste seminar.",
  "Hver for sig: ét konkret samskabelsesforsøg i hver afdeling inden jul.",
 ],
}
names = ["Anne", "Bo", "Camilla", "Dorthe", "Erik", "Frida", "Gustav", "Hanne", "Ib", "Jette", "Karsten", "Lise",
         "Mads", "Nina", "Ole", "Pia", "Rasmus", "Signe", "Torben", "Ulla", "Vibeke", "Yrsa", "Åse", "Ørnulf"]
surn = ["Andersen", "Bech", "Christensen", "Dahl", "Eriksen", "Fog", "Gram", "Holm", "Juhl", "Krogh", "Lund", "Møller",
        "Nørgaard", "Østergaard", "Skov", "Thomsen"]

def tables(n, exercise, card_for, start_min):
    gs = []
    for i in range(n):
        members = [f"{rnd.choice(names)} {rnd.choice(surn)}" for _ in range(rnd.randint(4, 6))]
        notes = []
        minute = start_min
        for s in exercise['steps']:
            key = 'spoergsmaal' if s['id'].startswith('spoergsmaal') else s['id']
            if key not in pool:
                continue
            for t in rnd.sample(pool[key], k=min(len(pool[key]), rnd.randint(1, 3 if key != 'spoergsmaal' else 2))):
                minute += 1
                notes.append({"stepId": s['id'], "text": t, "at": at(d, 9 + minute // 60, minute % 60)})
        g = {"id": f"bord-{i+1}", "name": f"Bord {i+1}", "members": members, "notes": notes}
        c = card_for(i)
        if c:
            g["cardId"] = c
        gs.append(g)
    return gs

e1 = ex('graensekrydsende'); e1['groups'] = tables(16, e1, lambda i: None, 40)
e1['run'] = [{"stepId": "laes", "startedAt": at(d, 9, 40), "endedAt": "2019-08-30T09:45:20+02:00", "pausedSeconds": 0},
             {"stepId": "refleksion", "startedAt": "2019-08-30T09:45:20+02:00", "endedAt": "2019-08-30T09:48:50+02:00", "pausedSeconds": 0},
             {"stepId": "del", "startedAt": "2019-08-30T09:48:50+02:00", "endedAt": "2019-08-30T10:02:00+02:00", "pausedSeconds": 0}]
# The seed gives no minutes for these two: untimed, as in the templates.
e2 = ex('ledelse-af-samskabelse')
e2['groups'] = tables(16, e2, lambda i: cfia[i % 7]['id'], 13 * 60 + 10 - 9 * 60)
e3 = ex('fernisering')
e3['groups'] = tables(8, e3, lambda i: None, 14 * 60 - 9 * 60)
forum_harvest = [
 harvest(0, [{"text": t, "at": at(d, 15, 30 + i)} for i, t in enumerate([
   "Jeppes ”medspilsdemokrati” – og at vi selv kan være modspillere uden at vide det.",
   "Liselottes spørgsmål: ”Hvorfor bruger I ikke mig som besøgsven?”",
   "At samskabelse er krævende – til tider tungt og møg besværligt – men at vi ikke kan lade være."])]),
 harvest(1, [{"text": t, "at": at(d, 15, 40 + i)} for i, t in enumerate([
   "Vær skarp på hvilken værdi vi vil opnå, før vi inviterer ind.",
   "Bak op om initiativer der, hvor de er født – i stedet for at overtage dem.",
   "Næste skridt: drøftelse i magistratsafdelingerne frem mod 21.–22. november."])]),
]
forum = {"format": "vaerksted.session", "formatVersion": 1,
         "title": "Fælles om ledelse: Samskabelse af velfærd", "date": d, "place": "Blixens, Aarhus",
         "facilitators": ["Mette Holm", "Søren Kragh"], "language": "da",
         "cards": cfia, "exercises": [e1, e2, e3], "harvest": forum_harvest}
write('samples/strategisk-ledelsesforum-2019.session.json', forum)
print("wrote samples/halvfaerdig.session.json and samples/strategisk-ledelsesforum-2019.session.json")
