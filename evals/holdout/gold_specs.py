"""Hand-labelled gold for the synthetic held-out articles (see README.md), following evals/GUIDELINE.md.

Written from the articles and the guideline only, without reading or running any extraction engine.
Build: /work/venv/bin/python evals/dev/build_gold.py evals/holdout
"""

# ruff: noqa: E501

from build_gold import CL, K, S  # spec helpers: build these specs with build_gold.py

SPECS = {}

AL_SHABAAB = ["al Shabaab", "al-Shabab", "Shabaab", "al-Shabaab militants"]
ISLAMIC_STATE = ["IS", "ISIS", "ISIL", "Daesh", "Islamic State group"]

# ---------------------------------------------------------------------------------------------------
SPECS["ho01_somalia_kdf_gedo"] = {
    "strikes": [
        S(
            ["Kenya Defence Forces"],
            "Bardera",
            "Gedo",
            "Somalia",
            target="two al-Shabaab camps outside Bardera",
            target_group="al-Shabaab",
            date="2018-03-02",
            date_text="at dawn on Friday",
            precision="day",
            casualties=[
                K(
                    "killed",
                    "militants",
                    40,
                    None,
                    "killing more than 40 militants",
                    "More than 40 terrorists were neutralised",
                    'scores of fighters" had been killed',
                ),
                K("killed", "civilians", 3, 3, "Three herders died there"),
            ],
            coordinated_with=["Somali National Army"],
            reported_by=[
                "Kenya Defence Forces",
                "Mohamed Abdi Kalil",
                "Elders in Bardera",
                "Hussein Aden Gurey",
                "Radio Andalus",
            ],
            evidence=[
                "Kenya Defence Forces fighter jets bombed two al-Shabaab camps outside Bardera in Somalia's Gedo region at dawn on Friday, killing more than 40 militants, the military has said",
                "He said the raid was carried out in coordination with the Somali National Army, whose troops later moved into the area to assess the damage",
                "But elders in Bardera said the bombs also fell on a water point where nomads had gathered with their camels before sunrise",
            ],
        ),
        S(
            ["Kenya Defence Forces"],
            "El Wak",
            "Gedo",
            "Somalia",
            target="a convoy of al-Shabaab technicals",
            target_group="al-Shabaab",
            date="2018-02-27",
            date_text="on Tuesday night",
            precision="day",
            casualties=[
                K("killed", "militants", 8, 8, "killing eight militants and destroying two of the gun-mounted trucks")
            ],
            reported_by=["Kenya Defence Forces"],
            evidence=[
                "Friday's raid came three days after KDF jets struck a convoy of al-Shabaab technicals near El Wak, on the Somali side of the border, on Tuesday night, killing eight militants and destroying two of the gun-mounted trucks, according to the military",
            ],
        ),
        S(
            ["Kenya Defence Forces"],
            "Garbaharey",
            "Gedo",
            "Somalia",
            target="an al-Shabaab training camp",
            target_group="al-Shabaab",
            date="2018-01-01",
            date_text="In January",
            precision="month",
            casualties=[K("killed", "militants", 17, 17, "in a raid the military said killed 17 militants")],
            reported_by=["Kenya Defence Forces"],
            evidence=[
                "In January, Kenyan warplanes also hit an al-Shabaab training camp near Garbaharey, the regional capital, in a raid the military said killed 17 militants",
            ],
        ),
    ],
    "claims": [
        CL(
            "Zachary Ndirangu",
            "Kenya Defence Forces",
            "asserts",
            "KDF jets bombed al-Shabaab camps near Bardera at dawn on Friday, killing more than 40 militants",
            [
                "Kenya Defence Forces fighter jets bombed two al-Shabaab camps outside Bardera in Somalia's Gedo region at dawn on Friday, killing more than 40 militants, the military has said",
                'Our jets hit the targets with precision at first light. More than 40 terrorists were neutralised and their logistics base was completely destroyed," Ndirangu said in a statement on Saturday',
            ],
            quote="Our jets hit the targets with precision at first light. More than 40 terrorists were neutralised and their logistics base was completely destroyed",
        ),
        CL(
            "Zachary Ndirangu",
            "Kenya Defence Forces",
            "asserts",
            "The KDF raid near Bardera was carried out in coordination with the Somali National Army",
            [
                "He said the raid was carried out in coordination with the Somali National Army, whose troops later moved into the area to assess the damage"
            ],
        ),
        CL(
            "Mohamed Abdi Kalil",
            "Gedo regional administration",
            "asserts",
            "Scores of al-Shabaab fighters were killed in the Bardera raid and buried near the Juba river",
            [
                'Gedo regional commissioner Mohamed Abdi Kalil told the Star by phone that "scores of fighters" had been killed, and that residents saw the militants burying their dead near the Juba river on Friday afternoon'
            ],
            quote="scores of fighters",
        ),
        CL(
            "Elders in Bardera",
            None,
            "asserts",
            "The bombs near Bardera also fell on a water point where nomads had gathered with camels",
            [
                "But elders in Bardera said the bombs also fell on a water point where nomads had gathered with their camels before sunrise"
            ],
        ),
        CL(
            "Hussein Aden Gurey",
            None,
            "asserts",
            "Three herders, not al-Shabaab members, died at the water point near Bardera",
            [
                'Three herders died there, and many camels. These were not al-Shabaab, they were our people," said Hussein Aden Gurey'
            ],
            quote="Three herders died there, and many camels. These were not al-Shabaab, they were our people",
        ),
        CL(
            "Radio Andalus",
            "al-Shabaab",
            "asserts",
            "The KDF jets killed only livestock and nomads",
            ['The al-Shabaab-run Radio Andalus claimed the jets had "killed only livestock and nomads"'],
            quote="killed only livestock and nomads",
        ),
        CL(
            "Radio Andalus",
            "al-Shabaab",
            "denies",
            "Al-Shabaab fighters were hurt in the KDF jets' raid",
            ["denied that any of its fighters had been hurt"],
        ),
        CL(
            "Kenya Defence Forces",
            "Kenya Defence Forces",
            "asserts",
            "KDF jets struck an al-Shabaab convoy near El Wak on Tuesday night, killing eight militants",
            [
                "Friday's raid came three days after KDF jets struck a convoy of al-Shabaab technicals near El Wak, on the Somali side of the border, on Tuesday night, killing eight militants and destroying two of the gun-mounted trucks, according to the military"
            ],
        ),
        CL(
            "Kenya Defence Forces",
            "Kenya Defence Forces",
            "asserts",
            "Kenyan warplanes hit an al-Shabaab training camp near Garbaharey in January, killing 17 militants including a commander",
            [
                "In January, Kenyan warplanes also hit an al-Shabaab training camp near Garbaharey, the regional capital, in a raid the military said killed 17 militants, among them a commander it blamed for a string of roadside bombings in Mandera"
            ],
        ),
    ],
    "alternatives": {
        "Kenya Defence Forces": [
            "KDF",
            "Kenyan military",
            "Kenya Air Force",
            "Kenyan Air Force",
            "Kenyan warplanes",
            "KDF jets",
            "the military",
        ],
        "Zachary Ndirangu": ["Col. Zachary Ndirangu", "Ndirangu", "KDF spokesman"],
        "Mohamed Abdi Kalil": ["Kalil", "Gedo regional commissioner"],
        "Gedo regional administration": ["Gedo regional commissioner", "Gedo administration"],
        "Hussein Aden Gurey": ["Gurey"],
        "Elders in Bardera": ["elders", "elders in Bardera", "Bardera elders"],
        "Radio Andalus": ["al-Shabaab-run Radio Andalus", "Andalus"],
        "Somali National Army": ["SNA", "Somali army"],
        "Bardera": ["Baardheere", "Bardhere", "Bardere"],
        "El Wak": ["Ceel Waaq", "Elwak", "El-Wak"],
        "Garbaharey": ["Garbahaarey", "Garbahaarrey", "Garbaharrey"],
        "Gedo": ["Gedo region"],
        "al-Shabaab": AL_SHABAAB,
    },
    "notes": "Raw scraped Star (Kenya) page, no header; the page shows only 'Updated: 03 Mar 2018 11:20' (Sat), an update time, used as the publication date. Three KDF reports in Gedo: Bardera 'at dawn on Friday' (2018-03-02); El Wak 'on Tuesday night' (2018-02-27; the text also says 'three days after' Friday), on the Somali side of the border, so Somalia/Gedo; Garbaharey 'In January' (background strike, month 2018-01-01). Attacker: 'Kenya Defence Forces fighter jets' / 'KDF jets' / 'Kenyan warplanes' -> the force as the article names it (Kenya Defence Forces), Kenya Air Force accepted as an alternative because only the text's 'Kenyan warplanes' hints at the branch. Bardera casualties: killed militants min 40 ('more than 40', 'scores' = 40); the KDF's 'neutralised' sits beside its own 'killing more than 40', so it is read as killed here (unlike dev14, where the article defined it as an upper bound); three herders -> civilians 3; camels are not casualties. 'in coordination with the Somali National Army' -> coordinated_with SNA (its troops only moved in afterwards; they did not strike). Radio Andalus is an al-Shabaab outlet with no source behind it, so it is the claimant (org al-Shabaab): one asserting claim (only livestock and nomads killed) and one denial (no fighters hurt). The photo caption's 'KDF F-5 fighter jet' is a file photo at a base in Kenya, not tied to any strike: no aircraft type coded. The El Adde base assault (2016) is a ground attack; the analyst's quote and the Amisom background are general: none coded.",
}

