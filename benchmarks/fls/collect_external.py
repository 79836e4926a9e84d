"""Draw further sentences for the FLS set from public documents outside the corpus.

The documents are named by repository, path and commit (`SOURCES` below) and read from a local
snapshot of that repository (`git show COMMIT:PATH` in `$FLS_MIRROR/<owner>+<name>/repo`, by
default `/work/.mirror`); nothing is downloaded at run time, and the documents themselves are not
kept in this repository, only the sentences drawn from them and where they came from.

Every sentence of each chosen passage is drawn (windows of consecutive sentences, as
`collect.py` cuts them with `fslcheck.fls.segment`), so the mix of forward-looking and other
sentences is the documents' own. A call transcript stored as JSON (prepared remarks and Q&A as
lists of speaker turns) is written out as a transcript reads on a page: a section heading, then
each turn as the speaker's name on its own line followed by the words spoken.

    python benchmarks/fls/collect_external.py > candidates.jsonl       # unlabelled
    python benchmarks/fls/collect_external.py --sheet                  # with speakers, for labelling

Labels are then written by reading each sentence under RULES.md (never by running the
classifier) and merged into `sentences.jsonl` by `(doc, index)`. The annotator also marks which
sentences are the safe-harbor legend (`in_legend`): the draw shows where fslcheck's legend finder
puts the legend, but in these transcripts its block runs on over the prepared remarks after the
reminder, so the mark is the annotator's, not the finder's.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE.parent))

from split import half  # noqa: E402

from fslcheck.checks.base import CheckContext  # noqa: E402
from fslcheck.documents import load_path  # noqa: E402
from fslcheck.documents.text import from_text  # noqa: E402
from fslcheck.fls.segment import sentences  # noqa: E402

TRANSCRIPTS = ("la83la/earnings-call-transcripts", "56a4e5943c4c40a17bede2227aed93fd250cf148")
FINANCEBENCH = ("patronus-ai/financebench", "cc39aeb4afdf33909ee1412188bf89035950c2eb")
BULWARK = ("zhigehe/bulwark", "91e82e6d748413c0e33f3ecf69ac04ad8bed41e9")


@dataclass(frozen=True)
class Source:
    doc: str       # file name in the set: company slug (for the split), date or quarter, kind
    company: str
    kind: str      # the set's kind
    repo: str
    commit: str
    path: str
    windows: tuple = ()  # (start, stop, kind) sentence ranges, for a long filing; else the default windows
    batch: int = 1       # 2: the second draw of transcripts, with wider windows (`transcript_windows_wide`);
                         # 3: earnings releases as a newswire carried them (`release_windows_outlook`);
                         # 4: the fourth draw of transcripts, weighted to the answers (`transcript_windows_answers`);
                         # 5: releases of every kind as newswires carried them (`release_windows_mixed`)


def transcript(slug: str, company: str, ticker: str, quarter: str, year: int, batch: int = 1) -> Source:
    return Source(f"{slug}_{year}-{quarter}_call-transcript.txt", company, "call-transcript", TRANSCRIPTS[0],
                  TRANSCRIPTS[1], f"dataset/{ticker}_{quarter}_{year}.txt", batch=batch)


SOURCES = [
    transcript("archer-daniels-midland", "Archer-Daniels-Midland Company", "ADM", "q1", 2021),
    transcript("aflac", "Aflac Incorporated", "AFL", "q2", 2021),
    transcript("aon", "Aon plc", "AON", "q3", 2021),
    transcript("amphenol", "Amphenol Corporation", "APH", "q2", 2021),
    transcript("alaska-air", "Alaska Air Group, Inc.", "ALK", "q4", 2021),
    transcript("brunswick", "Brunswick Corporation", "BC", "q3", 2021),
    transcript("borgwarner", "BorgWarner Inc.", "BWA", "q3", 2021),
    transcript("ametek", "AMETEK, Inc.", "AME", "q1", 2021),
    transcript("avery-dennison", "Avery Dennison Corporation", "AVY", "q2", 2021),
    transcript("brown-brown", "Brown & Brown, Inc.", "BRO", "q3", 2021),
    transcript("assured-guaranty", "Assured Guaranty Ltd.", "AGO", "q3", 2021),
    transcript("arrow-electronics", "Arrow Electronics, Inc.", "ARW", "q2", 2021),
    transcript("accenture", "Accenture plc", "ACN", "q1", 2022),
    transcript("advance-auto-parts", "Advance Auto Parts, Inc.", "AAP", "q3", 2021),
    Source("block_2022-01-31_8k.pdf", "Block, Inc.", "8k-body", *FINANCEBENCH,
           "pdfs/BLOCK_2022_8K_dated-2022-01-28.pdf", ((60, 140, "8k-body"), (1727, 1777, "press-release"))),
    Source("foot-locker_2022-08-19_8k.pdf", "Foot Locker, Inc.", "8k-body", *FINANCEBENCH,
           "pdfs/FOOTLOCKER_2022_8K_dated_2022-08-19.pdf", ((0, 62, "8k-body"), (331, 384, "press-release"))),
    Source("foot-locker_2022-05-20_8k.pdf", "Foot Locker, Inc.", "8k-body", *FINANCEBENCH,
           "pdfs/FOOTLOCKER_2022_8K_dated-2022-05-20.pdf", ((0, 69, "8k-body"),)),
    Source("lockheed-martin_2023-05-25_8k.pdf", "Lockheed Martin Corporation", "8k-body", *FINANCEBENCH,
           "pdfs/LOCKHEEDMARTIN_2023_8K_dated-2023-05-25.pdf", ((0, 50, "8k-body"),)),
]

# Second draw (issue 12, more training data): transcripts of companies not otherwise in the set
# nor claimed by the corpus (`/work/wt/corpus-claims.txt`), chosen across industries (utilities,
# REITs, banks, energy, mining, restaurants, homebuilding, insurance, health care, defence, steel,
# software, cruise lines, rail, retail, semiconductors) and across the years the dataset covers
# (calls of early 2020 before the pandemic, of 2020-2021 during it, and of 2022).
SOURCES += [transcript(*entry, batch=2) for entry in (
    ("ameren", "Ameren Corporation", "AEE", "q2", 2021),
    ("extra-space-storage", "Extra Space Storage Inc.", "EXR", "q2", 2021),
    ("keycorp", "KeyCorp", "KEY", "q3", 2020),
    ("eog-resources", "EOG Resources, Inc.", "EOG", "q1", 2021),
    ("dominos-pizza", "Domino's Pizza, Inc.", "DPZ", "q2", 2021),
    ("dr-horton", "D.R. Horton, Inc.", "DHI", "q3", 2021),
    ("travelers", "The Travelers Companies, Inc.", "TRV", "q4", 2020),
    ("boston-scientific", "Boston Scientific Corporation", "BSX", "q2", 2021),
    ("hca-healthcare", "HCA Healthcare, Inc.", "HCA", "q1", 2021),
    ("general-dynamics", "General Dynamics Corporation", "GD", "q4", 2020),
    ("nucor", "Nucor Corporation", "NUE", "q3", 2021),
    ("clorox", "The Clorox Company", "CLX", "q4", 2021),
    ("servicenow", "ServiceNow, Inc.", "NOW", "q3", 2020),
    ("royal-caribbean", "Royal Caribbean Cruises Ltd.", "RCL", "q2", 2021),
    ("norfolk-southern", "Norfolk Southern Corporation", "NSC", "q3", 2021),
    ("dollar-general", "Dollar General Corporation", "DG", "q2", 2020),
    ("illinois-tool-works", "Illinois Tool Works Inc.", "ITW", "q4", 2019),
    ("pinnacle-west", "Pinnacle West Capital Corporation", "PNW", "q4", 2019),
    ("synovus", "Synovus Financial Corp.", "SNV", "q4", 2019),
    ("vishay", "Vishay Intertechnology, Inc.", "VSH", "q4", 2019),
    ("darden", "Darden Restaurants, Inc.", "DRI", "q2", 2022),
    ("freeport-mcmoran", "Freeport-McMoRan Inc.", "FCX", "q2", 2021),
    ("humana", "Humana Inc.", "HUM", "q3", 2021),
    ("constellation-brands", "Constellation Brands, Inc.", "STZ", "q3", 2022),
    ("resmed", "ResMed Inc.", "RMD", "q4", 2020),
    ("whirlpool", "Whirlpool Corporation", "WHR", "q4", 2020),
)]


# Fourth draw (issue 12, more training data): 28 transcripts of companies not otherwise in the set
# nor claimed (`/work/wt/corpus-claims.txt`), across industries (apparel, materials, insurance,
# REITs, electrical equipment, water, pest control, household goods, utilities, offshore vessels,
# payments, oil, refining, medical devices, motorcycles, geothermal power, nutrition, media, life
# sciences, parcel delivery, building controls, aerospace parts, jewellery retail, software, food)
# and eras (late 2019, the pandemic quarters of 2020, 2021, 2022).
SOURCES += [transcript(*entry, batch=4) for entry in (
    ("oxford-industries", "Oxford Industries, Inc.", "OXM", "q4", 2019),
    ("rogers-corp", "Rogers Corporation", "ROG", "q4", 2019),
    ("globe-life", "Globe Life Inc.", "GL", "q4", 2019),
    ("first-industrial", "First Industrial Realty Trust, Inc.", "FR", "q4", 2019),
    ("eaton", "Eaton Corporation plc", "ETN", "q2", 2020),
    ("xylem", "Xylem Inc.", "XYL", "q2", 2020),
    ("rollins", "Rollins, Inc.", "ROL", "q2", 2020),
    ("church-dwight", "Church & Dwight Co., Inc.", "CHD", "q2", 2020),
    ("hawaiian-electric", "Hawaiian Electric Industries, Inc.", "HE", "q2", 2020),
    ("tidewater", "Tidewater Inc.", "TDW", "q2", 2020),
    ("global-payments", "Global Payments Inc.", "GPN", "q1", 2020),
    ("american-water", "American Water Works Company, Inc.", "AWK", "q1", 2021),
    ("chevron", "Chevron Corporation", "CVX", "q4", 2021),
    ("edwards-lifesciences", "Edwards Lifesciences Corporation", "EW", "q3", 2021),
    ("hartford", "The Hartford Financial Services Group, Inc.", "HIG", "q3", 2021),
    ("waste-management", "Waste Management, Inc.", "WM", "q3", 2021),
    ("valero", "Valero Energy Corporation", "VLO", "q4", 2021),
    ("harley-davidson", "Harley-Davidson, Inc.", "HOG", "q2", 2021),
    ("ormat", "Ormat Technologies, Inc.", "ORA", "q3", 2021),
    ("herbalife", "Herbalife Nutrition Ltd.", "HLF", "q3", 2021),
    ("wwe", "World Wrestling Entertainment, Inc.", "WWE", "q3", 2021),
    ("thermo-fisher", "Thermo Fisher Scientific Inc.", "TMO", "q4", 2021),
    ("fedex", "FedEx Corporation", "FDX", "q3", 2022),
    ("johnson-controls", "Johnson Controls International plc", "JCI", "q1", 2022),
    ("transdigm", "TransDigm Group Incorporated", "TDG", "q1", 2022),
    ("signet", "Signet Jewelers Limited", "SIG", "q1", 2022),
    ("vmware", "VMware, Inc.", "VMW", "q3", 2022),
    ("campbell-soup", "Campbell Soup Company", "CPB", "q1", 2022),
)]


def newswire(slug: str, company: str, date: str, item: str) -> Source:
    return Source(f"{slug}_{date}_press-release.md", company, "press-release", *BULWARK,
                  f"content/en/news/tradingview/DJN_DN{item}.en.md", batch=3)


# Third draw: earnings releases of February 2025 as Dow Jones Newswires carried them (the
# company's own release text, each with an outlook or guidance section and a safe-harbor legend),
# of companies not otherwise in the set nor claimed for the corpus, across industries.
SOURCES += [newswire(*entry) for entry in (
    ("carrier-global", "Carrier Global Corporation", "2025-02-11", "202502110030900"),
    ("molson-coors", "Molson Coors Beverage Company", "2025-02-13", "202502130063060"),
    ("hanesbrands", "Hanesbrands Inc.", "2025-02-13", "202502130072530"),
    ("assurant", "Assurant, Inc.", "2025-02-11", "202502110104980"),
    ("agree-realty", "Agree Realty Corporation", "2025-02-11", "202502110098420"),
    ("northern-oil-gas", "Northern Oil and Gas, Inc.", "2025-02-12", "202502120165140"),
    ("advanced-energy", "Advanced Energy Industries, Inc.", "2025-02-12", "202502120120140"),
    ("confluent", "Confluent, Inc.", "2025-02-11", "202502110096270"),
    ("ryder", "Ryder System, Inc.", "2025-02-12", "202502120057570"),
    ("allison-transmission", "Allison Transmission Holdings, Inc.", "2025-02-11", "202502110098630"),
    ("taylor-morrison", "Taylor Morrison Home Corporation", "2025-02-12", "202502120048160"),
    ("alkermes", "Alkermes plc", "2025-02-12", "202502120060230"),
    ("watts-water", "Watts Water Technologies, Inc.", "2025-02-10", "202502100108750"),
    ("avient", "Avient Corporation", "2025-02-13", "202502130059980"),
    ("ge-healthcare", "GE HealthCare Technologies Inc.", "2025-02-13", "202502130060940"),
    ("acadia-realty", "Acadia Realty Trust", "2025-02-11", "202502110112020"),
    ("camtek", "Camtek Ltd.", "2025-02-12", "202502120064150"),
    ("atricure", "AtriCure, Inc.", "2025-02-12", "202502120120280"),
    ("coveo", "Coveo Solutions Inc.", "2025-02-10", "202502100093930"),
    ("cna-financial", "CNA Financial Corporation", "2025-02-10", "202502100028840"),
    ("fibra-macquarie", "FIBRA Macquarie México", "2025-02-13", "202502130098450"),
)]


def wire(slug: str, company: str, date: str, name: str) -> Source:
    """A release as the site stores it under its newswire's file name (Dow Jones `DJN_...` or
    Reuters `tagreuters.com,...`)."""
    return Source(f"{slug}_{date}_press-release.md", company, "press-release", *BULWARK,
                  f"content/en/news/tradingview/{name}.en.md", batch=5)


# Fifth draw: releases of February 2025 of every kind as Dow Jones and Reuters carried them, of
# companies not otherwise in the set nor claimed: earnings releases with an outlook (semiconductors,
# a net-lease REIT, eye surgery, construction services, aggregates, staffing, insurance, gene
# editing, royalties, metals distribution, a restaurant group, laundry equipment, air cargo) and
# the other kinds a release checker sees (mergers and acquisitions, a drug approval, trial results,
# a mine's progress and a feasibility study, a debenture offering, a debt restructuring, a dividend
# increase, contract awards, a technology test).
SOURCES += [wire(*entry) for entry in (
    ("lattice-semiconductor", "Lattice Semiconductor Corporation", "2025-02-10", "DJN_DN202502100093760"),
    ("nnn-reit", "NNN REIT, Inc.", "2025-02-11", "DJN_DN202502110051690"),
    ("staar-surgical", "STAAR Surgical Company", "2025-02-11", "DJN_DN202502110095130"),
    ("everus", "Everus Construction Group, Inc.", "2025-02-11", "DJN_DN202502110115590"),
    ("martin-marietta", "Martin Marietta Materials, Inc.", "2025-02-12", "tagreuters.com,2025-02-12newsml_GNXbSNXNB0"),
    ("kelly-services", "Kelly Services, Inc.", "2025-02-13", "tagreuters.com,2025-02-13newsml_GNX8NvCjg0"),
    ("palomar", "Palomar Holdings, Inc.", "2025-02-12", "tagreuters.com,2025-02-12newsml_GNX66q7nM0"),
    ("crispr-therapeutics", "CRISPR Therapeutics AG", "2025-02-11", "tagreuters.com,2025-02-11newsml_GNXbVFHrH0"),
    ("royalty-pharma", "Royalty Pharma plc", "2025-02-11", "tagreuters.com,2025-02-11newsml_GNXb35SQ40"),
    ("russel-metals", "Russel Metals Inc.", "2025-02-12", "DJN_DN202502120152450"),
    ("columbus-mckinnon", "Columbus McKinnon Corporation", "2025-02-10", "DJN_DN202502100102020"),
    ("docgo", "DocGo Inc.", "2025-02-10", "DJN_DN202502100043440"),
    ("anthos-therapeutics", "Anthos Therapeutics, Inc.", "2025-02-11", "DJN_DN202502110005050"),
    ("legalzoom", "LegalZoom.com, Inc.", "2025-02-10", "tagreuters.com,2025-02-10newsml_GNX3Rpg9B0"),
    ("grace-therapeutics", "Grace Therapeutics, Inc.", "2025-02-10", "tagreuters.com,2025-02-10newsml_GNX49KR6y0"),
    ("springworks", "SpringWorks Therapeutics, Inc.", "2025-02-12", "tagreuters.com,2025-02-12newsml_GNX48KsBm0"),
    ("achieve-life-sciences", "Achieve Life Sciences, Inc.", "2025-02-10", "tagreuters.com,2025-02-10newsml_GNX5sWXGx0"),
    ("freeman-gold", "Freeman Gold Corp.", "2025-02-10", "DJN_DN202502100042330"),
    ("west-red-lake-gold", "West Red Lake Gold Mines Ltd.", "2025-02-13", "tagreuters.com,2025-02-13newsml_GNX7cWD8M0"),
    ("rogers-sugar", "Rogers Sugar Inc.", "2025-02-10", "tagreuters.com,2025-02-10newsml_GNX5ZLWG00"),
    ("evome-medical", "Evome Medical Technologies Inc.", "2025-02-10", "tagreuters.com,2025-02-10newsml_GNX3vVBXV0"),
    ("koppers", "Koppers Holdings Inc.", "2025-02-12", "DJN_DN202502120093160"),
    ("evi-industries", "EVI Industries, Inc.", "2025-02-10", "DJN_DN202502100116310"),
    ("air-t", "Air T, Inc.", "2025-02-12", "tagreuters.com,2025-02-12newsml_ACSG5SKLa0"),
    ("ark-restaurants", "Ark Restaurants Corp.", "2025-02-10", "DJN_DN202502100101700"),
    ("cematrix", "CEMATRIX Corporation", "2025-02-10", "tagreuters.com,2025-02-10newsml_GNX8f1F8c0"),
    ("pyrogenesis", "PyroGenesis Inc.", "2025-02-10", "tagreuters.com,2025-02-10newsml_GNX9T2NqG0"),
)]


# Sixth draw: 14 more transcripts (windows as the fourth draw's) and 14 more releases (windows as
# the fifth draw's), of companies not otherwise in the set nor claimed, to widen the eras (calls of
# late 2019, early 2020 and 2022) and the kinds of release (biotech, casinos, REITs, agriculture,
# an airline, payments, a merger vote, a strategic investment, a guidance update, a lease).
SOURCES += [transcript(*entry, batch=4) for entry in (
    ("diebold-nixdorf", "Diebold Nixdorf, Incorporated", "DBD", "q4", 2019),
    ("genpact", "Genpact Limited", "G", "q4", 2019),
    ("provident-financial", "Provident Financial Services, Inc.", "PFS", "q4", 2019),
    ("teekay", "Teekay Corporation", "TK", "q4", 2019),
    ("ao-smith", "A. O. Smith Corporation", "AOS", "q1", 2020),
    ("west-pharmaceutical", "West Pharmaceutical Services, Inc.", "WST", "q1", 2020),
    ("oceaneering", "Oceaneering International, Inc.", "OII", "q1", 2020),
    ("diamondrock", "DiamondRock Hospitality Company", "DRH", "q2", 2020),
    ("toro", "The Toro Company", "TTC", "q2", 2020),
    ("aecom", "AECOM", "ACM", "q1", 2022),
    ("broadridge", "Broadridge Financial Solutions, Inc.", "BR", "q1", 2022),
    ("winnebago", "Winnebago Industries, Inc.", "WGO", "q2", 2022),
    ("vail-resorts", "Vail Resorts, Inc.", "MTN", "q2", 2022),
    ("brinker", "Brinker International, Inc.", "EAT", "q2", 2022),
)]
SOURCES += [wire(*entry) for entry in (
    ("arrowhead-pharmaceuticals", "Arrowhead Pharmaceuticals, Inc.", "2025-02-10", "DJN_DN202502100093750"),
    ("red-rock-resorts", "Red Rock Resorts, Inc.", "2025-02-11", "DJN_DN202502110095290"),
    ("inventrust", "InvenTrust Properties Corp.", "2025-02-11", "DJN_DN202502110108060"),
    ("bioceres", "Bioceres Crop Solutions Inc.", "2025-02-11", "DJN_DN202502110127960"),
    ("dnow", "DNOW Inc.", "2025-02-13", "DJN_DN202502130065700"),
    ("ideaya", "IDEAYA Biosciences, Inc.", "2025-02-13", "DJN_DN202502130057610"),
    ("copa-holdings", "Copa Holdings, S.A.", "2025-02-12", "tagreuters.com,2025-02-12newsml_GNX7tv6bV0"),
    ("euronet", "Euronet Worldwide, Inc.", "2025-02-13", "tagreuters.com,2025-02-13newsml_GNX5pntDv0"),
    ("atsg", "Air Transport Services Group, Inc.", "2025-02-10", "DJN_DN202502100101730"),
    ("rumble", "Rumble Inc.", "2025-02-07", "tagreuters.com,2025-02-07newsml_GNX6qvSSk0"),
    ("glimpse-group", "The Glimpse Group, Inc.", "2025-02-13", "tagreuters.com,2025-02-13newsml_ACSGKFZNa0"),
    ("key-tronic", "Key Tronic Corporation", "2025-02-13", "tagreuters.com,2025-02-13newsml_GNX8mvKtv0"),
    ("connectm", "ConnectM Technology Solutions, Inc.", "2025-02-12", "tagreuters.com,2025-02-12newsml_GNXb9Zgqr0"),
    ("pulse-seismic", "Pulse Seismic Inc.", "2025-02-14", "tagreuters.com,2025-02-14newsml_GNX53QfV50"),
)]


# Seventh draw: 18 more transcripts (windows as the fourth draw's), mostly of the calls of late
# 2019 and the first half of 2020, the era with the fewest calls in the set so far.
SOURCES += [transcript(*entry, batch=4) for entry in (
    ("avista", "Avista Corporation", "AVA", "q2", 2020),
    ("bankunited", "BankUnited, Inc.", "BKU", "q1", 2020),
    ("chemed", "Chemed Corporation", "CHE", "q2", 2020),
    ("cts-corp", "CTS Corporation", "CTS", "q2", 2020),
    ("equity-lifestyle", "Equity LifeStyle Properties, Inc.", "ELS", "q1", 2020),
    ("fresh-del-monte", "Fresh Del Monte Produce Inc.", "FDP", "q1", 2020),
    ("itt", "ITT Inc.", "ITT", "q2", 2020),
    ("mdc-holdings", "M.D.C. Holdings, Inc.", "MDC", "q2", 2020),
    ("old-republic", "Old Republic International Corporation", "ORI", "q4", 2019),
    ("everest-re", "Everest Re Group, Ltd.", "RE", "q3", 2019),
    ("simpson-manufacturing", "Simpson Manufacturing Co., Inc.", "SSD", "q1", 2020),
    ("booz-allen", "Booz Allen Hamilton Holding Corporation", "BAH", "q1", 2022),
    ("conagra", "Conagra Brands, Inc.", "CAG", "q2", 2022),
    ("factset", "FactSet Research Systems Inc.", "FDS", "q1", 2022),
    ("la-z-boy", "La-Z-Boy Incorporated", "LZB", "q2", 2022),
    ("steris", "STERIS plc", "STE", "q2", 2022),
    ("tapestry", "Tapestry, Inc.", "TPR", "q1", 2022),
    ("unifirst", "UniFirst Corporation", "UNF", "q1", 2022),
)]

# Eighth draw (fls-d): 11 more transcripts (windows as the fourth draw's) of companies not otherwise
# in the set nor in the corpus manifest, picked from a seeded random draw of the dataset's tickers
# not yet used (engineering services, batteries and personal care, managed health care, thermal
# management, two utilities, a shopping-centre REIT, metals service centres, workers'
# compensation insurance, potash, flavours), labelled before any classifier run.
SOURCES += [transcript(*entry, batch=4) for entry in (
    ("kbr", "KBR, Inc.", "KBR", "q1", 2021),
    ("energizer", "Energizer Holdings, Inc.", "ENR", "q1", 2022),
    ("centene", "Centene Corporation", "CNC", "q3", 2021),
    ("modine", "Modine Manufacturing Company", "MOD", "q2", 2021),
    ("firstenergy", "FirstEnergy Corp.", "FE", "q3", 2020),
    ("nextera-energy", "NextEra Energy, Inc.", "NEE", "q4", 2021),
    ("kimco", "Kimco Realty Corporation", "KIM", "q2", 2020),
    ("reliance-steel", "Reliance Steel & Aluminum Co.", "RS", "q2", 2021),
    ("employers-holdings", "Employers Holdings, Inc.", "EIG", "q1", 2021),
    ("intrepid-potash", "Intrepid Potash, Inc.", "IPI", "q4", 2020),
    ("iff", "International Flavors & Fragrances Inc.", "IFF", "q1", 2021),
)]

# Ninth draw (fls-d): 15 more transcripts (windows as the fourth draw's), the next companies of the
# same seeded random draw of unused tickers, less any the corpus or a corpus batch being written
# claims (life-science REIT, timeshares, oil and gas, drug distribution, restaurants, homebuilding,
# telecoms, office REIT, car dealerships, medical devices, a Hawaiian bank, packaging, specialty
# paper, a utility, home furnishings retail), labelled before any classifier run.
SOURCES += [transcript(*entry, batch=4) for entry in (
    ("alexandria-real-estate", "Alexandria Real Estate Equities, Inc.", "ARE", "q2", 2021),
    ("marriott-vacations", "Marriott Vacations Worldwide Corporation", "VAC", "q3", 2021),
    ("whiting-petroleum", "Whiting Petroleum Corporation", "WLL", "q4", 2021),
    ("amerisourcebergen", "AmerisourceBergen Corporation", "ABC", "q3", 2021),
    ("dine-brands", "Dine Brands Global, Inc.", "DIN", "q1", 2021),
    ("pultegroup", "PulteGroup, Inc.", "PHM", "q1", 2021),
    ("att", "AT&T Inc.", "T", "q4", 2021),
    ("sl-green", "SL Green Realty Corp.", "SLG", "q3", 2021),
    ("sonic-automotive", "Sonic Automotive, Inc.", "SAH", "q1", 2021),
    ("stryker", "Stryker Corporation", "SYK", "q2", 2021),
    ("central-pacific-financial", "Central Pacific Financial Corp.", "CPF", "q1", 2020),
    ("westrock", "WestRock Company", "WRK", "q1", 2021),
    ("glatfelter", "Glatfelter Corporation", "GLT", "q2", 2021),
    ("cms-energy", "CMS Energy Corporation", "CMS", "q2", 2021),
    ("williams-sonoma", "Williams-Sonoma, Inc.", "WSM", "q3", 2021),
)]

# Tenth draw (fls-d): 21 more transcripts (windows as the fourth draw's), the next companies of the
# same seeded random draw less any in the set, the corpus or a corpus batch being written, and
# one whose call has almost no questions (asset management, aerostructures, IT distribution,
# dispensing systems, industrial technology, a gas utility, specialty vehicles, a net-lease REIT,
# rendering, pumps and valves, auto parts distribution, mortgage finance, an apartment REIT,
# oilfield services, consumer finance, annuities, radio communications, automation, mowers,
# children's apparel, infrastructure construction), labelled before any classifier run.
SOURCES += [transcript(*entry, batch=4) for entry in (
    ("pzena", "Pzena Investment Management, Inc.", "PZN", "q3", 2020),
    ("spirit-aerosystems", "Spirit AeroSystems Holdings, Inc.", "SPR", "q1", 2021),
    ("synnex", "SYNNEX Corporation", "SNX", "q1", 2021),
    ("aptargroup", "AptarGroup, Inc.", "ATR", "q1", 2021),
    ("fortive", "Fortive Corporation", "FTV", "q3", 2020),
    ("new-jersey-resources", "New Jersey Resources Corporation", "NJR", "q1", 2021),
    ("federal-signal", "Federal Signal Corporation", "FSS", "q3", 2021),
    ("national-retail-properties", "National Retail Properties, Inc.", "NNN", "q1", 2020),
    ("darling-ingredients", "Darling Ingredients Inc.", "DAR", "q2", 2021),
    ("flowserve", "Flowserve Corporation", "FLS", "q1", 2021),
    ("genuine-parts", "Genuine Parts Company", "GPC", "q2", 2021),
    ("redwood-trust", "Redwood Trust, Inc.", "RWT", "q2", 2021),
    ("mid-america-apartment", "Mid-America Apartment Communities, Inc.", "MAA", "q1", 2021),
    ("schlumberger", "Schlumberger Limited", "SLB", "q3", 2021),
    ("synchrony", "Synchrony Financial", "SYF", "q3", 2021),
    ("american-equity", "American Equity Investment Life Holding Company", "AEL", "q3", 2021),
    ("motorola-solutions", "Motorola Solutions, Inc.", "MSI", "q1", 2021),
    ("emerson", "Emerson Electric Co.", "EMR", "q3", 2021),
    ("alamo-group", "Alamo Group Inc.", "ALG", "q3", 2021),
    ("carters", "Carter's, Inc.", "CRI", "q3", 2020),
    ("mastec", "MasTec, Inc.", "MTZ", "q3", 2020),
)]

# Eleventh draw (fls-d): 26 more transcripts (windows as the fourth draw's), the next companies of
# the ninth and tenth draws' seeded list less any in the set, the corpus or a corpus batch being
# written (a utility, building products, an investment bank, tobacco, consumer products, auto
# electronics, life insurance, office furniture, oil and gas, flooring, mortgage insurance,
# life-science tools, lease-to-own retail, two regional banks, trailers, mortgage lending,
# recycled fibres, compressors, a Hawaiian bank, industrial distribution, oilfield equipment, a
# small utility, gas production, pressure pumping, machine clothing), labelled before any
# classifier run.
SOURCES += [transcript(*entry, batch=4) for entry in (
    ("dte-energy", "DTE Energy Company", "DTE", "q3", 2021),
    ("masco", "Masco Corporation", "MAS", "q2", 2021),
    ("evercore", "Evercore Inc.", "EVR", "q1", 2021),
    ("altria", "Altria Group, Inc.", "MO", "q4", 2021),
    ("spectrum-brands", "Spectrum Brands Holdings, Inc.", "SPB", "q2", 2021),
    ("methode-electronics", "Methode Electronics, Inc.", "MEI", "q1", 2021),
    ("prudential-financial", "Prudential Financial, Inc.", "PRU", "q4", 2021),
    ("hni", "HNI Corporation", "HNI", "q1", 2020),
    ("devon-energy", "Devon Energy Corporation", "DVN", "q2", 2021),
    ("mohawk", "Mohawk Industries, Inc.", "MHK", "q2", 2021),
    ("radian", "Radian Group Inc.", "RDN", "q3", 2021),
    ("danaher", "Danaher Corporation", "DHR", "q1", 2021),
    ("aarons", "The Aaron's Company, Inc.", "AAN", "q1", 2021),
    ("fnb-corp", "F.N.B. Corporation", "FNB", "q1", 2020),
    ("wabash-national", "Wabash National Corporation", "WNC", "q1", 2021),
    ("rocket-companies", "Rocket Companies, Inc.", "RKT", "q2", 2021),
    ("unifi", "Unifi, Inc.", "UFI", "q1", 2022),
    ("ingersoll-rand", "Ingersoll Rand Inc.", "IR", "q2", 2021),
    ("bank-of-hawaii", "Bank of Hawaii Corporation", "BOH", "q2", 2021),
    ("grainger", "W.W. Grainger, Inc.", "GWW", "q2", 2021),
    ("oil-states", "Oil States International, Inc.", "OIS", "q3", 2021),
    ("mt-bank", "M&T Bank Corporation", "MTB", "q1", 2021),
    ("unitil", "Unitil Corporation", "UTL", "q2", 2021),
    ("range-resources", "Range Resources Corporation", "RRC", "q2", 2021),
    ("rpc", "RPC, Inc.", "RES", "q1", 2021),
    ("albany-international", "Albany International Corp.", "AIN", "q1", 2021),
)]

# Twelfth draw (fls-d): 24 more transcripts (windows as the fourth draw's), the next companies of the
# same list less any in the set, the corpus or a corpus batch being written (Ralph Lauren, skipped
# by mistake in the eleventh, first), labelled before any classifier run.
SOURCES += [transcript(*entry, batch=4) for entry in (
    ("ralph-lauren", "Ralph Lauren Corporation", "RL", "q4", 2021),
    ("hexcel", "Hexcel Corporation", "HXL", "q1", 2021),
    ("stepan", "Stepan Company", "SCL", "q1", 2021),
    ("south-jersey-industries", "South Jersey Industries, Inc.", "SJI", "q2", 2021),
    ("sun-communities", "Sun Communities, Inc.", "SUI", "q1", 2021),
    ("autonation", "AutoNation, Inc.", "AN", "q3", 2020),
    ("franklin-covey", "Franklin Covey Co.", "FC", "q1", 2021),
    ("jabil", "Jabil Inc.", "JBL", "q1", 2022),
    ("cinemark", "Cinemark Holdings, Inc.", "CNK", "q3", 2021),
    ("cabot", "Cabot Corporation", "CBT", "q2", 2021),
    ("carlisle", "Carlisle Companies Incorporated", "CSL", "q2", 2021),
    ("kar-auction", "KAR Auction Services, Inc.", "KAR", "q1", 2021),
    ("kosmos-energy", "Kosmos Energy Ltd.", "KOS", "q4", 2021),
    ("halliburton", "Halliburton Company", "HAL", "q3", 2021),
    ("boston-beer", "The Boston Beer Company, Inc.", "SAM", "q1", 2021),
    ("thermon", "Thermon Group Holdings, Inc.", "THR", "q2", 2021),
    ("trinity-industries", "Trinity Industries, Inc.", "TRN", "q2", 2021),
    ("choice-hotels", "Choice Hotels International, Inc.", "CHH", "q1", 2021),
    ("corecivic", "CoreCivic, Inc.", "CXW", "q3", 2021),
    ("cbiz", "CBIZ, Inc.", "CBZ", "q1", 2021),
    ("lexington-realty", "Lexington Realty Trust", "LXP", "q1", 2021),
    ("two-harbors", "Two Harbors Investment Corp.", "TWO", "q4", 2020),
    ("neenah", "Neenah, Inc.", "NP", "q3", 2021),
    ("kite-realty", "Kite Realty Group Trust", "KRG", "q1", 2021),
)]


def mirror(repo: str) -> Path:
    return Path(os.environ.get("FLS_MIRROR", "/work/.mirror")) / repo.replace("/", "+") / "repo"


def read(source: Source) -> bytes:
    where = mirror(source.repo)
    try:
        return subprocess.run(["git", "-C", str(where), "show", f"{source.commit}:{source.path}"],
                              check=True, capture_output=True).stdout
    except (OSError, subprocess.CalledProcessError) as error:
        raise SystemExit(f"{source.repo}:{source.path}@{source.commit[:12]}: cannot read it from {where} ({error})")


def render_transcript(data: dict) -> tuple[str, list[tuple[int, str, str]]]:
    """The transcript as text, and (offset, section, speaker) where each turn's words start."""
    roles = {}
    for entry in data.get("participants", []):
        name, _, title = entry.partition("--")
        roles[name.strip()] = title.strip()
    parts: list[str] = []
    turns: list[tuple[int, str, str]] = []
    size = 0
    for section, heading in (("prepared_remarks", "PREPARED REMARKS"), ("q_and_a", "QUESTIONS AND ANSWERS")):
        block = heading + "\n\n"
        parts.append(block)
        size += len(block)
        for turn in data.get(section, []):
            speaker = turn["speaker"].strip()
            head = speaker + "\n"
            parts.append(head)
            size += len(head)
            turns.append((size, section, f"{speaker} ({roles.get(speaker, '?')})"))
            body = turn["speech"].strip() + "\n\n"
            parts.append(body)
            size += len(body)
    return "".join(parts), turns