# ---------------------------------------------------------------------------------------------------
SPECS["ho02_somalia_amnesty_africom"] = {
    "strikes": [
        S(
            ["US military"],
            "Kunturwarey",
            "Lower Shabelle",
            "Somalia",
            target="a farmhouse on the outskirts of Kunturwarey",
            target_group="al-Shabaab",
            date="2020-01-12",
            date_text="on the night of 12 January",
            precision="day",
            aircraft=["drone"],
            casualties=[
                K(
                    "killed",
                    "civilians",
                    2,
                    3,
                    "killing a 70-year-old woman and two of her grandchildren",
                    "two civilians were unfortunately killed and three were injured",
                ),
                K("injured", "civilians", 3, 4, "injuring four other members of the family"),
            ],
            reported_by=["Amnesty International", "US Africa Command", "Abdikadir Sheikh Nur"],
            evidence=[
                "The rights group said a drone strike on the night of 12 January hit a farmhouse on the outskirts of Kunturwarey, killing a 70-year-old woman and two of her grandchildren and injuring four other members of the family",
                'AFRICOM) said its review of the Kunturwarey strike had found that "two civilians were unfortunately killed and three were injured" when the strike hit a structure next to the intended target, an al-Shabaab facilitator\'s compound',
            ],
        ),
        S(
            ["US military"],
            "Sablaale",
            "Lower Shabelle",
            "Somalia",
            target="a 17-year-old boy and a farmer on a donkey cart, per Amnesty",
            target_group="al-Shabaab",
            date="2020-02-24",
            date_text="on 24 February",
            precision="day",
            casualties=[
                K("killed", "civilians", 2, 2, "The group said it killed a 17-year-old boy and a farmer"),
                K("killed", "militants", 4, 4, "It said the Sablaale strike killed four al-Shabaab fighters"),
            ],
            reported_by=["Amnesty International", "US Africa Command"],
            evidence=[
                "The second strike documented by Amnesty took place on 24 February near Sablaale, about 30 kilometers from the coast",
                'It said the Sablaale strike killed four al-Shabaab fighters and that "no civilians were killed or injured" in that operation',
            ],
        ),
        S(
            ["US military"],
            "Bariire",
            "Lower Shabelle",
            "Somalia",
            target="al-Shabaab militants fleeing toward the river",
            target_group="al-Shabaab",
            date="2020-03-29",
            date_text="on Sunday",
            precision="day",
            aircraft=["drone"],
            casualties=[K("killed", "militants", 5, 5, "killing five al-Shabaab fighters")],
            coordinated_with=["Somali government"],
            reported_by=["US Africa Command", "Somali National Army"],
            evidence=[
                "AFRICOM said Tuesday that it conducted an airstrike near Bariire on Sunday in support of SNA forces who were clearing the town, killing five al-Shabaab fighters",
                "The strike was carried out in coordination with the Federal Government of Somalia, the command said",
                'told VOA Somali that U.S. drones hit the militants "as they fled toward the river"',
            ],
        ),
        S(
            ["US military"],
            "El Buur",
            "Galguduud",
            "Somalia",
            date="2018-01-01",
            date_text="in 2018",
            precision="year",
            casualties=[K("killed", "civilians", 2, 2, "had killed civilians, a woman and a child")],
            reported_by=["US Africa Command"],
            evidence=[
                "In April 2019, AFRICOM admitted for the first time that one of its strikes had killed civilians, a woman and a child, in an airstrike near El Buur in 2018",
            ],
        ),
    ],
    "claims": [
        CL(
            "Amnesty International",
            "Amnesty International",
            "asserts",
            "A US drone strike near Kunturwarey on 12 January killed a woman and two grandchildren, injuring four",
            [
                "Two U.S. airstrikes in Somalia's Lower Shabelle region this year killed five civilians, including two children, Amnesty International said in a report published Wednesday",
                "The rights group said a drone strike on the night of 12 January hit a farmhouse on the outskirts of Kunturwarey, killing a 70-year-old woman and two of her grandchildren and injuring four other members of the family",
            ],
        ),
        CL(
            "Agnes Mwangi-Kariuki",
            "Amnesty International",
            "asserts",
            "The missiles hit a family home with only farmers and children, not a militant camp",
            [
                'The missiles hit a family home, not a militant camp. There was nobody there but farmers and children," said Agnes Mwangi-Kariuki'
            ],
            quote="The missiles hit a family home, not a militant camp. There was nobody there but farmers and children",
        ),
        CL(
            "US Africa Command",
            "US Africa Command",
            "asserts",
            "The Kunturwarey strike killed two civilians and injured three, hitting a structure next to the target",
            [
                'In a statement sent to VOA, U.S. Africa Command (AFRICOM) said its review of the Kunturwarey strike had found that "two civilians were unfortunately killed and three were injured" when the strike hit a structure next to the intended target, an al-Shabaab facilitator\'s compound'
            ],
            quote="two civilians were unfortunately killed and three were injured",
        ),
        CL(
            "Abdikadir Sheikh Nur",
            None,
            "asserts",
            "The woman killed in the Kunturwarey strike had nothing to do with al-Shabaab",
            [
                'My mother was 70 years old. She could not even walk to the mosque. What did she have to do with al-Shabaab?" he said'
            ],
            quote="My mother was 70 years old. She could not even walk to the mosque. What did she have to do with al-Shabaab?",
        ),
        CL(
            "Amnesty International",
            "Amnesty International",
            "asserts",
            "The US strike near Sablaale on 24 February killed a 17-year-old boy and a farmer",
            [
                "The second strike documented by Amnesty took place on 24 February near Sablaale, about 30 kilometers from the coast. The group said it killed a 17-year-old boy and a farmer who were travelling on a donkey cart to sell charcoal"
            ],
        ),
        CL(
            "US Africa Command",
            "US Africa Command",
            "asserts",
            "The Sablaale strike killed four al-Shabaab fighters",
            ["It said the Sablaale strike killed four al-Shabaab fighters"],
        ),
        CL(
            "US Africa Command",
            "US Africa Command",
            "denies",
            "Civilians were killed or injured in the Sablaale strike",
            ["AFRICOM rejected that finding", 'no civilians were killed or injured" in that operation'],
            quote="no civilians were killed or injured",
        ),
        CL(
            "US Africa Command",
            "US Africa Command",
            "asserts",
            "AFRICOM conducted an airstrike near Bariire on Sunday supporting SNA forces, killing five al-Shabaab fighters",
            [
                "AFRICOM said Tuesday that it conducted an airstrike near Bariire on Sunday in support of SNA forces who were clearing the town, killing five al-Shabaab fighters"
            ],
        ),
        CL(
            "US Africa Command",
            "US Africa Command",
            "asserts",
            "The Bariire strike was carried out in coordination with the Federal Government of Somalia",
            ["The strike was carried out in coordination with the Federal Government of Somalia, the command said"],
        ),
        CL(
            "Abdullahi Osman Farah",
            "Somali National Army",
            "asserts",
            "US drones hit the al-Shabaab militants as they fled Bariire toward the river",
            [
                'Brig. Gen. Abdullahi Osman Farah, commander of the SNA\'s 143rd brigade, told VOA Somali that U.S. drones hit the militants "as they fled toward the river"'
            ],
            quote="as they fled toward the river",
        ),
        CL(
            "US Africa Command",
            "US Africa Command",
            "asserts",
            "A US airstrike near El Buur in 2018 killed civilians, a woman and a child",
            [
                "In April 2019, AFRICOM admitted for the first time that one of its strikes had killed civilians, a woman and a child, in an airstrike near El Buur in 2018"
            ],
        ),
    ],
    "alternatives": {
        "US military": [
            "U.S. military",
            "US Africa Command",
            "U.S. Africa Command",
            "AFRICOM",
            "U.S. forces",
            "US forces",
        ],
        "US Africa Command": ["AFRICOM", "U.S. Africa Command", "the command", "United States Africa Command"],
        "Amnesty International": ["Amnesty", "the rights group"],
        "Agnes Mwangi-Kariuki": ["Mwangi-Kariuki", "Amnesty researcher"],
        "Abdikadir Sheikh Nur": ["Abdikadir", "relative of the victims"],
        "Abdullahi Osman Farah": ["Brig. Gen. Abdullahi Osman Farah", "Farah", "SNA commander"],
        "Somali National Army": ["SNA", "SNA's 143rd brigade", "Somali army"],
        "Somali government": ["Federal Government of Somalia", "Somalia", "Federal Government"],
        "Kunturwarey": ["Kunturwaarey", "Kurtunwarey", "Kurtunwaarey"],
        "Sablaale": ["Sablale"],
        "Bariire": ["Barire", "Bariirre"],
        "El Buur": ["Ceel Buur", "El Bur", "Elbur"],
        "Galguduud": ["Galgaduud", "Galgudud"],
        "Lower Shabelle": ["Lower Shabelle region", "Shabeellaha Hoose"],
        "drone": ["drones", "U.S. drones"],
        "al-Shabaab": AL_SHABAAB,
    },
    "notes": "Raw scraped VOA page, no header; the page shows 'Last Updated: April 01, 2020 10:31 AM' (Wed), used as the publication date ('report published Wednesday' is the same day). Four US reports: Kunturwarey 'on the night of 12 January' (a named day, so day precision 2020-01-12, not the week used for undated 'overnight'); Sablaale 'on 24 February'; Bariire 'on Sunday' (2020-03-29; 'AFRICOM said Tuesday' dates the statement); and the background El Buur strike 'in 2018' (year precision). The lead's 'five civilians' is the total over the two Amnesty strikes, so it is evidence for Amnesty's claim but not a casualty entry. Kunturwarey: killed civilians 2 (AFRICOM) to 3 (Amnesty: a woman and two grandchildren); injured civilians 3 (AFRICOM) to 4 (Amnesty); target_group al-Shabaab because both sides agree the intended target was an al-Shabaab facilitator's compound (hard call; the hit was a neighbouring structure). Sablaale: civilians 2 (Amnesty) and militants 4 (AFRICOM) as separate kind x group entries; target_group al-Shabaab from AFRICOM's account (as dev02). Bariire: 'in support of SNA forces' is ground forces backed by the strike, not coordination; 'in coordination with the Federal Government of Somalia' -> coordinated_with Somali government; the SNA commander's 'U.S. drones' gives aircraft 'drone'. The Tuttle quote ('We regret the loss of life ...') is a reaction, not a separate claim; Amnesty's call for compensation, the 40/63 strike tallies and the Awdheegle residents' account of mines are not claims about a strike.",
}

# ---------------------------------------------------------------------------------------------------
SPECS["ho03_libya_egypt_derna"] = {
    "strikes": [
        S(
            ["Egyptian Air Force"],
            "Derna",
            "Derna",
            "Libya",
            target="camps of the Derna Mujahideen Shura Council",
            target_group="Mujahideen Shura Council of Derna",
            date="2017-05-26",
            date_text="on Friday evening",
            precision="day",
            casualties=[
                K("killed", "militants", 23, None, 'the Friday strikes on Derna had killed "at least 23 terrorists"'),
                K("killed", "civilians", 7, 7, "killing seven civilians, including a woman and a child"),
                K("killed", "unknown", 6, 6, "the hospital had received six bodies"),
                K("injured", "unknown", None, 12, "wounding up to 12 others"),
            ],
            coordinated_with=["Libyan National Army"],
            reported_by=[
                "Egyptian Armed Forces",
                "Libyan National Army",
                "Mujahideen Shura Council of Derna",
                "Doctor at al-Harish hospital",
            ],
            evidence=[
                "Egypt's armed forces spokesman, Brigadier General Hisham Farid, said in a televised statement late on Friday that the air force had carried out six strikes on Friday evening against camps of the Derna Mujahideen Shura Council, an Islamist coalition that controls the city",
                'The Friday strikes were carried out "in full coordination with the Libyan National Army", Farid said',
                "it said the Egyptian jets had hit a residential area in the city's Dahr al-Hamar district",
            ],
        ),
        S(
            ["Egyptian Air Force", "Libyan National Army"],
            "al-Fatayah",
            "Derna",
            "Libya",
            target="targets in al-Fatayah; an ammunition depot and several vehicles",
            date="2017-05-27",
            date_text="At dawn on Saturday",
            precision="day",
            reported_by=["Egyptian state television", "Libyan National Army"],
            evidence=[
                "Egyptian warplanes struck the eastern Libyan city of Derna for a second day on Saturday",
                "At dawn on Saturday, a second wave of raids hit targets in al-Fatayah, about 20 kilometres south of Derna, Egyptian state television reported",
                "The LNA said its own aircraft had taken part in the dawn raids alongside Egyptian jets",
            ],
        ),
        S(
            ["Egyptian Air Force"],
            "Derna",
            "Derna",
            "Libya",
            date="2015-02-01",
            date_text="In February 2015",
            precision="month",
            evidence=[
                "In February 2015, Egyptian jets bombed Derna after Islamic State militants released a video showing the beheading of 21 Egyptian Copts on a Libyan beach",
            ],
        ),
    ],
    "claims": [
        CL(
            "Hisham Farid",
            "Egyptian Armed Forces",
            "asserts",
            "The Egyptian air force carried out six strikes on Derna Mujahideen Shura Council camps on Friday evening",
            [
                "Egypt's armed forces spokesman, Brigadier General Hisham Farid, said in a televised statement late on Friday that the air force had carried out six strikes on Friday evening against camps of the Derna Mujahideen Shura Council, an Islamist coalition that controls the city, and destroyed \"the centres from which the terrorist elements who took part in the Minya attack were trained and dispatched"
            ],
            quote="the centres from which the terrorist elements who took part in the Minya attack were trained and dispatched",
        ),
        CL(
            "Hisham Farid",
            "Egyptian Armed Forces",
            "asserts",
            "The Friday strikes on Derna were carried out in full coordination with the Libyan National Army",
            ['The Friday strikes were carried out "in full coordination with the Libyan National Army", Farid said'],
            quote="in full coordination with the Libyan National Army",
        ),
        CL(
            "Egyptian state television",
            "Egyptian state television",
            "asserts",
            "A second wave of Egyptian raids hit targets in al-Fatayah at dawn on Saturday",
            [
                "At dawn on Saturday, a second wave of raids hit targets in al-Fatayah, about 20 kilometres south of Derna, Egyptian state television reported"
            ],
        ),
        CL(
            "Libyan National Army",
            "Libyan National Army",
            "asserts",
            "LNA aircraft took part in the dawn raids alongside Egyptian jets",
            ["The LNA said its own aircraft had taken part in the dawn raids alongside Egyptian jets"],
        ),
        CL(
            "Faraj Bousnina",
            "Libyan National Army",
            "asserts",
            "The Friday strikes on Derna killed at least 23 terrorists, including two foreign commanders",
            [
                'LNA spokesman Colonel Faraj Bousnina told Ahram Online by phone that the Friday strikes on Derna had killed "at least 23 terrorists", among them two foreign commanders'
            ],
            quote="at least 23 terrorists",
        ),
        CL(
            "Faraj Bousnina",
            "Libyan National Army",
            "asserts",
            "The Saturday raids destroyed an ammunition depot and several vehicles",
            ["the Saturday raids had destroyed an ammunition depot and several vehicles"],
        ),
        CL(
            "Mujahideen Shura Council of Derna",
            "Mujahideen Shura Council of Derna",
            "asserts",
            "Egyptian jets hit a residential area of Derna, killing seven civilians and wounding up to 12",
            [
                "In a statement posted online, it said the Egyptian jets had hit a residential area in the city's Dahr al-Hamar district, killing seven civilians, including a woman and a child, and wounding up to 12 others"
            ],
        ),
        CL(
            "Mujahideen Shura Council of Derna",
            "Mujahideen Shura Council of Derna",
            "denies",
            "Mujahideen Shura Council of Derna fighters were killed in the Egyptian strikes",
            ["It denied that any of its fighters had been killed"],
        ),
        CL(
            "Doctor at al-Harish hospital",
            "al-Harish hospital",
            "asserts",
            "The Derna hospital received six bodies and several wounded people on Friday night",
            [
                "A doctor at Derna's al-Harish hospital, who asked not to be named for fear of reprisals, said the hospital had received six bodies and several wounded people on Friday night"
            ],
        ),
    ],
    "alternatives": {
        "Egyptian Air Force": [
            "Egyptian warplanes",
            "Egyptian air force",
            "Egyptian jets",
            "Egypt",
            "Egyptian Armed Forces",
            "Egyptian military",
        ],
        "Egyptian Armed Forces": ["Egypt's armed forces", "Egyptian military", "Egyptian army", "Egypt"],
        "Hisham Farid": ["Brigadier General Hisham Farid", "Farid", "armed forces spokesman"],
        "Libyan National Army": ["LNA", "Haftar's forces", "Khalifa Haftar"],
        "Faraj Bousnina": ["Colonel Faraj Bousnina", "Bousnina", "LNA spokesman"],
        "Mujahideen Shura Council of Derna": [
            "DMSC",
            "Derna Mujahideen Shura Council",
            "Shura Council of Mujahideen in Derna",
            "Derna Shura Council",
        ],
        "Egyptian state television": ["Egyptian state TV", "state television", "Egyptian TV"],
        "Doctor at al-Harish hospital": ["doctor", "A doctor at Derna's al-Harish hospital", "hospital doctor"],
        "al-Harish hospital": ["Harish hospital", "al-Harish"],
        "Derna": ["Darnah", "Darna", "Dahr al-Hamar"],
        "al-Fatayah": ["Fatayah", "al-Fataiah", "al-Fataih", "Derna"],
    },
    "notes": "Published Sat 2017-05-27 (header). Three Egyptian reports: Derna 'on Friday evening' (2017-05-26; 'late on Friday' dates the televised statement); al-Fatayah 'At dawn on Saturday' (2017-05-27), a separate report because both the date and the attacking forces differ: the LNA says its own aircraft took part, so the LNA is an attacker there, while for the Friday strikes it only coordinated ('in full coordination with the Libyan National Army' -> coordinated_with; a party that struck is never also in coordinated_with); and the background 'In February 2015' raid on Derna (month precision, own voice, reported_by []). Hard call: the lead says Egyptian warplanes struck 'Derna for a second day on Saturday', while the body places the Saturday raids in al-Fatayah, 20 km south of Derna: coded at the most precise place, al-Fatayah, with Derna accepted as an alternative reading (this merges the two names for the article). Friday casualties, one entry per kind x group: militants at least 23 (LNA), civilians 7 (DMSC), unknown 6 bodies (hospital doctor), injured 'up to 12 others' -> unknown max 12 (the doctor's 'several wounded' adds no figure). The LNA's destroyed depot and vehicles are materiel, not casualties. target_group: the Derna Mujahideen Shura Council is named as the group whose camps were hit (canonical name Mujahideen Shura Council of Derna). Sisi's 'will not hesitate to strike' is a threat, the DMSC's rejection of any link to Minya is about motive, and the Minya bus attack (29 killed) is a ground attack: none coded. Egyptian state television reports the Saturday raid with no source behind it, so it is the claimant.",
}

# ---------------------------------------------------------------------------------------------------
SPECS["ho04_libya_tripoli_market_uae"] = {
    "strikes": [
        S(
            ["Libyan National Army"],
            "Abu Salim",
            "Tripoli",
            "Libya",
            target="a crowded vegetable market",
            date=None,
            date_text="on Friday",
            precision="unknown",
            casualties=[
                K("killed", "civilians", 4, 4, "killing four civilians including a child"),
                K("injured", "unknown", 11, 11, "and wounding 11"),
            ],
            reported_by=[
                "GNA health ministry",
                "Government of National Accord",
                "GNA interior ministry",
                "Libyan National Army",
                "Salem",
            ],
            evidence=[
                "An air strike hit a crowded vegetable market in Tripoli's southern Abu Salim district on Friday, killing four civilians including a child and wounding 11, the health ministry of the internationally recognised Government of National Accord (GNA) said",
                "The GNA blamed warplanes belonging to eastern commander Khalifa Haftar's Libyan National Army (LNA), which has been trying to take the capital since April",
                'Its spokesman said LNA jets had struck "a militia ammunition truck" parked on the edge of Abu Salim',
            ],
        ),
        S(
            ["United Arab Emirates"],
            "Tajoura",
            "Tripoli",
            "Libya",
            target="a desalination plant in Tajoura",
            date="2019-10-04",
            date_text="on Oct. 4, 2019",
            precision="day",
            aircraft=["Wing Loong II"],
            weapons=["Blue Arrow 7 missile"],
            casualties=[K("killed", "civilians", 2, 2, "which killed two civilian workers")],
            reported_by=["UN Panel of Experts on Libya"],
            evidence=[
                "a confidential report by a U.N. panel of experts seen by Reuters on Friday said a Chinese-made Wing Loong II drone operated by the United Arab Emirates carried out an earlier strike on a desalination plant in Tajoura, east of Tripoli, on Oct. 4, 2019, which killed two civilian workers",
                "The panel said the drone had fired a Blue Arrow 7 missile, fragments of which were recovered at the plant",
            ],
        ),
    ],
    "claims": [
        CL(
            "GNA health ministry",
            "Government of National Accord",
            "asserts",
            "An air strike on a Tripoli vegetable market in Abu Salim killed four civilians and wounded 11",
            [
                "An air strike hit a crowded vegetable market in Tripoli's southern Abu Salim district on Friday, killing four civilians including a child and wounding 11, the health ministry of the internationally recognised Government of National Accord (GNA) said"
            ],
        ),
        CL(
            "Government of National Accord",
            "Government of National Accord",
            "asserts",
            "Warplanes of Haftar's Libyan National Army carried out the strike on the Abu Salim market",
            ["The GNA blamed warplanes belonging to eastern commander Khalifa Haftar's Libyan National Army (LNA)"],
        ),
        CL(
            "Ayman al-Fergani",
            "GNA interior ministry",
            "asserts",
            "Haftar's aircraft knowingly bombed people buying food at the Abu Salim market",
            [
                "This is a war crime against people buying food for their families. Haftar's aircraft knew exactly what they were bombing,\" said Ayman al-Fergani"
            ],
            quote="This is a war crime against people buying food for their families. Haftar's aircraft knew exactly what they were bombing",
        ),
        CL(
            "Salem",
            None,
            "asserts",
            "The blast hit the market while traders were working and a boy vendor fell beside him",
            [
                'I was weighing tomatoes when the sky exploded. A boy who sells plastic bags was lying next to me," said Salem'
            ],
            quote="I was weighing tomatoes when the sky exploded. A boy who sells plastic bags was lying next to me",
        ),
        CL(
            "Libyan National Army",
            "Libyan National Army",
            "denies",
            "LNA aircraft hit the Abu Salim market",
            ["The LNA denied hitting the market"],
        ),
        CL(
            "LNA spokesman",
            "Libyan National Army",
            "asserts",
            "LNA jets struck a militia ammunition truck parked on the edge of Abu Salim",
            ['Its spokesman said LNA jets had struck "a militia ammunition truck" parked on the edge of Abu Salim'],
            quote="a militia ammunition truck",
        ),
        CL(
            "LNA spokesman",
            "Libyan National Army",
            "denies",
            "The LNA strike caused civilian casualties at the Abu Salim market",
            [
                "any civilian casualties were caused by the truck's cargo exploding",
                "Our air force does not target civilians,\" he said in a video posted on the LNA's Facebook page",
            ],
            quote="Our air force does not target civilians",
        ),
        CL(
            "UN Panel of Experts on Libya",
            "United Nations",
            "asserts",
            "A UAE-operated Wing Loong II drone struck a Tajoura desalination plant on Oct. 4, 2019, killing two workers",
            [
                "a confidential report by a U.N. panel of experts seen by Reuters on Friday said a Chinese-made Wing Loong II drone operated by the United Arab Emirates carried out an earlier strike on a desalination plant in Tajoura, east of Tripoli, on Oct. 4, 2019, which killed two civilian workers",
                'The report said the Tajoura strike was "highly likely" to have been carried out by the UAE',
                'Wing Loong II drones in Libya were being flown from al-Khadim air base in the east of the country "by personnel of the United Arab Emirates',
            ],
            quote="highly likely",
        ),
        CL(
            "Emirati official",
            "United Arab Emirates",
            "denies",
            "The UAE operated drones that struck in Libya, as the UN panel found",
            [
                "An Emirati official told Reuters the panel's findings were \"baseless\" and repeated the UAE's position that it was not involved in military operations in Libya"
            ],
            quote="baseless",
        ),
    ],
    "alternatives": {
        "Libyan National Army": ["LNA", "Haftar's forces", "Khalifa Haftar's Libyan National Army", "Haftar"],
        "Government of National Accord": ["GNA", "internationally recognised Government of National Accord"],
        "GNA health ministry": ["health ministry", "GNA's health ministry", "Ministry of Health"],
        "GNA interior ministry": ["interior ministry", "GNA's interior ministry", "Ministry of Interior"],
        "Ayman al-Fergani": ["al-Fergani", "Fergani"],
        "LNA spokesman": ["Libyan National Army spokesman", "LNA"],
        "Salem": ["trader", "a trader"],
        "United Arab Emirates": ["UAE", "Emirati", "Emirates", "UAE Air Force", "UAE military"],
        "UN Panel of Experts on Libya": [
            "U.N. panel of experts",
            "UN panel of experts",
            "panel of experts",
            "the panel",
            "UN experts",
        ],
        "United Nations": ["UN", "U.N."],
        "Emirati official": ["UAE official"],
        "Wing Loong II": ["Wing Loong", "Wing Loong 2", "drone"],
        "Blue Arrow 7 missile": ["Blue Arrow 7", "BA-7", "Blue Arrow-7"],
        "Abu Salim": ["Abusleem", "Abu Sleem", "Abu Slim"],
        "Tajoura": ["Tajura", "Tajourah"],
    },
    "notes": "Raw scraped Reuters page with no date anywhere (dateline 'TRIPOLI (Reuters) -' only; 'since April' gives no year): the market strike 'on Friday' cannot be resolved, so strike_date null, precision unknown, date_text kept. Abu Salim market: the article's own voice names no attacker ('An air strike hit'); the GNA attributes it to LNA warplanes and the LNA itself says its jets struck a truck on the edge of Abu Salim, so attackers [Libyan National Army]; the LNA's denial that it hit the market and that its strike caused the casualties are denying claims. Casualties: civilians 4; 'wounding 11' has no status -> injured unknown 11. Tajoura: a specific past strike with an absolute date (2019-10-04) attributed by the UN panel of experts to a UAE-operated Wing Loong II: attackers [United Arab Emirates] (written name; the LNA is not said to have flown it), aircraft and missile as written; the panel's 'highly likely' is a hedged assertion (asserts). Reuters is the outlet that saw the report, not a source. The Emirati official's 'baseless' denies the panel's attribution. Rockets near Mitiga's runway are ground fire: not coded. The LNA's non-response and the U.N. casualty totals are not claims.",
}