def transcript_windows(units: list, turns: list[tuple[int, str, str]]) -> list[range]:
    """The opening (operator, safe-harbor reminder, first remarks), the close of the prepared
    remarks (where the outlook usually is) and a stretch of the questions and answers."""
    qa_start = next((o for o, section, _ in turns if section == "q_and_a"), None)
    first_qa = next((i for i, u in enumerate(units) if qa_start is not None and u.start >= qa_start), len(units))
    out = [range(0, min(first_qa, 30)), range(max(30, first_qa - 20), first_qa)]
    qa_from = first_qa + max(0, (len(units) - first_qa) // 4)
    out.append(range(qa_from, min(len(units), qa_from + 30)))
    return out


def transcript_windows_wide(units: list, turns: list[tuple[int, str, str]]) -> list[range]:
    """The second draw's windows: the opening (25 sentences), the last 30 of the prepared remarks
    and two stretches of 20 in the questions and answers, a quarter and two thirds of the way in,
    so that more of the answers, where management speaks unscripted, are in the set."""
    qa_start = next((o for o, section, _ in turns if section == "q_and_a"), None)
    first_qa = next((i for i, u in enumerate(units) if qa_start is not None and u.start >= qa_start), len(units))
    out = [range(0, min(first_qa, 25)), range(max(25, first_qa - 30), first_qa)]
    qa = len(units) - first_qa
    for share in (4, 1.5):
        start = first_qa + int(qa // share)
        out.append(range(start, min(len(units), start + 20)))
    return out


def transcript_windows_answers(units: list, turns: list[tuple[int, str, str]]) -> list[range]:
    """The fourth draw's windows: the opening (15 sentences: operator and safe-harbor reminder),
    the last 25 of the prepared remarks and two stretches of 25 in the questions and answers, a
    quarter and two thirds of the way in; fewer sentences of each call than the second draw, so
    that more companies fit in the same labelling time."""
    qa_start = next((o for o, section, _ in turns if section == "q_and_a"), None)
    first_qa = next((i for i, u in enumerate(units) if qa_start is not None and u.start >= qa_start), len(units))
    out = [range(0, min(first_qa, 15)), range(max(15, first_qa - 25), first_qa)]
    qa = len(units) - first_qa
    for share in (4, 1.5):
        start = first_qa + int(qa // share)
        out.append(range(start, min(len(units), start + 25)))
    return out


OUTLOOK_HEADING = re.compile(r"^[^.]{0,60}\b(outlook|guidance|expectations)\b[^.]{0,40}$", re.I)


def release_windows_outlook(units: list, legend_at: int | None) -> list[range]:
    """The third draw's windows for an earnings release: the opening (45 sentences: headline,
    highlights, quotes), 30 sentences from the first heading that announces an outlook or guidance
    after it, and 12 from the start of the legend."""
    out = [range(0, min(len(units), 45))]
    heading = next((i for i, u in enumerate(units) if i >= 45 and OUTLOOK_HEADING.match(u.text.strip())), None)
    if heading is not None:
        out.append(range(heading, min(len(units), heading + 30)))
    if legend_at is not None:
        out.append(range(legend_at, min(len(units), legend_at + 12)))
    return out


def release_windows_mixed(units: list, legend_at: int | None) -> list[range]:
    """The fifth draw's windows: all of a short release (up to 70 sentences); of a longer one the
    opening 40 sentences, 25 from the first outlook or guidance heading after them, and 10 from the
    start of the legend."""
    if len(units) <= 70:
        return [range(len(units))]
    out = [range(0, 40)]
    heading = next((i for i, u in enumerate(units) if i >= 40 and OUTLOOK_HEADING.match(u.text.strip())), None)
    if heading is not None:
        out.append(range(heading, min(len(units), heading + 25)))
    if legend_at is not None:
        out.append(range(legend_at, min(len(units), legend_at + 10)))
    return out


def newswire_body(raw: bytes) -> bytes:
    """The story without the site's front matter (the block between the first two `---` lines)."""
    text = raw.decode("utf-8")
    if text.startswith("---"):
        end = text.find("\n---", 3)
        if end >= 0:
            text = text[end + 4:]
    return text.lstrip("\n").encode("utf-8")


def release_windows(n: int, legend_at: int | None) -> list[range]:
    if n <= 90:
        return [range(n)]
    out = [range(0, 60)]
    if legend_at is not None:
        out.append(range(max(60, legend_at - 6), min(n, legend_at + 10)))
    return out


def draw(source: Source) -> list[dict]:
    raw = read(source)
    speakers: list[tuple[int, str, str]] = []
    if source.kind == "call-transcript":
        text, speakers = render_transcript(json.loads(raw))
        document = from_text(text, source.doc, "")
    else:
        if source.batch in (3, 5):
            raw = newswire_body(raw)
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / source.doc
            path.write_bytes(raw)
            document = load_path(path)[0]
    context = CheckContext(document)
    legend = [context.canonical.to_source(s, e) for s, e in context.legend_spans]
    units = sentences(document.text, context.canonical)
    in_legend = [any(s <= u.start < e for s, e in legend) for u in units]
    kinds: dict[int, str] = {}
    if source.windows:
        for start, stop, kind in source.windows:
            kinds.update({i: kind for i in range(start, stop)})
        windows = [range(start, stop) for start, stop, _ in source.windows]
    elif source.kind == "call-transcript":
        windows = {2: transcript_windows_wide, 4: transcript_windows_answers}.get(
            source.batch, transcript_windows)(units, speakers)
    elif source.batch in (3, 5):
        windows = (release_windows_outlook if source.batch == 3 else release_windows_mixed)(
            units, in_legend.index(True) if True in in_legend else None)
    else:
        windows = release_windows(len(units), in_legend.index(True) if True in in_legend else None)
    chosen = sorted({i for w in windows for i in w if i < len(units)})
    out = []
    for i in chosen:
        unit = units[i]
        row = {"doc": source.doc, "company": source.company, "kind": kinds.get(i, source.kind),
               "half": half(source.doc), "index": i, "in_legend": in_legend[i], "text": unit.text,
               "source_repo": source.repo, "source_path": source.path, "source_commit": source.commit}
        turn = [t for t in speakers if t[0] <= unit.start]
        if turn:
            row["_turn"] = f"{turn[-1][1]}: {turn[-1][2]}"
        out.append(row)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sheet", action="store_true", help="keep the speaker of each transcript sentence")
    parser.add_argument("--only", default="", help="a regular expression on the doc names to draw")
    parser.add_argument("--batch", type=int, default=0, help="draw only the sources of this batch (1 to 5)")
    args = parser.parse_args()
    for source in SOURCES:
        if args.only and not re.search(args.only, source.doc):
            continue
        if args.batch and source.batch != args.batch:
            continue
        for row in draw(source):
            if not args.sheet:
                row.pop("_turn", None)
            print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