# ---------------------------------------------------------------------------------------------------
SPECS["ho05_syria_israel_kiswah"] = {
    "strikes": [
        S(
            ["Israeli Air Force"],
            "al-Kiswah",
            "Rif Dimashq",
            "Syria",
            target="weapons depots used by Iranian-backed militias near al-Kiswah",
            date="2021-12-08",
            date_text="late on Wednesday",
            precision="day",
            casualties=[
                K("killed", "soldiers", 2, 2, "killing two Syrian soldiers"),
                K("injured", "soldiers", 5, 5, "and wounding five others, Syria's official news agency SANA reported"),
                K(
                    "killed",
                    "militants",
                    6,
                    None,
                    "At least six fighters of the pro-Iran groups, including two members of Lebanon's Hezbollah, were killed in the strikes",
                ),
            ],
            reported_by=["SANA", "Syrian military source", "Syrian Observatory for Human Rights", "Tasnim"],
            evidence=[
                "Israeli warplanes fired missiles at targets south of Damascus late on Wednesday, killing two Syrian soldiers and wounding five others, Syria's official news agency SANA reported",
                "At around 11:40 pm, the Israeli enemy carried out an air aggression with bursts of missiles from the direction of the occupied Syrian Golan, targeting some points in the vicinity of al-Kiswah",
                "said the missiles hit weapons depots used by Iranian-backed militias near al-Kiswah, about 15 kilometres south of the capital",
            ],
        ),
        S(
            ["Israeli Air Force"],
            "Quneitra",
            "Quneitra",
            "Syria",
            date="2021-12-05",
            date_text="On Sunday night",
            precision="day",
            reported_by=["SANA", "Syrian military source"],
            evidence=[
                'On Sunday night, Syrian air defences intercepted missiles fired by Israeli aircraft toward the Quneitra countryside and "downed all of them" before they could reach their targets, SANA said, citing the same military source',
            ],
        ),
    ],
    "claims": [
        CL(
            "Syrian military source",
            "Syrian Army",
            "asserts",
            "The Israeli enemy's missile aggression near al-Kiswah killed two soldiers, wounded five and caused material losses",
            [
                "Israeli warplanes fired missiles at targets south of Damascus late on Wednesday, killing two Syrian soldiers and wounding five others, Syria's official news agency SANA reported",
                'At around 11:40 pm, the Israeli enemy carried out an air aggression with bursts of missiles from the direction of the occupied Syrian Golan, targeting some points in the vicinity of al-Kiswah," SANA quoted a military source as saying',
                'adding that the attack caused "some material losses" as well as the casualties among soldiers',
            ],
            quote="At around 11:40 pm, the Israeli enemy carried out an air aggression with bursts of missiles from the direction of the occupied Syrian Golan, targeting some points in the vicinity of al-Kiswah",
        ),
        CL(
            "Syrian military source",
            "Syrian Army",
            "asserts",
            "Syrian air defences intercepted the Israeli missiles near al-Kiswah and shot down most of them",
            ["Our air defences intercepted the aggression's missiles and shot down most of them,\" the source said"],
            quote="Our air defences intercepted the aggression's missiles and shot down most of them",
        ),
        CL(
            "Syrian Observatory for Human Rights",
            "Syrian Observatory for Human Rights",
            "asserts",
            "Israeli missiles hit Iranian-backed militia depots near al-Kiswah, killing at least six pro-Iran fighters",
            [
                "The Syrian Observatory for Human Rights, a Britain-based war monitor with a network of sources on the ground, said the missiles hit weapons depots used by Iranian-backed militias near al-Kiswah, about 15 kilometres south of the capital",
                "At least six fighters of the pro-Iran groups, including two members of Lebanon's Hezbollah, were killed in the strikes, the Observatory said",
            ],
        ),
        CL(
            "Tasnim",
            "Tasnim",
            "asserts",
            "The attack near Damascus was an aggression by the Zionist enemy",
            ['Iran\'s Tasnim news agency described the attack as "a cowardly aggression by the Zionist enemy"'],
            quote="a cowardly aggression by the Zionist enemy",
        ),
        CL(
            "Tasnim",
            "Tasnim",
            "denies",
            "Iranian advisers were hurt in the Israeli attack near Damascus",
            ["said no Iranian advisers had been hurt"],
        ),
        CL(
            "Syrian military source",
            "Syrian Army",
            "asserts",
            "Syrian air defences intercepted Israeli missiles fired toward Quneitra and downed all of them",
            [
                'On Sunday night, Syrian air defences intercepted missiles fired by Israeli aircraft toward the Quneitra countryside and "downed all of them" before they could reach their targets, SANA said, citing the same military source'
            ],
            quote="downed all of them",
        ),
    ],
    "alternatives": {
        "Israeli Air Force": [
            "Israel",
            "Israeli warplanes",
            "Israeli aircraft",
            "Israeli military",
            "Israel Defense Forces",
            "IDF",
            "Israeli enemy",
            "Zionist enemy",
        ],
        "al-Kiswah": ["Kiswah", "Kisweh", "al-Kiswa", "Kiswa"],
        "Rif Dimashq": [
            "Damascus countryside",
            "Rural Damascus",
            "Damascus Countryside",
            "Rif Dimashq Governorate",
            "Damascus",
        ],
        "Quneitra": ["Quneitra countryside", "Qunaitra", "Khan Arnabah"],
        "SANA": ["Syrian Arab News Agency", "Syria's official news agency SANA", "official news agency"],
        "Syrian military source": ["military source", "the source", "Syrian military"],
        "Syrian Army": ["Syrian military", "Syrian armed forces", "Syrian Arab Army"],
        "Syrian Observatory for Human Rights": ["SOHR", "Observatory", "the Observatory", "war monitor"],
        "Tasnim": ["Tasnim news agency", "Iran's Tasnim news agency"],
    },
    "notes": "Raw scraped New Arab page, no header; the page shows '2021-12-09T02:14:00Z' (Thu), used as the publication date. Two Israeli reports. (1) al-Kiswah 'late on Wednesday' (2021-12-08; SANA's 'at around 11:40 pm' is the same evening): SANA's 'vicinity of al-Kiswah' and SOHR's 'near al-Kiswah' give the place; region Rif Dimashq (geocoded). Casualties: soldiers killed 2 and injured 5 ('wounding five others', which the source calls 'casualties among soldiers'), militants at least 6 (SOHR; 'pro-Iran groups' fighters including Hezbollah members); SOHR does not say whether the soldiers are among them, so separate kind x group entries. target_group null: 'Iranian-backed militias' names no single group. 'missiles' is generic: no weapons coded. (2) DECISION on the intercepted strike: on Sunday night (2021-12-05) Israeli aircraft fired missiles toward the Quneitra countryside and SANA says all were downed. The guideline codes an air strike the article reports as having happened; an attack launched by aircraft at a named place did happen even if every missile was intercepted, so it is coded (attackers, place, date, no casualties), and the interception goes into a claim. Contrast ho07, where a drone shot down before it fired anything is not coded. Khan Arnabah residents only heard explosions in the sky: accepted as a place alternative, not a claim. The Israeli spokeswoman's 'We do not comment on foreign reports' is not a claim; the air force officer's interview and the Syrian foreign ministry letters are general/political. SANA relays the military source, so the source is the claimant and SANA goes into reported_by; Tasnim speaks with no source behind it, so it is the claimant of its two claims (the 'Zionist enemy' attribution asserts; no Iranian advisers hurt is a denial).",
}

# ---------------------------------------------------------------------------------------------------
SPECS["ho06_syria_us_albukamal"] = {
    "strikes": [
        S(
            ["US military"],
            "Abu Kamal",
            "Deir ez-Zor",
            "Syria",
            target="a weapons storage facility and a command centre used by Kataib Hezbollah and the IRGC",
            target_group="Kataib Hezbollah",
            date="2024-01-06",
            date_text="late on Saturday",
            precision="day",
            aircraft=["F-15E Strike Eagle"],
            casualties=[
                K(
                    "killed",
                    "militants",
                    4,
                    16,
                    "killed between 11 and 16 militia fighters, most of them Iraqis",
                    "four of its members had been killed",
                ),
                K("killed", "civilians", 1, 1, "had also killed a civilian who lived near one of the sites"),
            ],
            reported_by=["Pentagon", "Syrian Observatory for Human Rights", "Kataib Hezbollah", "SANA"],
            evidence=[
                "U.S. fighter jets struck two facilities used by Iran-backed militias near the Syrian town of Albu Kamal late on Saturday, the Pentagon said",
                "Two F-15E Strike Eagles hit a weapons storage facility and a command centre used by Kataib Hezbollah and Iran's Revolutionary Guards (IRGC), Pentagon spokesman Air Force Brigadier General Colin Maddox said in a statement on Sunday",
            ],
        ),
        S(
            ["Islamic Resistance in Iraq"],
            "Conoco gas field",
            "Deir ez-Zor",
            "Syria",
            target="the Conoco gas field base housing U.S. troops",
            date="2024-01-03",
            date_text="on Wednesday",
            precision="day",
            aircraft=["drone"],
            casualties=[K("injured", "soldiers", 3, 3, "wounding three U.S. service members, one of them seriously")],
            reported_by=["Pentagon", "Islamic Resistance in Iraq"],
            evidence=[
                "The Pentagon said a one-way attack drone struck the Conoco gas field base in Syria's Deir ez-Zor province on Wednesday",
                "A group calling itself the Islamic Resistance in Iraq, an umbrella for Iran-aligned armed factions, claimed responsibility for that attack on its Telegram channel",
            ],
        ),
        S(
            [],
            "al-Quriyah",
            "Deir ez-Zor",
            "Syria",
            target="a convoy of trucks carrying weapons from Iraq",
            date="2023-12-01",
            date_text="Late last month",
            precision="month",
            casualties=[K("killed", "militants", 6, 6, "killing six fighters of Iran-backed groups")],
            reported_by=["Syrian Observatory for Human Rights"],
            evidence=[
                "Late last month, unidentified aircraft struck a convoy of trucks carrying weapons from Iraq near al-Quriyah, a town on the Euphrates south-east of Deir ez-Zor city, killing six fighters of Iran-backed groups, according to the Observatory",
            ],
        ),
    ],
    "claims": [
        CL(
            "Colin Maddox",
            "Pentagon",
            "asserts",
            "Two F-15E Strike Eagles struck a Kataib Hezbollah and IRGC weapons facility and command centre near Albu Kamal",
            [
                "U.S. fighter jets struck two facilities used by Iran-backed militias near the Syrian town of Albu Kamal late on Saturday, the Pentagon said",
                "Two F-15E Strike Eagles hit a weapons storage facility and a command centre used by Kataib Hezbollah and Iran's Revolutionary Guards (IRGC), Pentagon spokesman Air Force Brigadier General Colin Maddox said in a statement on Sunday",
            ],
        ),
        CL(
            "Colin Maddox",
            "Pentagon",
            "asserts",
            "Both facilities struck near Albu Kamal were destroyed",
            [
                'We assess that both facilities were destroyed. The United States will not hesitate to defend its personnel," Maddox said'
            ],
            quote="We assess that both facilities were destroyed",
        ),
        CL(
            "Syrian Observatory for Human Rights",
            "Syrian Observatory for Human Rights",
            "asserts",
            "The raids near Albu Kamal killed between 11 and 16 militia fighters, most of them Iraqis",
            [
                "The Syrian Observatory for Human Rights, a Britain-based war monitor, said the raids near Albu Kamal, on the border with Iraq, killed between 11 and 16 militia fighters, most of them Iraqis"
            ],
        ),
        CL(
            "Kataib Hezbollah",
            "Kataib Hezbollah",
            "asserts",
            "Four Kataib Hezbollah members were killed in the American aggression on its positions in Syria",
            [
                'Kataib Hezbollah, one of the most powerful Iraqi militias, said in a statement that four of its members had been killed in what it called a "cowardly American aggression" on its positions inside Syria'
            ],
            quote="cowardly American aggression",
        ),
        CL(
            "SANA",
            "SANA",
            "asserts",
            "The American aggression near Albu Kamal also killed a civilian living near one of the sites",
            [
                'Syria\'s state news agency SANA reported that the "American aggression" had also killed a civilian who lived near one of the sites'
            ],
            quote="American aggression",
        ),
        CL(
            "Iranian foreign ministry spokesman",
            "Iranian Foreign Ministry",
            "denies",
            "Iranian advisers were at the sites targeted near Albu Kamal",
            [
                'An Iranian foreign ministry spokesman rejected the U.S. account, telling reporters in Tehran that "there were no Iranian advisers at the sites that were targeted"'
            ],
            quote="there were no Iranian advisers at the sites that were targeted",
        ),
        CL(
            "Pentagon",
            "Pentagon",
            "asserts",
            "A one-way attack drone struck the Conoco gas field base on Wednesday, wounding three US service members",
            [
                "The Pentagon said a one-way attack drone struck the Conoco gas field base in Syria's Deir ez-Zor province on Wednesday, wounding three U.S. service members, one of them seriously"
            ],
        ),
        CL(
            "Islamic Resistance in Iraq",
            "Islamic Resistance in Iraq",
            "asserts",
            "The Islamic Resistance in Iraq targeted the US base at the Conoco field with a drone",
            [
                'A group calling itself the Islamic Resistance in Iraq, an umbrella for Iran-aligned armed factions, claimed responsibility for that attack on its Telegram channel, saying it had targeted "the occupation base at the Conoco field" with a drone'
            ],
            quote="the occupation base at the Conoco field",
        ),
        CL(
            "Syrian Observatory for Human Rights",
            "Syrian Observatory for Human Rights",
            "asserts",
            "Unidentified aircraft struck a weapons convoy near al-Quriyah late last month, killing six fighters",
            [
                "Late last month, unidentified aircraft struck a convoy of trucks carrying weapons from Iraq near al-Quriyah, a town on the Euphrates south-east of Deir ez-Zor city, killing six fighters of Iran-backed groups, according to the Observatory"
            ],
        ),
    ],
    "alternatives": {
        "US military": [
            "U.S. fighter jets",
            "United States",
            "U.S. military",
            "US forces",
            "U.S. forces",
            "Washington",
        ],
        "Pentagon": ["Colin Maddox", "Pentagon spokesman", "US Department of Defense", "Department of Defense"],
        "Colin Maddox": ["Brigadier General Colin Maddox", "Maddox", "Pentagon spokesman"],
        "F-15E Strike Eagle": ["F-15E", "F-15E Strike Eagles", "Strike Eagle"],
        "Abu Kamal": ["Albu Kamal", "Al-Bukamal", "al-Boukamal", "Bukamal", "Abukamal"],
        "Deir ez-Zor": ["Deir ez-Zor province", "Deir Ezzor", "Deir al-Zor", "Deir ez-Zour"],
        "Kataib Hezbollah": ["Kata'ib Hezbollah", "Kataib Hizbollah", "Kataib Hizballah", "KH"],
        "Syrian Observatory for Human Rights": ["SOHR", "Observatory", "the Observatory", "war monitor"],
        "SANA": ["Syrian Arab News Agency", "Syria's state news agency", "state news agency SANA"],
        "Iranian foreign ministry spokesman": ["Iranian foreign ministry", "Iran"],
        "Iranian Foreign Ministry": ["Iran's foreign ministry", "Iran", "Iranian foreign ministry"],
        "Islamic Resistance in Iraq": ["Islamic Resistance", "Iran-aligned armed factions", "Iran-backed militias"],
        "Conoco gas field": ["Conoco field", "Conoco", "Conoco gas field base"],
        "al-Quriyah": ["Quriyah", "al-Quriya", "Al Quriyah", "Quriya"],
        "drone": ["one-way attack drone", "attack drone"],
    },
    "notes": "Raw scraped Reuters page, no header; the page shows 'January 8, 2024 / 7:42 AM / Updated 5 months ago' (Mon), used as the publication date. Three reports. (1) US jets near Albu Kamal 'late on Saturday' (2024-01-06; 'on Sunday' dates the Pentagon statement); two facilities at one place and date = one report; F-15E Strike Eagles. Killed militants: SOHR 'between 11 and 16', Kataib Hezbollah 'four of its members' -> one entry spanning 4-16; SANA's civilian -> civilians 1. target_group Kataib Hezbollah (the IRGC is a state force, not an armed group). (2) One-way attack drone on the Conoco gas field base 'on Wednesday' (2024-01-03): a drone strike by the guideline's definition (as dev10's Houthi drone attack); the Pentagon names no attacker, the Islamic Resistance in Iraq claimed it, so it is the attacker; three wounded US service members -> injured soldiers 3; target_group null (US troops are a state force). (3) 'Late last month' (December 2023, month precision) 'unidentified aircraft' near al-Quriyah: attackers [] as the guideline requires when no attacker is stated (Israel's mention afterwards is general, not an attribution), reported by SOHR. 'Washington has responded with strikes ... on several occasions', the 100+ attacks tally and the diplomat's quote are general; the Iranian spokesman's 'drag the region into a wider war' is political, his denial of advisers at the sites is a claim.",
}

# ---------------------------------------------------------------------------------------------------
SPECS["ho07_syria_turkey_sdf_drones"] = {
    "strikes": [
        S(
            ["Turkish Armed Forces"],
            "Qamishli",
            "Hasakah",
            "Syria",
            target="a car carrying SDF fighters",
            target_group="Syrian Democratic Forces",
            date="2022-11-24",
            date_text="on Thursday",
            precision="day",
            aircraft=["drone"],
            casualties=[
                K("killed", "militants", 2, 2, "killing two fighters of the Syrian Democratic Forces (SDF)"),
                K("killed", "unknown", 3, 3, "put the death toll of the strike near Qamishli at three"),
                K("injured", "civilians", 1, 1, "wounding a civilian who was driving behind them"),
            ],
            reported_by=["Syrian Democratic Forces", "Hawar news agency", "Syrian Observatory for Human Rights"],
            evidence=[
                "A Turkish drone struck a car on the road between Qamishli and Amuda on Thursday, killing two fighters of the Syrian Democratic Forces (SDF) and wounding a civilian who was driving behind them, the SDF said",
                "Two of our fighters were martyred when a drone of the Turkish occupation army targeted their vehicle near the Hilaliya roundabout",
            ],
        ),
        S(
            ["Turkish Armed Forces"],
            "Tal Tamr",
            "Hasakah",
            "Syria",
            target="an SDF military point on the outskirts of Tal Tamr",
            target_group="Syrian Democratic Forces",
            date="2022-11-23",
            date_text="On the night of Wednesday",
            precision="day",
            aircraft=["drone"],
            casualties=[
                K(
                    "killed",
                    "militants",
                    3,
                    11,
                    "killing three SDF fighters",
                    '11 "PKK/YPG terrorists" had been "neutralised" in air operations in the Tal Tamr area over the past two days',
                ),
            ],
            reported_by=["Syrian Democratic Forces", "AFP", "Turkish Defense Ministry", "Anadolu Agency"],
            evidence=[
                "On the night of Wednesday, Turkish drones hit an SDF military point on the outskirts of Tal Tamr, in Hasakah province, killing three SDF fighters, SDF spokesman Kawa Derik told AFP",
                'Turkey\'s defence ministry said on Friday that 11 "PKK/YPG terrorists" had been "neutralised" in air operations in the Tal Tamr area over the past two days, according to the state-run Anadolu Agency',
            ],
        ),
    ],
    "claims": [
        CL(
            "Syrian Democratic Forces",
            "Syrian Democratic Forces",
            "asserts",
            "A Turkish drone killed two SDF fighters near Qamishli and wounded a civilian motorist",
            [
                "A Turkish drone struck a car on the road between Qamishli and Amuda on Thursday, killing two fighters of the Syrian Democratic Forces (SDF) and wounding a civilian who was driving behind them, the SDF said",
                'Two of our fighters were martyred when a drone of the Turkish occupation army targeted their vehicle near the Hilaliya roundabout," the SDF said, according to a statement carried by the Hawar news agency (ANHA)',
            ],
            quote="Two of our fighters were martyred when a drone of the Turkish occupation army targeted their vehicle near the Hilaliya roundabout",
        ),
        CL(
            "Syrian Observatory for Human Rights",
            "Syrian Observatory for Human Rights",
            "asserts",
            "The strike near Qamishli killed three, including a member of the Asayish internal security forces",
            [
                "The Syrian Observatory for Human Rights put the death toll of the strike near Qamishli at three, saying a member of the Asayish internal security forces was also killed"
            ],
        ),
        CL(
            "Kawa Derik",
            "Syrian Democratic Forces",
            "asserts",
            "Turkish drones hit an SDF military point near Tal Tamr, killing three SDF fighters",
            [
                "On the night of Wednesday, Turkish drones hit an SDF military point on the outskirts of Tal Tamr, in Hasakah province, killing three SDF fighters, SDF spokesman Kawa Derik told AFP",
                'Turkey is bombing our positions while we are guarding thousands of ISIS detainees. Every strike weakens the fight against terrorism," Derik said',
            ],
            quote="Turkey is bombing our positions while we are guarding thousands of ISIS detainees",
        ),
        CL(
            "Turkish Defense Ministry",
            "Turkish Defense Ministry",
            "asserts",
            "Turkish air operations in the Tal Tamr area neutralised 11 PKK/YPG terrorists",
            [
                'Turkey\'s defence ministry said on Friday that 11 "PKK/YPG terrorists" had been "neutralised" in air operations in the Tal Tamr area over the past two days, according to the state-run Anadolu Agency'
            ],
        ),
    ],
    "alternatives": {
        "Turkish Armed Forces": [
            "Turkish army",
            "Turkish military",
            "Turkish Air Force",
            "Turkey",
            "Ankara",
            "Turkish occupation army",
            "Turkish drones",
        ],
        "Syrian Democratic Forces": ["SDF", "YPG", "People's Protection Units", "PKK/YPG"],
        "Kawa Derik": ["Derik", "SDF spokesman"],
        "Hawar news agency": ["ANHA", "Hawar", "Hawar News Agency"],
        "AFP": ["Agence France-Presse"],
        "Turkish Defense Ministry": [
            "Turkey's defence ministry",
            "Turkish defence ministry",
            "Turkish Ministry of National Defense",
            "Turkish National Defense Ministry",
        ],
        "Anadolu Agency": ["Anadolu", "AA", "state-run Anadolu Agency"],
        "Syrian Observatory for Human Rights": ["SOHR", "Observatory", "war monitor"],
        "Qamishli": ["Qamishlo", "al-Qamishli", "Hilaliya", "al-Hilaliya", "Hilaliya roundabout", "Amuda"],
        "Tal Tamr": ["Tell Tamer", "Tal Tamer", "Til Temir", "Tel Tamr"],
        "Hasakah": ["al-Hasakah", "Hasakah province", "Hasaka", "Hassakeh"],
        "drone": ["Turkish drone", "drones", "UAV"],
    },
    "notes": "Raw scraped North Press page, no header; the page shows 'November 25, 2022' (Fri), used as the publication date. Two Turkish drone reports in Hasakah. (1) The car 'on the road between Qamishli and Amuda on Thursday' (2022-11-24), which the SDF places 'near the Hilaliya roundabout' (a Qamishli neighbourhood): place Qamishli, with Hilaliya and Amuda as alternatives. Casualties: SDF fighters 2 (militants: the SDF is an armed group), SOHR's toll of three (the third an Asayish member, status left as SOHR's 'death toll') -> unknown 3, the wounded motorist -> injured civilians 1. (2) Tal Tamr 'On the night of Wednesday' (a named day -> day precision 2022-11-23): SDF 3 fighters killed; the Turkish ministry's 11 'neutralised' 'in air operations in the Tal Tamr area over the past two days' is the same attacker, place and window -> same report, read as an upper bound on the killed (as dev14) -> militants 3-11. The ministry 'did not mention the strike near Qamishli', so its figure is not attached there. Attacker: 'Turkish drone', 'drone of the Turkish occupation army', 'Ankara' -> Turkish Armed Forces (the text never names the air force; Turkish Air Force accepted). target_group Syrian Democratic Forces (written name; Turkey's 'PKK/YPG' as an alternative). DECISION on the shot-down drone: the SDF says it downed a Turkish drone over Ain Issa 'before it could fire': nothing was struck, so no strike report and no claim (contrast ho05's Quneitra, where missiles were launched at a target). Not coded: the 'wave of air and drone strikes ... last weekend' (general campaign, no place or event), artillery shelling of villages near Kobani and Ain Issa, Erdogan's planned ground operation, CENTCOM's statement and the teacher's quote.",
}

# ---------------------------------------------------------------------------------------------------
SPECS["ho08_iraq_us_kataib_hezbollah"] = {
    "strikes": [
        S(
            ["US military"],
            "Jurf al-Sakhar",
            "Babil",
            "Iraq",
            target="three Kataib Hezbollah weapons storage facilities",
            target_group="Kataib Hezbollah",
            date="2020-03-13",
            date_text="late on Friday",
            precision="day",
            aircraft=["F-15E Strike Eagle", "MQ-9 Reaper"],
            casualties=[
                K(
                    "killed",
                    "soldiers",
                    5,
                    5,
                    "the bombing at Jurf al-Sakhar killed five members of the Iraqi security forces",
                ),
                K("injured", "unknown", 5, 5, "and wounded five others"),
            ],
            coordinated_with=["Iraqi government"],
            reported_by=[
                "Pentagon",
                "US defense official",
                "Joint Operations Command",
                "Popular Mobilization Forces",
                "Kataib Hezbollah",
                "al-Etejah TV",
            ],
            evidence=[
                "U.S. aircraft struck five weapons storage facilities belonging to the Iran-backed militia Kataib Hezbollah in Iraq late on Friday, the Pentagon said",
                "Three of the sites were at Jurf al-Sakhar, a militia stronghold in Babil province about 60 kilometers south of Baghdad",
                'told Stars and Stripes that one of the sites at Jurf al-Sakhar was an "empty warehouse" that had been evacuated weeks ago',
            ],
        ),
        S(
            ["US military"],
            "al-Qaim",
            "Anbar",
            "Iraq",
            target="two Kataib Hezbollah weapons storage facilities",
            target_group="Kataib Hezbollah",
            date="2020-03-13",
            date_text="late on Friday",
            precision="day",
            aircraft=["F-15E Strike Eagle", "MQ-9 Reaper"],
            casualties=[K("killed", "civilians", 1, 1, "At the al-Qaim sites, a civilian worker was killed")],
            coordinated_with=["Iraqi government"],
            reported_by=[
                "Pentagon",
                "US defense official",
                "Joint Operations Command",
                "Kataib Hezbollah",
                "al-Etejah TV",
            ],
            evidence=[
                "U.S. aircraft struck five weapons storage facilities belonging to the Iran-backed militia Kataib Hezbollah in Iraq late on Friday, the Pentagon said",
                "and two were near al-Qaim, close to the Syrian border in Anbar province, a defense official told Stars and Stripes",
            ],
        ),
        S(
            ["US military"],
            "al-Qaim",
            "Anbar",
            "Iraq",
            target="three Kataib Hezbollah sites",
            target_group="Kataib Hezbollah",
            date="2019-12-01",
            date_text="In late December",
            precision="month",
            aircraft=["F-15E Strike Eagle"],
            casualties=[K("killed", "militants", 25, 25, "killing 25 fighters, the Pentagon said at the time")],
            reported_by=["Pentagon"],
            evidence=[
                "In late December, U.S. F-15Es struck three Kataib Hezbollah sites near al-Qaim, killing 25 fighters, the Pentagon said at the time",
            ],
        ),
        S(
            ["US military"],
            "Baghdad International Airport",
            "Baghdad",
            "Iraq",
            target="Qassem Soleimani and Abu Mahdi al-Muhandis",
            date="2020-01-03",
            date_text="on Jan. 3",
            precision="day",
            aircraft=["drone"],
            casualties=[
                K("killed", "soldiers", 1, 1, "killed Iranian general Qassem Soleimani"),
                K("killed", "militants", 1, 1, "Iraqi militia leader Abu Mahdi al-Muhandis"),
            ],
            evidence=[
                "on Jan. 3 a U.S. drone strike at Baghdad International Airport killed Iranian general Qassem Soleimani and Iraqi militia leader Abu Mahdi al-Muhandis",
            ],
        ),
    ],
    "claims": [
        CL(
            "Pentagon",
            "Pentagon",
            "asserts",
            "US aircraft struck five Kataib Hezbollah weapons storage facilities in Iraq late on Friday",
            [
                "U.S. aircraft struck five weapons storage facilities belonging to the Iran-backed militia Kataib Hezbollah in Iraq late on Friday, the Pentagon said",
                "F-15E Strike Eagles and MQ-9 Reaper drones took part",
            ],
        ),
        CL(
            "US defense official",
            "Pentagon",
            "asserts",
            "Three of the struck sites were at Jurf al-Sakhar and two near al-Qaim",
            [
                "Three of the sites were at Jurf al-Sakhar, a militia stronghold in Babil province about 60 kilometers south of Baghdad, and two were near al-Qaim, close to the Syrian border in Anbar province, a defense official told Stars and Stripes"
            ],
        ),
        CL(
            "Pentagon",
            "Pentagon",
            "asserts",
            "The US strikes on Kataib Hezbollah were carried out in coordination with the Government of Iraq",
            ['The statement said the operation was carried out "in coordination with the Government of Iraq"'],
            quote="in coordination with the Government of Iraq",
        ),
        CL(
            "Joint Operations Command",
            "Joint Operations Command",
            "denies",
            "The US informed or coordinated the strikes with Iraqi authorities",
            [
                "Iraq's Joint Operations Command rejected that account on Saturday",
                "It said the U.S. had neither informed nor coordinated with Iraqi authorities",
            ],
        ),
        CL(
            "Joint Operations Command",
            "Joint Operations Command",
            "asserts",
            "The bombing at Jurf al-Sakhar killed three soldiers and two policemen and wounded five others",
            [
                "According to the command, the bombing at Jurf al-Sakhar killed five members of the Iraqi security forces — three soldiers and two policemen — and wounded five others"
            ],
        ),
        CL(
            "Joint Operations Command",
            "Joint Operations Command",
            "asserts",
            "A civilian worker was killed at the al-Qaim sites",
            ["At the al-Qaim sites, a civilian worker was killed, it said"],
        ),
        CL(
            "Kataib Hezbollah",
            "Kataib Hezbollah",
            "denies",
            "Kataib Hezbollah fighters were killed in the US strikes",
            [
                "Kataib Hezbollah denied that any of its fighters had been killed, according to a statement carried by the militia-affiliated al-Etejah TV"
            ],
        ),
        CL(
            "PMF spokesman",
            "Popular Mobilization Forces",
            "asserts",
            "One of the sites hit at Jurf al-Sakhar was an empty warehouse evacuated weeks ago",
            [
                'A spokesman for the Popular Mobilization Forces, the state-sanctioned umbrella of mostly Shia militias that includes Kataib Hezbollah, told Stars and Stripes that one of the sites at Jurf al-Sakhar was an "empty warehouse" that had been evacuated weeks ago'
            ],
            quote="empty warehouse",
        ),
        CL(
            "Pentagon",
            "Pentagon",
            "asserts",
            "US F-15Es struck three Kataib Hezbollah sites near al-Qaim in late December, killing 25 fighters",
            [
                "In late December, U.S. F-15Es struck three Kataib Hezbollah sites near al-Qaim, killing 25 fighters, the Pentagon said at the time"
            ],
        ),
    ],
    "alternatives": {
        "US military": ["U.S. aircraft", "United States", "U.S. military", "US forces", "U.S."],
        "Pentagon": ["Sean Mullaly", "Pentagon chief spokesman", "US Department of Defense", "Department of Defense"],
        "US defense official": ["defense official", "U.S. defense official", "a defense official"],
        "Iraqi government": ["Government of Iraq", "Iraqi authorities", "Iraq", "Baghdad"],
        "Joint Operations Command": ["Iraq's Joint Operations Command", "JOC", "the command"],
        "Kataib Hezbollah": ["Kata'ib Hezbollah", "Kataib Hizbollah", "Kataib Hizballah", "KH"],
        "al-Etejah TV": ["al-Etejah", "Al Etejah", "Al-Ittijah TV"],
        "Popular Mobilization Forces": ["PMF", "Popular Mobilisation Forces", "Hashd al-Shaabi"],
        "PMF spokesman": ["Popular Mobilization Forces spokesman", "spokesman for the Popular Mobilization Forces"],
        "Jurf al-Sakhar": ["Jurf al-Sakr", "Jurf al-Nasr", "Jurf as Sakhar"],
        "Babil": ["Babil province", "Babylon"],
        "al-Qaim": ["Qaim", "Al Qaim", "al-Qa'im"],
        "Anbar": ["Anbar province", "al-Anbar", "Al Anbar"],
        "F-15E Strike Eagle": ["F-15E", "F-15E Strike Eagles", "F-15Es", "Strike Eagle"],
        "MQ-9 Reaper": ["MQ-9", "Reaper", "MQ-9 Reaper drones"],
        "Baghdad International Airport": ["Baghdad airport", "Baghdad"],
        "drone": ["U.S. drone"],
    },
    "notes": "Published Sat 2020-03-14 (header). US strikes 'late on Friday' (2020-03-13) on five Kataib Hezbollah facilities: two reports because the defense official places three at Jurf al-Sakhar (Babil) and two near al-Qaim (Anbar); the lead and the Pentagon's coordination and aircraft statements cover both. 'in coordination with the Government of Iraq' -> coordinated_with Iraqi government on both (coded as reported; the Joint Operations Command's denial is a claim, guideline 2.2). Jurf al-Sakhar: 'five members of the Iraqi security forces — three soldiers and two policemen' -> one soldiers entry of 5 (one per kind x group; policemen are state forces); 'wounded five others' -> injured unknown 5. al-Qaim: civilian worker 1. Background strikes: 'In late December' (December 2019, month precision, the year before publication) on three KH sites near al-Qaim, 25 fighters; 'on Jan. 3' (2020-01-03) US drone strike at Baghdad International Airport told in the outlet's own voice (reported_by []): the Iranian general counts as soldiers (state force) and the Iraqi militia leader as militants; target_group null (the targets are named people of a state force and a state-sanctioned umbrella, no single armed group). Not coded: the Camp Taji rocket attack (ground fire), the Pentagon's 'defensive, proportionate' justification (motive), KH's vow that the strikes 'will not go unanswered' and the senior defense official's 'further strikes had not been ruled out' (threats/plans), political condemnations.",
}

# ---------------------------------------------------------------------------------------------------
SPECS["ho09_iraq_f16_wadi_horan"] = {
    "strikes": [
        S(
            ["Iraqi Air Force"],
            "Wadi Horan",
            "Anbar",
            "Iraq",
            target="ISIS hideouts: three caves and a tunnel",
            target_group="Islamic State",
            date="2019-09-10",
            date_text="at dawn on Tuesday",
            precision="day",
            aircraft=["F-16"],
            weapons=["laser-guided bombs"],
            casualties=[
                K(
                    "killed",
                    "militants",
                    9,
                    15,
                    "killing nine militants, the Security Media Cell said on Wednesday",
                    "up to fifteen ISIS fighters had been killed in the bombing",
                )
            ],
            coordinated_with=["US-led coalition"],
            reported_by=["Security Media Cell", "INA", "Qatari al-Obeidi"],
            evidence=[
                "Iraqi F-16 fighter jets destroyed a network of ISIS hideouts in Wadi Horan, in the western desert of Anbar province, at dawn on Tuesday, killing nine militants, the Security Media Cell said on Wednesday",
                'The cell said in a statement, reported by the state news agency INA, that the jets dropped laser-guided bombs on "three caves and a tunnel used by Daesh remnants to store weapons and shelter fighters"',
                "The air strikes were carried out on the basis of accurate intelligence from the Joint Operations Command and in cooperation with the international coalition, which provided surveillance of the valley",
            ],
        ),
        S(
            ["US-led coalition"],
            "Rutba",
            "Anbar",
            "Iraq",
            target="ISIS tunnels in the desert near Rutba",
            target_group="Islamic State",
            date="2019-09-09",
            date_text="on Monday night",
            precision="day",
            casualties=[
                K("killed", "militants", None, None, 'He said "several" militants were believed to have been killed')
            ],
            reported_by=["US-led coalition", "AFP", "Local official in Rutba"],
            evidence=[
                "In a separate operation, coalition aircraft struck ISIS tunnels in the desert near Rutba on Monday night, a spokesman for the US-led coalition told AFP, without giving a death toll",
                "the strikes hit an area about 40 kilometers south of the town",
            ],
        ),
    ],
    "claims": [
        CL(
            "Security Media Cell",
            "Security Media Cell",
            "asserts",
            "Iraqi F-16s destroyed ISIS hideouts in Wadi Horan at dawn on Tuesday, killing nine militants",
            [
                "Iraqi F-16 fighter jets destroyed a network of ISIS hideouts in Wadi Horan, in the western desert of Anbar province, at dawn on Tuesday, killing nine militants, the Security Media Cell said on Wednesday",
                'The cell said in a statement, reported by the state news agency INA, that the jets dropped laser-guided bombs on "three caves and a tunnel used by Daesh remnants to store weapons and shelter fighters"',
            ],
            quote="three caves and a tunnel used by Daesh remnants to store weapons and shelter fighters",
        ),
        CL(
            "Security Media Cell",
            "Security Media Cell",
            "asserts",
            "The Wadi Horan strikes were carried out in cooperation with the international coalition, which provided surveillance",
            [
                'The air strikes were carried out on the basis of accurate intelligence from the Joint Operations Command and in cooperation with the international coalition, which provided surveillance of the valley," the statement added'
            ],
            quote="The air strikes were carried out on the basis of accurate intelligence from the Joint Operations Command and in cooperation with the international coalition, which provided surveillance of the valley",
        ),
        CL(
            "Qatari al-Obeidi",
            "Tribal Mobilisation",
            "asserts",
            "Up to fifteen ISIS fighters, most of them foreigners, were killed in the Wadi Horan bombing",
            [
                'Sheikh Qatari al-Obeidi, a commander of the Tribal Mobilisation forces in the Rutba area, told Shafaq News that up to fifteen ISIS fighters had been killed in the bombing, "most of them foreigners"'
            ],
            quote="most of them foreigners",
        ),
        CL(
            "Ryan Whitcomb",
            "US-led coalition",
            "asserts",
            "Coalition aircraft struck ISIS tunnels in the desert near Rutba on Monday night",
            [
                "In a separate operation, coalition aircraft struck ISIS tunnels in the desert near Rutba on Monday night, a spokesman for the US-led coalition told AFP, without giving a death toll"
            ],
        ),
        CL(
            "Ryan Whitcomb",
            "US-led coalition",
            "asserts",
            "Coalition aircraft destroyed a Daesh tunnel system near Rutba and several militants were believed killed",
            [
                'Coalition aircraft destroyed a tunnel system used by Daesh to move fighters and supplies toward the Syrian border," the spokesman, Colonel Ryan Whitcomb, said',
                'He said "several" militants were believed to have been killed',
            ],
            quote="Coalition aircraft destroyed a tunnel system used by Daesh to move fighters and supplies toward the Syrian border",
        ),
        CL(
            "Local official in Rutba",
            None,
            "asserts",
            "Residents heard the jets for over an hour and the strikes hit 40 km south of Rutba",
            [
                'A local official in Rutba, who asked not to be named, said residents heard the jets "for more than an hour" and that the strikes hit an area about 40 kilometers south of the town'
            ],
            quote="for more than an hour",
        ),
    ],
    "alternatives": {
        "Iraqi Air Force": ["Iraqi F-16 fighter jets", "Iraqi F-16s", "Iraqi jets"],
        "F-16": ["F-16s", "F-16 fighter jets"],
        "laser-guided bombs": ["laser-guided bomb", "guided bombs"],
        "US-led coalition": [
            "coalition",
            "international coalition",
            "the coalition",
            "coalition aircraft",
            "Ryan Whitcomb",
        ],
        "Ryan Whitcomb": ["Colonel Ryan Whitcomb", "Whitcomb", "coalition spokesman"],
        "Security Media Cell": ["the cell", "Iraqi Security Media Cell"],
        "INA": ["Iraqi News Agency", "state news agency INA"],
        "AFP": ["Agence France-Presse"],
        "Qatari al-Obeidi": ["Sheikh Qatari al-Obeidi", "al-Obeidi"],
        "Tribal Mobilisation": ["Tribal Mobilisation forces", "Tribal Mobilization", "Hashd al-Asha'iri"],
        "Local official in Rutba": ["local official", "A local official in Rutba"],
        "Wadi Horan": ["Wadi Hauran", "Wadi Houran", "Wadi Hawran"],
        "Rutba": ["Rutbah", "al-Rutba", "Ar Rutbah"],
        "Anbar": ["Anbar province", "al-Anbar", "Al Anbar"],
        "Islamic State": ISLAMIC_STATE,
    },
    "notes": "Raw scraped Shafaq News page, no header; the page shows '11-09-2019 | 14:05' (Wed 11 September 2019, day-month-year order as the outlet uses it), used as the publication date. Two reports in Anbar. (1) Iraqi F-16s in Wadi Horan 'at dawn on Tuesday' (2019-09-10; 'said on Wednesday' dates the statement): laser-guided bombs; killed militants nine (Security Media Cell) to 'up to fifteen' (tribal commander) -> 9-15. 'in cooperation with the international coalition, which provided surveillance of the valley' -> coordinated_with US-led coalition (it did not strike in this operation); the Joint Operations Command is the strikers' own command, not coordination. INA relays the cell's statement -> reported_by. (2) Coalition aircraft near Rutba 'on Monday night' (2019-09-09; a separate operation, different place and date), 40 km south of the town -> place Rutba; 'several' militants -> killed militants with no figure; the coalition spokesman's 'believed to have been killed' is a hedged assertion. The spokesman told AFP, so AFP goes into reported_by. Not coded: the ground sweep and the IED that wounded two soldiers (ground, not casualties of a strike), the general statements about ISIS remnants and coalition air support.",
}

# ---------------------------------------------------------------------------------------------------
SPECS["ho10_iraq_turkey_makhmour"] = {
    "strikes": [
        S(
            ["Turkish Armed Forces"],
            "Makhmour",
            None,
            "Iraq",
            target="a two-storey house in the fourth district of the camp",
            date="2022-06-12",
            date_text="late on Sunday",
            precision="day",
            aircraft=["drone"],
            casualties=[
                K("killed", "civilians", 3, 3, "killed three civilians, including a woman"),
                K("injured", "unknown", 5, 5, "and wounded five others, the camp's administration said"),
                K(
                    "killed",
                    "militants",
                    None,
                    4,
                    'four "PKK terrorists" had been "neutralised" in an operation targeting the Makhmour camp on Sunday night',
                ),
            ],
            reported_by=["Makhmour camp administration", "Anadolu Agency", "Turkish security sources"],
            evidence=[
                "A Turkish drone strike on the Makhmour refugee camp late on Sunday killed three civilians, including a woman, and wounded five others, the camp's administration said",
                "The drone hit a two-storey house in the fourth district of the camp while families were sitting outside after dinner",
                'Anadolu Agency, citing security sources, reported that four "PKK terrorists" had been "neutralised" in an operation targeting the Makhmour camp on Sunday night',
            ],
        ),
        S(
            ["Turkish Air Force"],
            "Qarachogh",
            None,
            "Iraq",
            target="PKK positions on Qarachogh mountain",
            target_group="PKK",
            date="2022-06-12",
            date_text="The same night",
            precision="day",
            reported_by=["Turkish Defense Ministry", "Nineveh Operations Command"],
            evidence=[
                "The same night, Turkish warplanes also struck PKK positions on Qarachogh mountain, which overlooks the camp, according to a statement carried by the Turkish Defence Ministry's Twitter account",
                'A spokesman for the Iraqi army\'s Nineveh Operations Command said Iraqi forces near Qarachogh had heard "at least seven explosions"',
            ],
        ),
        S(
            ["Turkish Armed Forces"],
            "Makhmour",
            None,
            "Iraq",
            target="a kindergarten in the camp",
            date="2021-12-01",
            date_text="Last December",
            precision="month",
            aircraft=["drone"],
            casualties=[K("killed", "civilians", 3, 3, "killed three civilians, including two teenagers")],
            reported_by=["Makhmour camp administration", "Turkish government"],
            evidence=[
                "Last December, a Turkish drone strike on a kindergarten in the camp killed three civilians, including two teenagers, camp officials said at the time",
                "Turkey said it had targeted a PKK meeting",
            ],
        ),
    ],
    "claims": [
        CL(
            "Makhmour camp administration",
            "Makhmour camp administration",
            "asserts",
            "A Turkish drone strike on Makhmour camp late on Sunday killed three civilians and wounded five",
            [
                "A Turkish drone strike on the Makhmour refugee camp late on Sunday killed three civilians, including a woman, and wounded five others, the camp's administration said"
            ],
        ),
        CL(
            "Sherwan Hesen",
            "Makhmour camp administration",
            "asserts",
            "The drone hit a house in the camp; the dead had no connection to weapons; four wounded are children",
            [
                "The drone hit a two-storey house in the fourth district of the camp while families were sitting outside after dinner,\" Sherwan Hesen, a member of the camp's administrative council, told NRT",
                "The dead are a mother of four, a shopkeeper and a university student. None of them had any connection to weapons",
                "Hesen said four of the wounded were children",
            ],
            quote="The dead are a mother of four, a shopkeeper and a university student. None of them had any connection to weapons.",
        ),
        CL(
            "Turkish security sources",
            None,
            "asserts",
            "Four PKK terrorists were neutralised in an operation targeting Makhmour camp on Sunday night",
            [
                'Anadolu Agency, citing security sources, reported that four "PKK terrorists" had been "neutralised" in an operation targeting the Makhmour camp on Sunday night'
            ],
        ),
        CL(
            "Turkish Defense Ministry",
            "Turkish Defense Ministry",
            "asserts",
            "Turkish warplanes struck PKK positions on Qarachogh, destroying shelters, caves and ammunition depots",
            [
                "The same night, Turkish warplanes also struck PKK positions on Qarachogh mountain, which overlooks the camp, according to a statement carried by the Turkish Defence Ministry's Twitter account",
                'The ministry said the jets had destroyed "shelters, caves and ammunition depots"',
            ],
            quote="shelters, caves and ammunition depots",
        ),
        CL(
            "Nineveh Operations Command spokesman",
            "Nineveh Operations Command",
            "asserts",
            "Iraqi forces near Qarachogh heard at least seven explosions",
            [
                'A spokesman for the Iraqi army\'s Nineveh Operations Command said Iraqi forces near Qarachogh had heard "at least seven explosions"'
            ],
            quote="at least seven explosions",
        ),
        CL(
            "Makhmour camp administration",
            "Makhmour camp administration",
            "asserts",
            "A Turkish drone strike on the camp kindergarten last December killed three civilians, including two teenagers",
            [
                "Last December, a Turkish drone strike on a kindergarten in the camp killed three civilians, including two teenagers, camp officials said at the time"
            ],
        ),
        CL(
            "Turkish government",
            "Turkish government",
            "asserts",
            "The December drone strike on Makhmour camp targeted a PKK meeting",
            ["Turkey said it had targeted a PKK meeting"],
        ),
    ],
    "alternatives": {
        "Turkish Armed Forces": [
            "Turkish Air Force",
            "Turkey",
            "Ankara",
            "Turkish military",
            "Turkish army",
            "Turkish drone",
        ],
        "Turkish Air Force": ["Turkish warplanes", "Turkish Armed Forces", "Turkey"],
        "Makhmour": ["Makhmour camp", "Makhmour refugee camp", "Makhmur camp", "Makhmur", "Makhmour Camp"],
        "Qarachogh": ["Qarachogh mountain", "Qara Chogh", "Qarachokh", "Qarachox"],
        "Makhmour camp administration": [
            "camp administration",
            "camp's administration",
            "camp officials",
            "administrative council",
        ],
        "Sherwan Hesen": ["Hesen"],
        "Turkish security sources": ["security sources", "Turkish sources"],
        "Anadolu Agency": ["Anadolu", "AA"],
        "Turkish Defense Ministry": [
            "Turkish Defence Ministry",
            "Turkey's Defence Ministry",
            "Turkish Ministry of National Defense",
        ],
        "Nineveh Operations Command": ["Iraqi army's Nineveh Operations Command", "Ninewa Operations Command"],
        "Nineveh Operations Command spokesman": ["spokesman for the Nineveh Operations Command"],
        "Turkish government": ["Turkey", "Ankara", "Turkish authorities"],
        "PKK": ["Kurdistan Workers' Party", "Kurdistan Workers Party"],
    },
    "notes": "Raw scraped NRT page, no header; the page shows 'June 14 2022 01:05 PM' (Tue), used as the publication date. Three Turkish reports. (1) Drone strike on Makhmour camp 'late on Sunday' (2022-06-12): civilians 3 (camp administration), 'wounded five others' -> injured unknown 5, and the Turkish security sources' four 'neutralised' 'in an operation targeting the Makhmour camp on Sunday night' -> militants max 4 (upper bound, as dev14; the operation is not said to be aerial, but it names the same camp and night). target_group null: the article's own voice says a house in a refugee camp was hit; Turkey's PKK claim is a claim (as dev17/dev20). (2) 'The same night' Turkish warplanes on Qarachogh mountain: a separate report (different place and force description), target_group PKK from the ministry's own account (as dev08), reported also by the Nineveh Operations Command, which heard explosions. (3) Background 'Last December' (December 2021, month) drone strike on the camp kindergarten, three civilians (camp officials); Turkey's 'targeted a PKK meeting' is its claim, target_group null. Place: the camp is coded under the lexicon's canonical 'Makhmour' (the written 'Makhmour camp' / 'Makhmour refugee camp' are alternatives). Region null for all: the article places Makhmour 'in the disputed territories between the Kurdistan Region and federal Iraq' (Erbil vs Nineveh), so no admin1 is coded. Attackers: 'Turkish drone' -> Turkish Armed Forces, 'Turkish warplanes' -> Turkish Air Force, each accepted for the other. The SULAIMANI dateline is where the outlet filed, not a place of the strike. Not claims: the ministry's 'utmost care to avoid harm to civilians' (a statement of method, not a denial of harm), 'did not comment directly', UNHCR's concern, the Iraqi foreign ministry's protest, Erdogan's 2019 threat to 'clean up' the camp and the teacher's general quote.",
}

# ---------------------------------------------------------------------------------------------------
SPECS["ho11_afghanistan_kabul_drone"] = {
    "strikes": [
        S(
            ["US military"],
            "Kabul",
            "Kabul",
            "Afghanistan",
            target="a white Toyota Corolla pulling into a house courtyard",
            date="2021-08-29",
            date_text="on 29 August",
            precision="day",
            aircraft=["MQ-9 Reaper"],
            weapons=["Hellfire missile"],
            casualties=[
                K(
                    "killed",
                    "civilians",
                    9,
                    9,
                    "killed nine civilians, including six children",
                    "as many as nine civilians, including up to six children, were tragically killed in that strike",
                ),
                K("killed", "unknown", 10, 10, "Relatives said 10 people were killed, among them seven children"),
            ],
            reported_by=["US Central Command", "Pentagon", "Joint Chiefs of Staff", "Relatives", "Farid Haidari"],
            evidence=[
                "The US military has admitted that a drone strike in Kabul on 29 August killed nine civilians, including six children",
                "The strike, carried out by an MQ-9 Reaper drone firing a single Hellfire missile, hit a white Toyota Corolla as it pulled into the courtyard of a house in the Qala-e-Wahid neighbourhood",
            ],
        ),
        S(
            ["US military"],
            None,
            "Nangarhar",
            "Afghanistan",
            target="IS-K planners and facilitators",
            target_group="Islamic State",
            date="2021-08-27",
            date_text="Two days before the Kabul attack",
            precision="day",
            aircraft=["drone"],
            casualties=[
                K("killed", "militants", 2, 2, "killed two IS-K “planners and facilitators”"),
                K("injured", "militants", 1, 1, "and wounded a third, the Pentagon said at the time"),
                K("injured", "civilians", 2, 2, "two civilians had also been wounded in that strike"),
            ],
            reported_by=["Pentagon", "Taliban officials in Nangarhar"],
            evidence=[
                "Two days before the Kabul attack, a US drone strike in Nangarhar province killed two IS-K “planners and facilitators” and wounded a third, the Pentagon said at the time",
            ],
        ),
    ],
    "claims": [
        CL(
            "Frank Caldwell",
            "US Central Command",
            "asserts",
            "The Kabul drone strike killed as many as nine civilians, including up to six children",
            [
                "The US military has admitted that a drone strike in Kabul on 29 August killed nine civilians, including six children",
                "Gen Frank Caldwell, the head of US Central Command, told reporters at the Pentagon on Friday that an internal review had concluded the strike was “a tragic mistake”",
                "I am now convinced that as many as nine civilians, including up to six children, were tragically killed in that strike,” Caldwell said",
            ],
            quote="I am now convinced that as many as nine civilians, including up to six children, were tragically killed in that strike",
        ),
        CL(
            "Frank Caldwell",
            "US Central Command",
            "denies",
            "The vehicle and those killed in the Kabul strike were associated with ISIS-K",
            [
                "Moreover, we now assess that it is unlikely that the vehicle and those who died were associated with ISIS-K or were a direct threat to US forces"
            ],
            quote="Moreover, we now assess that it is unlikely that the vehicle and those who died were associated with ISIS-K or were a direct threat to US forces.",
        ),
        CL(
            "Frank Caldwell",
            "US Central Command",
            "denies",
            "Secondary explosions showed the car hit in the Kabul strike was carrying explosives",
            [
                "Caldwell said the review had found no evidence of a second explosion large enough to indicate explosives in the car"
            ],
        ),
        CL(
            "Pentagon",
            "Pentagon",
            "asserts",
            "The Kabul strike killed an IS-K facilitator preparing to attack the airport",
            [
                "At the time, the Pentagon said it had killed an Islamic State-Khorasan (IS-K) “facilitator” who was preparing to attack the airport"
            ],
            quote="facilitator",
        ),
        CL(
            "Pentagon",
            "Pentagon",
            "asserts",
            "Large secondary explosions showed the car in the Kabul strike was carrying explosives",
            ["and that large secondary explosions showed the car had been carrying explosives"],
        ),
        CL(
            "Warren Hale",
            "Joint Chiefs of Staff",
            "asserts",
            "The Kabul drone strike was a righteous strike",
            ["The chairman of the joint chiefs of staff, Gen Warren Hale, called it a “righteous strike”"],
            quote="righteous strike",
        ),
        CL(
            "Relatives",
            None,
            "asserts",
            "Ten people, among them seven children, were killed in the Kabul drone strike",
            ["Relatives said 10 people were killed, among them seven children, the youngest a two-year-old girl"],
        ),
        CL(
            "Farid Haidari",
            None,
            "asserts",
            "The Kabul strike killed his brother and the family's children, who were innocent",
            [
                "They killed my brother, his children and my children. We told the whole world they were innocent and nobody listened,” his brother, Farid Haidari, told the Guardian"
            ],
            quote="They killed my brother, his children and my children. We told the whole world they were innocent and nobody listened",
        ),
        CL(
            "Pentagon",
            "Pentagon",
            "asserts",
            "A US drone strike in Nangarhar killed two IS-K planners and facilitators and wounded a third",
            [
                "Two days before the Kabul attack, a US drone strike in Nangarhar province killed two IS-K “planners and facilitators” and wounded a third, the Pentagon said at the time"
            ],
            quote="planners and facilitators",
        ),
        CL(
            "Taliban officials in Nangarhar",
            "Taliban",
            "asserts",
            "Two civilians were also wounded in the US drone strike in Nangarhar",
            ["Taliban officials in Nangarhar said two civilians had also been wounded in that strike"],
        ),
    ],
    "alternatives": {
        "US military": ["US", "United States", "U.S. military", "US forces"],
        "US Central Command": ["Central Command", "Centcom", "CENTCOM", "U.S. Central Command"],
        "Frank Caldwell": ["Gen Frank Caldwell", "Caldwell"],
        "Pentagon": ["US Department of Defense", "Department of Defense", "Defense Department"],
        "Warren Hale": ["Gen Warren Hale", "Hale"],
        "Joint Chiefs of Staff": ["joint chiefs of staff", "Joint Chiefs", "chairman of the joint chiefs of staff"],
        "Relatives": ["relatives", "family", "relatives of the victims"],
        "Farid Haidari": ["Farid"],
        "Taliban officials in Nangarhar": ["Taliban officials"],
        "Taliban": ["Taleban", "Islamic Emirate"],
        "Kabul": ["Qala-e-Wahid", "Kabul city", "Kabul province"],
        "Nangarhar": ["Nangarhar province", "Ningarhar"],
        "MQ-9 Reaper": ["MQ-9", "Reaper", "Reaper drone", "drone"],
        "Hellfire missile": ["Hellfire", "Hellfire missiles"],
        "Islamic State": [
            "IS-K",
            "ISIS-K",
            "Islamic State-Khorasan",
            "Islamic State Khorasan Province",
            "ISKP",
            "IS",
            "ISIS",
        ],
    },
    "notes": "Raw scraped Guardian page, no header; the page shows 'Fri 17 Sep 2021 21.46 BST', used as the publication date; both strikes carry their own dates anyway. (1) Kabul 'on 29 August' (2021-08-29): MQ-9 Reaper, one Hellfire missile; place Kabul with the Qala-e-Wahid neighbourhood as an alternative (city as place, sub-site as alternative, as dev09/dev18). Casualties: civilians 9 (the admission: 'nine civilians', Caldwell 'as many as nine') and the relatives' '10 people' (no status) as a separate unknown entry. target_group null (hard call): the US targeted a man it believed was IS-K, but its own review now says he was not; the article's own voice says an aid worker's car was hit. Claims: the Pentagon's original assertions (IS-K facilitator killed; secondary explosions showed explosives) and Gen Hale's 'righteous strike' are asserting claims; Caldwell's review denies both propositions (the ISIS-K denial is hedged, 'unlikely', still a denial). (2) Nangarhar 'Two days before the Kabul attack' (resolved to 2021-08-27 from the Kabul strike's own date; day precision): no named place below the province, so place null and region Nangarhar; killed militants 2, injured militants 1 ('a third' planner), injured civilians 2 (Taliban officials). The airport suicide bombing (13 US troops, about 170 Afghans) is not an air strike; the defence secretary's review and condolence payments, the researcher's quote and the Taliban's condemnation are not claims about a strike's facts.",
}

# ---------------------------------------------------------------------------------------------------
SPECS["ho12_afghanistan_paktika_threat"] = {
    "strikes": [],
    "claims": [],
    "alternatives": {},
    "notes": "Published Mon 2023-07-17 (header). No strike report and no claim: every air action in the article is a threat, plan or hypothetical: the defence minister's 'we will not hesitate to hit them', the security officials' plans for 'targeted air strikes' in Barmal and Urgun and the air force 'placed on alert', ISPR's 'reserve the right to respond', the Taliban defence ministry's conditional 'If Pakistan bombs our soil', the analyst's hypothetical. Drones heard over Barmal on Saturday night did not strike ('No strike was carried out, local officials said', stated as fact). Not coded either: the Zhob garrison assault (ground attack), the mortar rounds fired near Dand-e-Patan (ground fire), and the general 'accused ... of carrying out air raids on Afghan territory' (no place, date or event). The deputy governor's 'no TTP camps' is about militant presence, not about a strike, so it is not a claim (guideline 4).",
}
