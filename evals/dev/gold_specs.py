"""Hand-labelled gold for the synthetic dev articles (see README.md), following evals/GUIDELINE.md."""

# ruff: noqa: E501

from build_gold import CL, K, S  # spec helpers: build these specs with build_gold.py

SPECS = {}

SPECS["dev01_somalia_africom"] = {
    "strikes": [
        S(
            ["US military"],
            "Kunyo Barrow",
            "Lower Shabelle",
            "Somalia",
            target="al-Shabaab militants",
            target_group="al-Shabaab",
            date="2019-03-12",
            date_text="on Tuesday",
            precision="day",
            casualties=[
                K(
                    "killed",
                    "militants",
                    4,
                    4,
                    "it had killed four al-Shabaab militants in an airstrike in southern Somalia",
                ),
                K("killed", "civilians", 2, 2, "two of the dead were farmers, not fighters"),
            ],
            coordinated_with=["Somali government"],
            reported_by=["US Africa Command", "Local elder in Kunyo Barrow"],
            evidence=[
                "The United States military said on Thursday it had killed four al-Shabaab militants in an airstrike in southern Somalia",
                "U.S. Africa Command conducted an airstrike near Kunyo Barrow, Lower Shabelle region, on Tuesday, in coordination with the Federal Government of Somalia, AFRICOM said in a statement",
                "A local elder in Kunyo Barrow told Reuters by phone that the strike hit a house on the edge of the town",
            ],
        ),
    ],
    "claims": [
        CL(
            "US Africa Command",
            "US Africa Command",
            "asserts",
            "US Africa Command airstrike near Kunyo Barrow killed four al-Shabaab militants",
            [
                "The United States military said on Thursday it had killed four al-Shabaab militants in an airstrike in southern Somalia",
                "U.S. Africa Command conducted an airstrike near Kunyo Barrow, Lower Shabelle region, on Tuesday, in coordination with the Federal Government of Somalia, AFRICOM said in a statement",
            ],
        ),
        CL(
            "US Africa Command",
            "US Africa Command",
            "asserts",
            "The airstrike near Kunyo Barrow was conducted in coordination with the Federal Government of Somalia",
            [
                "U.S. Africa Command conducted an airstrike near Kunyo Barrow, Lower Shabelle region, on Tuesday, in coordination with the Federal Government of Somalia, AFRICOM said in a statement"
            ],
        ),
        CL(
            "US Africa Command",
            "US Africa Command",
            "denies",
            "Civilians were killed or injured in the airstrike near Kunyo Barrow",
            ["AFRICOM said in a statement, adding that no civilians were killed or injured"],
        ),
        CL(
            "Local elder in Kunyo Barrow",
            None,
            "asserts",
            "The strike hit a house and two of the dead were farmers, not fighters",
            [
                "A local elder in Kunyo Barrow told Reuters by phone that the strike hit a house on the edge of the town and that two of the dead were farmers, not fighters"
            ],
        ),
    ],
    "alternatives": {
        "US military": [
            "United States military",
            "U.S. military",
            "US Africa Command",
            "AFRICOM",
            "U.S. Africa Command",
        ],
        "US Africa Command": ["AFRICOM", "U.S. Africa Command", "United States military", "US military"],
        "Kunyo Barrow": ["Kunyo-Barrow"],
        "Lower Shabelle": ["Lower Shabelle region"],
        "al-Shabaab": ["al Shabaab", "al-Shabab", "Shabaab"],
        "Somali government": ["Federal Government of Somalia", "Somalia"],
        "Local elder in Kunyo Barrow": ["local elder", "elder", "A local elder"],
    },
    "notes": "One US strike near Kunyo Barrow on Tuesday (2019-03-12, publication Thu 2019-03-14). 'in coordination with the Federal Government of Somalia' -> coordinated_with Somali government. The elder's account that two of the dead were farmers gives a killed-civilians entry (2); AFRICOM's denial of civilian harm is a separate denying claim. 'more than 20 air strikes in Somalia this year, according to a Reuters tally' is an aggregate campaign figure with no place or event, in the outlet's own voice: not a strike report and not a claim. Olson's quote is a statement of intent, not a claim. Reuters is the outlet, not a source.",
}

SPECS["dev02_somalia_civcas"] = {
    "strikes": [
        S(
            ["US military"],
            "Jilib",
            "Middle Juba",
            "Somalia",
            target="a vehicle",
            target_group="al-Shabaab",
            date=None,
            date_text="on Sunday",
            precision="unknown",
            aircraft=["drone"],
            casualties=[
                K("killed", "civilians", 5, 5, "a drone strike on Sunday killed five civilians including two children"),
                K("killed", "militants", 3, 3, "killed three al-Shabab fighters"),
            ],
            reported_by=["Villagers", "Local official", "US Africa Command"],
            evidence=[
                "Residents of a village in Somalia's Middle Juba region say a drone strike on Sunday killed five civilians including two children, a claim the U.S. military rejected",
                "The strike hit a vehicle near Jilib, a town held by the al-Shabab extremist group, villagers and a local official said",
                "The U.S. Africa Command said its forces carried out a strike near Jilib that killed three al-Shabab fighters",
            ],
        ),
    ],
    "claims": [
        CL(
            "Villagers",
            None,
            "asserts",
            "A US drone strike near Jilib on Sunday killed five civilians including two children",
            [
                "Residents of a village in Somalia's Middle Juba region say a drone strike on Sunday killed five civilians including two children",
                "The strike hit a vehicle near Jilib, a town held by the al-Shabab extremist group, villagers and a local official said",
            ],
        ),
        CL(
            "Abdullahi Hassan",
            None,
            "asserts",
            "The victims of the Jilib strike were going to the market and were not fighters",
            ['They were going to the market. They were not fighters," said Abdullahi Hassan'],
            quote="They were going to the market. They were not fighters.",
        ),
        CL(
            "US Africa Command",
            "US Africa Command",
            "asserts",
            "US forces carried out a strike near Jilib that killed three al-Shabab fighters",
            [
                "The U.S. Africa Command said its forces carried out a strike near Jilib that killed three al-Shabab fighters"
            ],
        ),
        CL(
            "US Africa Command",
            "US Africa Command",
            "denies",
            "Civilians were harmed in the US strike near Jilib",
            [
                'AFRICOM denied that any civilians were harmed, saying its assessment found "no indication" of civilian casualties',
                "a claim the U.S. military rejected",
            ],
        ),
    ],
    "alternatives": {
        "US military": ["U.S. military", "US Africa Command", "AFRICOM", "U.S. Africa Command"],
        "US Africa Command": ["AFRICOM", "U.S. Africa Command", "U.S. military", "US military"],
        "al-Shabaab": ["al-Shabab", "al Shabaab", "Shabaab"],
        "Villagers": [
            "Residents",
            "residents of a village",
            "villagers",
            "Residents of a village in Somalia's Middle Juba region",
        ],
        "Local official": ["a local official"],
    },
    "notes": "No Date header and the AP dateline gives no date: 'on Sunday' cannot be resolved, so strike_date null, precision unknown, date_text kept. Attacker from AFRICOM's own statement and the headline ('U.S. drone strike'). Two casualty entries: civilians 5 (villagers; the two children are among the five) and militants 3 (AFRICOM). The U.S. military's rejection in the lead and AFRICOM's denial are one denying claim. Amnesty's criticism of investigations and the propaganda remark are not claims about this strike.",
}

SPECS["dev03_libya_mitiga"] = {
    "strikes": [
        S(
            ["Libyan National Army"],
            "Mitiga",
            "Tripoli",
            "Libya",
            target="Tripoli's only functioning airport",
            date="2019-08-31",
            date_text="on Saturday",
            precision="day",
            aircraft=["drone"],
            casualties=[K("injured", "unknown", 4, None, "wounding at least four people")],
            reported_by=["Government of National Accord", "Libyan National Army"],
            evidence=[
                "Forces loyal to Khalifa Haftar carried out a drone strike on Tripoli's only functioning airport on Saturday, wounding at least four people, the UN-recognised Government of National Accord (GNA) said",
                "The attack on Mitiga airport damaged a passenger plane and forced authorities to divert flights to Misrata",
                "said the LNA had targeted a Turkish drone control room at the airport",
            ],
        ),
    ],
    "claims": [
        CL(
            "Government of National Accord",
            "Government of National Accord",
            "asserts",
            "Forces loyal to Haftar carried out a drone strike on Tripoli's airport, wounding at least four people",
            [
                "Forces loyal to Khalifa Haftar carried out a drone strike on Tripoli's only functioning airport on Saturday, wounding at least four people, the UN-recognised Government of National Accord (GNA) said"
            ],
        ),
        CL(
            "Ahmed al-Mismari",
            "Libyan National Army",
            "asserts",
            "The LNA targeted a Turkish drone control room at Mitiga airport used by the GNA for military purposes",
            [
                "Ahmed al-Mismari, a spokesman for Haftar's self-styled Libyan National Army (LNA), said the LNA had targeted a Turkish drone control room at the airport, which he said was being used by the GNA for military purposes"
            ],
        ),
        CL(
            "Government of National Accord",
            "Government of National Accord",
            "denies",
            "Mitiga airport was used by the GNA for military purposes",
            ["The GNA rejected the claim, saying the airport was a civilian facility"],
        ),
        CL(
            "Mohamed Gnounou",
            "Government of National Accord",
            "denies",
            "Military operations are run from Mitiga airport",
            ['There are no military operations run from Mitiga," said Mohamed Gnounou, a spokesman for GNA forces'],
            quote="There are no military operations run from Mitiga",
        ),
    ],
    "alternatives": {
        "Libyan National Army": ["LNA", "Forces loyal to Khalifa Haftar", "Haftar's forces", "Haftar"],
        "Government of National Accord": ["GNA", "UN-recognised Government of National Accord", "GNA forces"],
        "Mitiga": ["Mitiga airport", "Tripoli's only functioning airport", "Tripoli"],
        "Ahmed al-Mismari": ["Mismari"],
        "Mohamed Gnounou": ["Gnounou"],
    },
    "notes": "Published Mon 2019-09-02; 'on Saturday' -> 2019-08-31. The strike sentence is attributed to the GNA ('the UN-recognised ... GNA said'): the claimant is the GNA, not the UN. 'Forces loyal to Khalifa Haftar' -> Libyan National Army. Mismari speaks for the LNA, so reported_by lists the LNA. The GNA's rejection and Gnounou's quote deny the LNA's claim of military use (guideline section 6 example). Misrata is only where flights were diverted: not a strike place. Background on UAE/Egypt/Turkey backing is not a claim.",
}

SPECS["dev04_libya_watiya"] = {
    "strikes": [
        S(
            [],
            "al-Watiya",
            "Nuqat al Khams",
            "Libya",
            target="air defence systems recently installed by Turkey",
            date="2020-07-05",
            date_text="overnight",
            precision="week",
            reported_by=["Military sources"],
            evidence=[
                "Unidentified aircraft struck al-Watiya airbase in western Libya overnight, targeting air defence systems recently installed by Turkey, military sources said on Monday"
            ],
        ),
        S(
            ["Government of National Accord"],
            "Sirte",
            "Sirte",
            "Libya",
            target="an LNA convoy",
            date="2020-07-05",
            date_text="on Sunday",
            precision="day",
            aircraft=["drone"],
            casualties=[K("killed", "militants", 12, 12, "killing 12 fighters")],
            reported_by=["Government of National Accord"],
            evidence=[
                "GNA forces said their drones struck an LNA convoy near Sirte on Sunday, killing 12 fighters and destroying three armoured vehicles"
            ],
        ),
        S(
            ["Turkish Air Force"],
            "al-Watiya",
            "Nuqat al Khams",
            "Libya",
            date="2020-05-01",
            date_text="in May",
            precision="month",
            aircraft=["drone"],
            evidence=[
                "The GNA took control of al-Watiya, about 140km southwest of Tripoli, in May with the help of Turkish drones"
            ],
        ),
    ],
    "claims": [
        CL(
            "Military sources",
            None,
            "asserts",
            "Unidentified aircraft struck al-Watiya airbase overnight, targeting Turkish air defence systems",
            [
                "Unidentified aircraft struck al-Watiya airbase in western Libya overnight, targeting air defence systems recently installed by Turkey, military sources said on Monday"
            ],
        ),
        CL(
            "Source in the GNA's Volcano of Rage operation",
            "Government of National Accord",
            "asserts",
            "The warplanes that struck al-Watiya were foreign, belonging to the UAE",
            [
                'A source in the GNA\'s Volcano of Rage operation said the warplanes were "foreign", suggesting they belonged to the UAE'
            ],
        ),
        CL(
            "Government of National Accord",
            "Government of National Accord",
            "asserts",
            "GNA drones struck an LNA convoy near Sirte, killing 12 fighters and destroying three armoured vehicles",
            [
                "GNA forces said their drones struck an LNA convoy near Sirte on Sunday, killing 12 fighters and destroying three armoured vehicles"
            ],
        ),
        CL(
            "Libyan National Army",
            "Libyan National Army",
            "denies",
            "The LNA suffered losses in the GNA drone strike near Sirte",
            ["The LNA denied it had suffered any losses"],
        ),
    ],
    "alternatives": {
        "al-Watiya": ["Watiya", "al-Watiya airbase", "Al-Watiya air base", "Watiya airbase"],
        "Government of National Accord": ["GNA", "GNA forces"],
        "Libyan National Army": ["LNA"],
        "Military sources": ["military sources"],
        "Source in the GNA's Volcano of Rage operation": ["Volcano of Rage", "GNA source", "Unnamed source"],
        "Turkish Air Force": ["Turkey", "Turkish drones"],
    },
    "notes": "Published Mon 2020-07-06. Al-Watiya raid: the article calls the aircraft unidentified; a GNA source only suggests the UAE, so attackers [] and the suggestion is a claim. 'overnight' (before the Monday report) spans the night of 5-6 July: coded 2020-07-05 with precision week (smallest period the text supports; both days are inside it). GNA drone strike near Sirte on Sunday (2020-07-05): 'fighters' -> militants; the destroyed vehicles are not casualties; target_group null because the LNA is not in the armed-group lexicon (a state-like army). Mismari 'did not comment': not a claim. Background 'took control of al-Watiya ... in May with the help of Turkish drones' is vague air support tied to a named place (guideline 2): one report, month precision (2020-05-01), Turkish drones -> Turkish Air Force.",
}

SPECS["dev05_syria_idlib"] = {
    "strikes": [
        S(
            ["Russian Aerospace Forces"],
            "Sarmin",
            "Idlib",
            "Syria",
            target="a residential area",
            date="2020-02-10",
            date_text="on Monday",
            precision="day",
            casualties=[
                K(
                    "killed",
                    "civilians",
                    16,
                    None,
                    "killed at least 16 civilians including six children",
                    "its volunteers pulled 16 bodies from the rubble",
                ),
                K("injured", "unknown", 30, None, "more than 30 people were wounded"),
            ],
            reported_by=["Syrian Observatory for Human Rights", "White Helmets"],
            evidence=[
                "Air strikes by Russian warplanes killed at least 16 civilians including six children in northwest Syria on Monday, a war monitor and rescuers said",
                "The strikes hit a residential area in the town of Sarmin, east of Idlib city, the Syrian Observatory for Human Rights said",
            ],
        ),
        S(
            ["Russian Aerospace Forces"],
            "Maarat al-Numan",
            "Idlib",
            "Syria",
            target="the outskirts of Maaret al-Numan",
            date="2020-02-09",
            date_text="late on Sunday",
            precision="day",
            reported_by=["Syrian Observatory for Human Rights"],
            evidence=[
                "warplanes believed to be Russian struck the outskirts of Maaret al-Numan late on Sunday, the Observatory said"
            ],
        ),
    ],
    "claims": [
        CL(
            "Syrian Observatory for Human Rights",
            "Syrian Observatory for Human Rights",
            "asserts",
            "Russian air strikes on a residential area of Sarmin killed at least 16 civilians including six children",
            [
                "Air strikes by Russian warplanes killed at least 16 civilians including six children in northwest Syria on Monday, a war monitor and rescuers said",
                "The strikes hit a residential area in the town of Sarmin, east of Idlib city, the Syrian Observatory for Human Rights said",
            ],
        ),
        CL(
            "White Helmets",
            "White Helmets",
            "asserts",
            "Volunteers pulled 16 bodies from the rubble in Sarmin and more than 30 people were wounded",
            [
                "The White Helmets civil defence group said its volunteers pulled 16 bodies from the rubble and that more than 30 people were wounded"
            ],
        ),
        CL(
            "Russian Defense Ministry",
            "Russian Defense Ministry",
            "denies",
            "Russian aircraft carried out combat missions and air strikes in the Sarmin area",
            [
                "Russia's defence ministry rejected the reports, saying its aircraft had not carried out any combat missions in the area"
            ],
        ),
        CL(
            "Syrian Observatory for Human Rights",
            "Syrian Observatory for Human Rights",
            "asserts",
            "Warplanes believed to be Russian struck the outskirts of Maaret al-Numan late on Sunday",
            [
                "warplanes believed to be Russian struck the outskirts of Maaret al-Numan late on Sunday, the Observatory said"
            ],
        ),
    ],
    "alternatives": {
        "Russian Aerospace Forces": ["Russian warplanes", "Russia"],
        "Syrian Observatory for Human Rights": ["SOHR", "Observatory", "war monitor", "the Observatory"],
        "White Helmets": ["Syria Civil Defence", "White Helmets civil defence group", "rescuers"],
        "Russian Defense Ministry": [
            "Russia's defence ministry",
            "Russian defence ministry",
            "Russian Ministry of Defence",
        ],
        "Maarat al-Numan": ["Maaret al-Numan"],
        "Sarmin": ["Sarmeen"],
    },
    "notes": "Published Tue 2020-02-11. Sarmin strike on Monday (2020-02-10); civilians killed at least 16 (SOHR 'at least 16', White Helmets 16 bodies); 'more than 30 people were wounded' -> injured unknown min 30. Russia's denial is a denying claim. Maaret al-Numan strike late on Sunday (2020-02-09) by 'warplanes believed to be Russian': suspected attacker still named (guideline 2.1). The HTS sentence is background. Idlib region geocoded.",
}

SPECS["dev06_syria_us_alqaeda"] = {
    "strikes": [
        S(
            ["US military"],
            "Suluk",
            "Raqqa",
            "Syria",
            target="a vehicle",
            target_group="al-Qaeda",
            date="2021-10-22",
            date_text="on Friday",
            precision="day",
            aircraft=["MQ-9 Reaper"],
            casualties=[
                K(
                    "killed",
                    "militants",
                    1,
                    1,
                    "Abdul Hamid al-Matar was killed in a U.S. airstrike near Suluk in northwest Syria",
                )
            ],
            reported_by=["US Central Command", "Local sources"],
            evidence=[
                "The US military killed a senior al-Qaeda leader in a drone strike near Suluk, in northern Syria, on Friday, according to US Central Command",
                "Abdul Hamid al-Matar was killed in a U.S. airstrike near Suluk in northwest Syria",
                "The MQ-9 Reaper strike was carried out against a vehicle, according to local sources",
            ],
        ),
        S(
            ["US military"],
            "Idlib",
            "Idlib",
            "Syria",
            target_group="al-Qaeda",
            date="2021-09-01",
            date_text="Last month",
            precision="month",
            aircraft=["drone"],
            casualties=[
                K("killed", "militants", 1, 1, "a US drone strike killed Salim Abu-Ahmad, a senior al-Qaeda official")
            ],
            reported_by=["US Central Command"],
            evidence=[
                "Last month, a US drone strike killed Salim Abu-Ahmad, a senior al-Qaeda official, near Idlib, CENTCOM said at the time"
            ],
        ),
    ],
    "claims": [
        CL(
            "John Rigsbee",
            "US Central Command",
            "asserts",
            "Abdul Hamid al-Matar was killed in a US airstrike near Suluk in northwest Syria",
            [
                "The US military killed a senior al-Qaeda leader in a drone strike near Suluk, in northern Syria, on Friday, according to US Central Command",
                'Abdul Hamid al-Matar was killed in a U.S. airstrike near Suluk in northwest Syria," CENTCOM spokesman Major John Rigsbee said in a statement',
            ],
            quote="Abdul Hamid al-Matar was killed in a U.S. airstrike near Suluk in northwest Syria",
        ),
        CL(
            "John Rigsbee",
            "US Central Command",
            "denies",
            "The US strike near Suluk caused civilian casualties",
            ['There are no indications of civilian casualties as a result of the strike," he added'],
            quote="There are no indications of civilian casualties as a result of the strike",
        ),
        CL(
            "Local sources",
            None,
            "asserts",
            "The MQ-9 Reaper strike was carried out against a vehicle",
            ["The MQ-9 Reaper strike was carried out against a vehicle, according to local sources"],
        ),
        CL(
            "US Central Command",
            "US Central Command",
            "asserts",
            "A US drone strike near Idlib killed senior al-Qaeda official Salim Abu-Ahmad",
            [
                "Last month, a US drone strike killed Salim Abu-Ahmad, a senior al-Qaeda official, near Idlib, CENTCOM said at the time"
            ],
        ),
    ],
    "alternatives": {
        "US military": ["US Central Command", "CENTCOM", "U.S. military"],
        "US Central Command": ["CENTCOM", "U.S. Central Command", "US military"],
        "John Rigsbee": ["Major John Rigsbee", "Rigsbee", "CENTCOM spokesman"],
        "MQ-9 Reaper": ["MQ-9", "Reaper", "drone"],
        "Local sources": ["local sources"],
        "al-Qaeda": ["al Qaeda", "Al-Qaeda"],
        "Suluk": ["Saluk"],
    },
    "notes": "Published Mon 2021-10-25; 'on Friday' -> 2021-10-22. Suluk's region (Raqqa governorate) geocoded from an atlas; the article says both 'northern' and 'northwest' Syria. The drone is the MQ-9 Reaper: one aircraft type (drone accepted as alternative). A killed leader -> killed militants 1. The 'Last month' strike near Idlib is a specific past strike: coded, month precision (2021-09-01). The Rigsbee quote and 'according to US Central Command' are one claim.",
}

SPECS["dev07_iraq_hamrin"] = {
    "strikes": [
        S(
            ["Iraqi Air Force", "US-led coalition"],
            "Hamrin mountains",
            None,
            "Iraq",
            target="Islamic State hideouts",
            target_group="Islamic State",
            date="2020-03-08",
            date_text="on Sunday",
            precision="day",
            aircraft=["F-16"],
            casualties=[
                K("killed", "militants", 11, 15, "killing 11 militants", 'adding that "up to 15" fighters were killed')
            ],
            reported_by=["Joint Operations Command", "Security Media Cell", "US-led coalition"],
            evidence=[
                "Iraqi F-16 fighter jets struck Islamic State hideouts in the Hamrin mountains on Sunday, killing 11 militants, Iraq's Joint Operations Command said on Monday",
                "The strikes, which were carried out with the support of the US-led coalition, destroyed four tunnels and caves used by the group, the Security Media Cell added in a statement",
                "Coalition spokesman Col. Myles Caggins said on Twitter that coalition aircraft also conducted strikes against the militants in the area",
            ],
        ),
        S(
            ["Iraqi Air Force"],
            "Wadi al-Shay",
            "Kirkuk",
            "Iraq",
            target="an IS position",
            target_group="Islamic State",
            date="2020-03-02",
            date_text="last week",
            precision="week",
            casualties=[K("killed", "militants", 2, 2, "killing two militants")],
            reported_by=["Joint Operations Command"],
            evidence=[
                "Iraqi army aviation helicopters struck an IS position in Wadi al-Shay, south of Kirkuk, last week, killing two militants, the command said"
            ],
        ),
    ],
    "claims": [
        CL(
            "Joint Operations Command",
            "Joint Operations Command",
            "asserts",
            "Iraqi F-16 jets struck Islamic State hideouts in the Hamrin mountains on Sunday, killing 11 militants",
            [
                "Iraqi F-16 fighter jets struck Islamic State hideouts in the Hamrin mountains on Sunday, killing 11 militants, Iraq's Joint Operations Command said on Monday"
            ],
        ),
        CL(
            "Security Media Cell",
            "Security Media Cell",
            "asserts",
            "The strikes with US-led coalition support destroyed four tunnels and caves used by Islamic State",
            [
                "The strikes, which were carried out with the support of the US-led coalition, destroyed four tunnels and caves used by the group, the Security Media Cell added in a statement"
            ],
        ),
        CL(
            "Myles Caggins",
            "US-led coalition",
            "asserts",
            "Coalition aircraft also conducted strikes against the militants in the area, killing up to 15 fighters",
            [
                'Coalition spokesman Col. Myles Caggins said on Twitter that coalition aircraft also conducted strikes against the militants in the area, adding that "up to 15" fighters were killed'
            ],
        ),
        CL(
            "Joint Operations Command",
            "Joint Operations Command",
            "asserts",
            "Iraqi army aviation helicopters struck an IS position in Wadi al-Shay, killing two militants",
            [
                "Iraqi army aviation helicopters struck an IS position in Wadi al-Shay, south of Kirkuk, last week, killing two militants, the command said"
            ],
        ),
    ],
    "alternatives": {
        "Joint Operations Command": [
            "Iraq's Joint Operations Command",
            "Joint Operation Command",
            "JOC",
            "the command",
        ],
        "Security Media Cell": ["Iraqi Security Media Cell"],
        "US-led coalition": ["coalition", "Myles Caggins", "Coalition spokesman"],
        "Myles Caggins": ["Col. Myles Caggins", "Caggins", "Coalition spokesman"],
        "Hamrin mountains": ["Hamrin", "Hemrin mountains", "Hamrin Mountains"],
        "Islamic State": ["IS", "ISIS", "ISIL", "Daesh"],
        "F-16": ["F-16s"],
        "Wadi al-Shay": ["Wadi al-Shai", "Kirkuk"],
    },
    "notes": "Published Mon 2020-03-09. Hamrin: Iraqi F-16s struck on Sunday with coalition support, and the coalition spokesman says coalition aircraft 'also conducted strikes' in the same area: one joint report with both strikers (hard call; a separate coalition report would have no own date). Killed militants 11 (JOC) to 'up to 15' (coalition): one range 11-15. Hamrin mountains span Kirkuk, Salahuddin and Diyala: region null. Destroyed tunnels are results, not casualties. Wadi al-Shay, south of Kirkuk, 'last week' -> week of Mon 2020-03-02; 'Iraqi army aviation' is the lexicon alias of the Iraqi Air Force; 'helicopters' is not a type.",
}

SPECS["dev08_iraq_turkey_sinjar"] = {
    "strikes": [
        S(
            ["Turkish Air Force"],
            "Sinjar",
            "Nineveh",
            "Iraq",
            target="PKK targets",
            target_group="PKK",
            date="2020-06-15",
            date_text="overnight",
            precision="week",
            reported_by=["Turkish Defense Ministry", "Yazidi official"],
            evidence=[
                "The Turkish defence ministry said jets hit 81 PKK targets in Sinjar and the Qandil mountains overnight, destroying shelters and caves",
                "A Yazidi official said the strikes in Sinjar hit near a camp for displaced people",
            ],
        ),
        S(
            ["Turkish Air Force"],
            "Qandil mountains",
            None,
            "Iraq",
            target="PKK targets",
            target_group="PKK",
            date="2020-06-15",
            date_text="overnight",
            precision="week",
            reported_by=["Turkish Defense Ministry"],
            evidence=[
                "The Turkish defence ministry said jets hit 81 PKK targets in Sinjar and the Qandil mountains overnight, destroying shelters and caves"
            ],
        ),
    ],
    "claims": [
        CL(
            "Turkish Defense Ministry",
            "Turkish Defense Ministry",
            "asserts",
            "Turkish jets hit 81 PKK targets in Sinjar and the Qandil mountains, destroying shelters and caves",
            [
                "The Turkish defence ministry said jets hit 81 PKK targets in Sinjar and the Qandil mountains overnight, destroying shelters and caves"
            ],
        ),
        CL(
            "Yazidi official",
            None,
            "asserts",
            "The Turkish strikes in Sinjar hit near a camp for displaced people",
            ["A Yazidi official said the strikes in Sinjar hit near a camp for displaced people"],
        ),
        CL(
            "PKK",
            "PKK",
            "denies",
            "The Turkish raids killed PKK fighters",
            [
                'The Kurdistan Workers\' Party (PKK) said the raids had killed no fighters and described the Turkish claims as "propaganda"'
            ],
            quote="propaganda",
        ),
    ],
    "alternatives": {
        "Turkish Defense Ministry": [
            "Turkish defence ministry",
            "Turkish Ministry of Defence",
            "Turkish Ministry of National Defense",
        ],
        "Turkish Air Force": ["Turkish jets", "Turkish warplanes"],
        "PKK": ["Kurdistan Workers' Party", "Kurdistan Workers Party"],
        "Sinjar": ["Shingal"],
        "Qandil mountains": ["Qandil", "Qandil Mountains"],
        "Yazidi official": ["A Yazidi official"],
    },
    "notes": "Published Tue 2020-06-16. One ministry statement names two places: two reports (guideline 2, like Albu Kamal/Husaiba), one claim. 'overnight' before publication -> 2020-06-15, precision week (consistent with dev04). 'jets'/'warplanes' are not types. The Iraqi foreign ministry's condemnation is political, not a claim. The PKK's statement denies fighter deaths (denies); 'no reports of casualties' gives no casualty entry. Qandil lies on the border of Erbil and Sulaymaniyah provinces: region null.",
}

SPECS["dev09_afghanistan_helmand"] = {
    "strikes": [
        S(
            ["Afghan Air Force"],
            "Nad Ali",
            "Helmand",
            "Afghanistan",
            target="a Taliban gathering",
            target_group="Taliban",
            date="2019-05-14",
            date_text="late on Tuesday",
            precision="day",
            casualties=[
                K("killed", "unknown", 17, None, "At least 17 people were killed in an air raid"),
                K("killed", "militants", 17, 17, "killing 17 Taliban fighters"),
                K("injured", "militants", 8, 8, "wounding eight others"),
                K("killed", "civilians", None, None, "the victims were civilians attending a wedding"),
            ],
            reported_by=["Helmand governor", "Residents"],
            evidence=[
                "At least 17 people were killed in an air raid in Helmand province's Nad Ali district late on Tuesday, officials and residents said",
                "Omar Zwak, a spokesman for the Helmand governor, said the Afghan Air Force carried out the airstrike on a Taliban gathering in the Marja area",
            ],
        ),
        S(
            ["US military"],
            "Chahar Dara",
            "Kunduz",
            "Afghanistan",
            target="Taliban militants",
            target_group="Taliban",
            date="2019-05-15",
            date_text="on Wednesday",
            precision="day",
            casualties=[K("killed", "militants", None, 30, "killing up to 30 Taliban militants")],
            reported_by=["US military"],
            evidence=[
                "US forces conducted an airstrike in Kunduz province's Chahar Dara district on Wednesday, killing up to 30 Taliban militants, the US military said"
            ],
        ),
    ],
    "claims": [
        CL(
            "Omar Zwak",
            "Helmand governor",
            "asserts",
            "The Afghan Air Force airstrike on a Taliban gathering in Marja killed 17 Taliban fighters and wounded eight",
            [
                "Omar Zwak, a spokesman for the Helmand governor, said the Afghan Air Force carried out the airstrike on a Taliban gathering in the Marja area, killing 17 Taliban fighters and wounding eight others"
            ],
        ),
        CL(
            "Residents",
            None,
            "asserts",
            "The victims of the Nad Ali air raid were civilians attending a wedding",
            ["But residents said the victims were civilians attending a wedding"],
        ),
        CL(
            "Haji Wali Mohammad",
            None,
            "asserts",
            "Women and children were among the dead of the Nad Ali air raid",
            ['Women and children were among the dead," said Haji Wali Mohammad, a tribal elder'],
            quote="Women and children were among the dead",
        ),
        CL(
            "Taliban",
            "Taliban",
            "denies",
            "Taliban fighters were killed in the Nad Ali air raid",
            [
                'The Taliban rejected the reports that its fighters were killed, calling the strike "a crime against civilians"'
            ],
            quote="a crime against civilians",
        ),
        CL(
            "US military",
            "US military",
            "asserts",
            "US airstrike in Chahar Dara, Kunduz, killed up to 30 Taliban militants",
            [
                "US forces conducted an airstrike in Kunduz province's Chahar Dara district on Wednesday, killing up to 30 Taliban militants, the US military said"
            ],
        ),
        CL(
            "Taliban",
            "Taliban",
            "denies",
            "Taliban militants were killed in the US airstrike in Chahar Dara",
            ["The Taliban said the allegations were false"],
        ),
    ],
    "alternatives": {
        "Helmand governor": ["Omar Zwak", "Helmand governor's spokesman", "governor of Helmand", "officials"],
        "Omar Zwak": ["Zwak"],
        "Residents": ["residents"],
        "Nad Ali": ["Marjah", "Marja", "Nad-e Ali"],
        "Chahar Dara": ["Char Dara"],
        "US military": ["US forces", "U.S. forces"],
        "Taliban": ["Taleban"],
    },
    "notes": "Published Thu 2019-05-16; 'late on Tuesday' -> 2019-05-14; 'on Wednesday' -> 2019-05-15. Nad Ali district is named as the place in the lead, the Marja area by the spokesman: Nad Ali with Marjah as alternative. Casualty accounts conflict: 17 people (unknown group), 17 Taliban killed and 8 wounded (governor), civilians with no figure (residents). UNAMA 'looking into the reports' is not a claim. The Taliban make two denials, one per strike.",
}

SPECS["dev10_yemen_saada"] = {
    "strikes": [
        S(
            ["Saudi-led coalition"],
            "Al Raqw",
            "Saada",
            "Yemen",
            target="a market",
            date=None,
            date_text="on Tuesday",
            precision="unknown",
            casualties=[
                K(
                    "killed",
                    "unknown",
                    14,
                    None,
                    "killed dozens of people",
                    "14 people were killed",
                    "put the death toll at 20",
                ),
                K("injured", "unknown", 26, 26, "26 wounded"),
            ],
            reported_by=["Houthi health ministry", "Al Masirah TV"],
            evidence=[
                "Air strikes by the Saudi-led coalition on a market in northern Yemen's Saada province killed dozens of people, the Houthi-run health ministry said on Wednesday",
                "The Houthi health ministry said 14 people were killed and 26 wounded in the raids on the market in Al Raqw in the Shada district on Tuesday",
            ],
        ),
        S(
            ["Saudi-led coalition"],
            "Sanaa",
            "Sanaa",
            "Yemen",
            target="Houthi drone sites",
            target_group="Houthis",
            reported_by=["Saudi-led coalition"],
            evidence=["The coalition later said it had also carried out strikes on Houthi drone sites in Sanaa"],
        ),
        S(
            ["Houthis"],
            "Abha airport",
            None,
            "Saudi Arabia",
            target="Saudi Arabia's Abha airport",
            date=None,
            date_text="last week",
            precision="unknown",
            aircraft=["drone"],
            reported_by=["Houthis"],
            evidence=["The Houthis claimed responsibility for a drone attack on Saudi Arabia's Abha airport last week"],
        ),
    ],
    "claims": [
        CL(
            "Houthi health ministry",
            "Houthi health ministry",
            "asserts",
            "Saudi-led coalition air strikes on a Saada market killed 14 people and wounded 26",
            [
                "Air strikes by the Saudi-led coalition on a market in northern Yemen's Saada province killed dozens of people, the Houthi-run health ministry said on Wednesday",
                "The Houthi health ministry said 14 people were killed and 26 wounded in the raids on the market in Al Raqw in the Shada district on Tuesday",
            ],
        ),
        CL(
            "Al Masirah TV",
            "Al Masirah TV",
            "asserts",
            "The death toll of the Saada market raids was 20",
            ["The Houthi-run Al Masirah TV put the death toll at 20"],
        ),
        CL(
            "Turki al-Maliki",
            "Saudi-led coalition",
            "asserts",
            "The coalition targeted legitimate military targets belonging to the Houthi movement",
            [
                'Coalition spokesman Turki al-Maliki said in a statement that the coalition had targeted "legitimate military targets" belonging to the Iran-aligned Houthi movement'
            ],
        ),
        CL(
            "Saudi-led coalition",
            "Saudi-led coalition",
            "asserts",
            "The coalition carried out strikes on Houthi drone sites in Sanaa",
            ["The coalition later said it had also carried out strikes on Houthi drone sites in Sanaa"],
        ),
        CL(
            "Houthis",
            "Houthis",
            "asserts",
            "The Houthis carried out a drone attack on Saudi Arabia's Abha airport",
            ["The Houthis claimed responsibility for a drone attack on Saudi Arabia's Abha airport last week"],
        ),
    ],
    "alternatives": {
        "Saudi-led coalition": ["coalition", "the coalition", "Turki al-Maliki", "Coalition spokesman"],
        "Turki al-Maliki": ["Maliki", "Coalition spokesman"],
        "Houthi health ministry": ["Houthi-run health ministry", "health ministry", "Houthi-run Health Ministry"],
        "Al Masirah TV": ["Al Masirah", "Al-Masirah", "Houthi-run Al Masirah TV"],
        "Houthis": ["Houthi", "Houthi movement", "Ansar Allah"],
        "Al Raqw": ["Raqw", "Shada", "Saada"],
        "Saada": ["Sa'ada", "Saada province"],
        "Abha airport": ["Abha"],
    },
    "notes": "No Date header: 'on Tuesday' and 'last week' cannot be resolved (strike_date null, precision unknown). Saada market strike: killed 'dozens' (ministry lead), 14 (ministry detail), 20 (Al Masirah) -> one unknown-group entry, min 14, no upper bound; 26 wounded. target_group null: the article says a market was hit; the coalition's 'legitimate military targets' is its claim. Sanaa strikes: undated, one report. The Houthi drone attack on Abha airport is a drone strike by the guideline's definition (aircraft include drones) claimed by the Houthis: coded, country Saudi Arabia.",
}

SPECS["dev11_somalia_africom_release"] = {
    "strikes": [
        S(
            ["US military"],
            "Jamame",
            "Lower Juba",
            "Somalia",
            target="an al-Shabaab compound",
            target_group="al-Shabaab",
            date="2020-02-27",
            date_text="Feb. 27, 2020",
            precision="day",
            casualties=[
                K(
                    "killed",
                    "militants",
                    3,
                    3,
                    "The command's initial assessment is that the airstrike killed three terrorists",
                )
            ],
            coordinated_with=["Somali government"],
            reported_by=["US Africa Command"],
            evidence=[
                "In coordination with the Federal Government of Somalia, U.S. Africa Command conducted two airstrikes targeting al-Shabaab terrorists in the Lower Juba and Middle Juba regions of southern Somalia late last week",
                "The first airstrike took place in the vicinity of Jamaame, Lower Juba region, Feb. 27, 2020, and targeted an al-Shabaab compound the group used to stage attacks against Somali and partner forces along the Jubba River",
            ],
        ),
        S(
            ["US military"],
            "Sakow",
            "Middle Juba",
            "Somalia",
            target="a group of militants moving weapons and explosive materials by truck",
            target_group="al-Shabaab",
            date="2020-02-28",
            date_text="Feb. 28, 2020",
            precision="day",
            casualties=[
                K("killed", "militants", 1, 1, "the strike killed one al-Shabaab leader"),
                K("injured", "militants", 2, 2, "wounded two other terrorists"),
            ],
            coordinated_with=["Somali government"],
            reported_by=["US Africa Command"],
            evidence=[
                "A second precision strike was conducted near Saakow, Middle Juba region, Feb. 28, 2020, against a group of militants moving weapons and explosive materials by truck",
            ],
        ),
        S(
            ["US military"],
            "Janaale",
            "Lower Shabelle",
            "Somalia",
            target="al-Shabaab members preparing an ambush on Somali National Army troops",
            target_group="al-Shabaab",
            date="2020-02-22",
            date_text="Feb. 22",
            precision="day",
            casualties=[K("killed", "militants", 4, 4, "which the command assessed killed four al-Shabaab members")],
            reported_by=["US Africa Command"],
            evidence=[
                "The strikes follow an airstrike Feb. 22 near Janaale, Lower Shabelle region, which the command assessed killed four al-Shabaab members who were preparing an ambush on Somali National Army troops",
            ],
        ),
    ],
    "claims": [
        CL(
            "US Africa Command",
            "US Africa Command",
            "asserts",
            "US Africa Command airstrike near Jamaame on Feb. 27 killed three al-Shabaab terrorists",
            [
                "The first airstrike took place in the vicinity of Jamaame, Lower Juba region, Feb. 27, 2020",
                "The command's initial assessment is that the airstrike killed three terrorists",
            ],
        ),
        CL(
            "US Africa Command",
            "US Africa Command",
            "asserts",
            "US precision strike near Saakow killed one al-Shabaab leader and wounded two other terrorists",
            [
                "A second precision strike was conducted near Saakow, Middle Juba region, Feb. 28, 2020",
                "The initial assessment is that the strike killed one al-Shabaab leader and wounded two other terrorists",
            ],
        ),
        CL(
            "US Africa Command",
            "US Africa Command",
            "asserts",
            "The two airstrikes were conducted in coordination with the Federal Government of Somalia",
            [
                "In coordination with the Federal Government of Somalia, U.S. Africa Command conducted two airstrikes targeting al-Shabaab terrorists in the Lower Juba and Middle Juba regions of southern Somalia late last week"
            ],
        ),
        CL(
            "US Africa Command",
            "US Africa Command",
            "denies",
            "Civilians were injured or killed in the airstrikes near Jamaame and Saakow",
            [
                "The command's current assessment is that no civilians were injured or killed as a result of these airstrikes"
            ],
        ),
        CL(
            "Thomas R. Kessler",
            "US Africa Command",
            "asserts",
            "The strikes near Jamaame and Saakow took a facilitator and his fighters off the battlefield",
            [
                'These strikes near Jamaame and Saakow took a facilitator and his fighters off the battlefield and cut a supply route al-Shabaab depends on," said U.S. Marine Corps Brig. Gen. Thomas R. Kessler'
            ],
            quote="These strikes near Jamaame and Saakow took a facilitator and his fighters off the battlefield and cut a supply route al-Shabaab depends on",
        ),
        CL(
            "US Africa Command",
            "US Africa Command",
            "asserts",
            "US airstrike near Janaale on Feb. 22 killed four al-Shabaab members preparing an ambush",
            [
                "The strikes follow an airstrike Feb. 22 near Janaale, Lower Shabelle region, which the command assessed killed four al-Shabaab members who were preparing an ambush on Somali National Army troops"
            ],
        ),
    ],
    "alternatives": {
        "US military": ["U.S. Africa Command", "US Africa Command", "AFRICOM", "United States Africa Command"],
        "US Africa Command": ["U.S. Africa Command", "AFRICOM", "United States Africa Command", "the command"],
        "Thomas R. Kessler": ["Thomas Kessler", "Brig. Gen. Thomas R. Kessler", "Kessler"],
        "Jamame": ["Jamaame"],
        "Sakow": ["Saakow"],
        "Lower Juba": ["Lower Juba region"],
        "Middle Juba": ["Middle Juba region"],
        "Lower Shabelle": ["Lower Shabelle region"],
        "al-Shabaab": ["al Shabaab", "al-Shabab", "Shabaab"],
        "Somali government": ["Federal Government of Somalia", "Somalia"],
    },
    "notes": "Raw scraped AFRICOM press-release page, no header; the page shows 'Press Releases | March 2, 2020' (used as publication date, but every strike carries an explicit date anyway). Hard call: the publisher is the striker itself. The guideline says the outlet's own voice is not a source, but a press release is the command's own statement, so its assertions are coded as claims by US Africa Command and it is the strike's reported_by. Three reports: Jamaame Feb. 27 and Saakow Feb. 28 (different places and days; 'late last week' in the lead covers both), and the Feb. 22 Janaale strike mentioned as background (explicit date, coded). The coordination sentence covers only the two new strikes, so Janaale has no coordinated_with. 'terrorists' linked to al-Shabaab -> militants. Kessler's quote counts as a results claim; 'We will keep applying pressure' is intent. The denial of civilian harm covers both new strikes (one sentence, one claim). The January Kenya airfield attack is a ground attack, and the list of measures 'including airstrikes' is a general campaign: neither coded.",
}

SPECS["dev12_somalia_garowe_ground"] = {
    "strikes": [
        S(
            ["US military"],
            "Adan Yabaal",
            "Middle Shabelle",
            "Somalia",
            target="al-Shabaab fighters massing outside the town",
            target_group="al-Shabaab",
            date="2022-08-20",
            date_text="on Saturday",
            precision="day",
            casualties=[K("killed", "militants", None, None, "killing a number of militants")],
            coordinated_with=["Somali government"],
            reported_by=["Somali National Army", "US Africa Command"],
            evidence=[
                "Col. Nur said U.S. aircraft had carried out an airstrike on Saturday against al-Shabaab fighters massing outside the town, killing a number of militants and destroying two technicals mounted with heavy guns",
                'The U.S. Africa Command confirmed in a statement that it had conducted a "collective self-defense" strike near Adan Yabaal on Aug. 20',
            ],
        ),
    ],
    "claims": [
        CL(
            "Abdirahman Ali Nur",
            "Somali National Army",
            "asserts",
            "A US airstrike on Saturday against al-Shabaab fighters outside Adan Yabaal killed a number of militants",
            [
                "Col. Nur said U.S. aircraft had carried out an airstrike on Saturday against al-Shabaab fighters massing outside the town, killing a number of militants and destroying two technicals mounted with heavy guns"
            ],
        ),
        CL(
            "US Africa Command",
            "US Africa Command",
            "asserts",
            "US Africa Command conducted a collective self-defense strike near Adan Yabaal on Aug. 20",
            [
                'The U.S. Africa Command confirmed in a statement that it had conducted a "collective self-defense" strike near Adan Yabaal on Aug. 20'
            ],
            quote="collective self-defense",
        ),
        CL(
            "US Africa Command",
            "US Africa Command",
            "asserts",
            "The strike near Adan Yabaal was carried out at the request of the Federal Government of Somalia",
            [
                "saying the strike was carried out at the request of the Federal Government of Somalia in support of Somali forces engaged in heavy fighting"
            ],
        ),
        CL(
            "US Africa Command",
            "US Africa Command",
            "denies",
            "Civilians were injured or killed in the US strike near Adan Yabaal",
            ["AFRICOM said its initial assessment was that no civilians were injured or killed"],
        ),
        CL(
            "Radio Andalus",
            "al-Shabaab",
            "denies",
            "Al-Shabaab fighters died in the air raid near Adan Yabaal",
            ["Al-Shabaab's Radio Andalus denied that any of the group's fighters had died in the air raid"],
        ),
    ],
    "alternatives": {
        "US military": ["U.S. aircraft", "U.S. Africa Command", "US Africa Command", "AFRICOM"],
        "US Africa Command": ["U.S. Africa Command", "AFRICOM"],
        "Somali National Army": ["Somali army", "Abdirahman Ali Nur", "Middle Shabelle sector commander"],
        "Abdirahman Ali Nur": ["Col. Abdirahman Ali Nur", "Col. Nur", "Nur"],
        "Adan Yabaal": ["Adan Yabal", "Aden Yabaal", "Adan Yabaal district"],
        "al-Shabaab": ["al Shabaab", "al-Shabab", "Shabaab"],
        "Somali government": ["Federal Government of Somalia", "Somalia"],
        "Radio Andalus": ["Andalus"],
    },
    "notes": "Raw scraped Garowe Online page, no header; the page shows 'Monday August 22, 2022', so 'on Saturday' -> 2022-08-20 (AFRICOM's 'Aug. 20' agrees). The article is mainly ground fighting: the militants' assault with RPGs and machine guns, their mortar shells, the roadside bomb between Jowhar and Mahaday (four soldiers killed) and the killing of an elder in Balcad are not strikes and their deaths are not casualties. The one airstrike is told by the army commander and by AFRICOM: one report. 'a number of militants' -> killed militants with no figure; destroyed technicals are not casualties. 'at the request of the Federal Government of Somalia' -> coordinated_with Somali government (authorised); the Somali forces merely supported are not coordination. Col. Nur is a sector commander speaking for the army: reported_by Somali National Army. Radio Andalus speaks for al-Shabaab with no source behind it: claimant Radio Andalus, org al-Shabaab; its claim of killing 20 soldiers is about the ground assault (not a claim about the strike). 'asked international partners for more air support' is a request (plan) and 'Turkish-made drones ... a regular feature of the war' names no place or event: neither coded.",
}

SPECS["dev13_iraq_xinhua_kirkuk"] = {
    "strikes": [
        S(
            ["Iraqi Air Force"],
            "Wadi Zghaitoun",
            "Kirkuk",
            "Iraq",
            target="an IS hideout consisting of a network of tunnels",
            target_group="Islamic State",
            date="2021-11-12",
            date_text="on Friday evening",
            precision="day",
            aircraft=["F-16"],
            casualties=[
                K(
                    "killed",
                    "militants",
                    6,
                    8,
                    "killing six IS militants",
                    "between six and eight militants were killed in the raid",
                )
            ],
            coordinated_with=["US-led coalition"],
            reported_by=["Security Media Cell", "Kirkuk police source"],
            evidence=[
                "Iraqi F-16 fighter jets pounded an Islamic State (IS) hideout in Iraq's northern province of Kirkuk, killing six IS militants, the Iraqi military said on Saturday",
                "the jets carried out the airstrikes on Friday evening on an IS hideout in Wadi Zghaitoun, some 35 km southwest of the provincial capital Kirkuk",
            ],
        ),
        S(
            ["Iraqi Air Force"],
            "Mutaibijah",
            "Salahuddin",
            "Iraq",
            target="a group of IS militants",
            target_group="Islamic State",
            date="2021-11-01",
            date_text="last week",
            precision="week",
            casualties=[K("killed", "militants", 3, 3, "killing three of them")],
            reported_by=["Joint Operations Command"],
            evidence=[
                "In a separate operation, Iraqi army aviation helicopters struck a group of IS militants in the Mutaibijah area in eastern Salahudin province last week, killing three of them and destroying a motorcycle they were using, the Joint Operations Command said in a separate statement",
            ],
        ),
        S(
            ["Iraqi Air Force"],
            "Makhmour mountains",
            None,
            "Iraq",
            target="IS caves",
            target_group="Islamic State",
            date="2021-10-01",
            date_text="Earlier in October",
            precision="month",
            aircraft=["F-16"],
            casualties=[K("killed", "militants", 10, 10, "killing 10 IS militants")],
            reported_by=["Security Media Cell"],
            evidence=[
                "Earlier in October, the Iraqi F-16 jets carried out similar airstrikes on IS caves in the Makhmour mountains near the border between the provinces of Nineveh and Erbil, killing 10 IS militants, according to the Security Media Cell",
            ],
        ),
    ],
    "claims": [
        CL(
            "Security Media Cell",
            "Security Media Cell",
            "asserts",
            "Iraqi F-16 jets struck an IS hideout in Wadi Zghaitoun, Kirkuk, on Friday, killing six IS militants",
            [
                "Iraqi F-16 fighter jets pounded an Islamic State (IS) hideout in Iraq's northern province of Kirkuk, killing six IS militants, the Iraqi military said on Saturday",
                "Acting on intelligence reports, the jets carried out the airstrikes on Friday evening on an IS hideout in Wadi Zghaitoun, some 35 km southwest of the provincial capital Kirkuk, the Security Media Cell, which is affiliated with the Iraqi Joint Operations Command, said in a statement",
            ],
        ),
        CL(
            "Security Media Cell",
            "Security Media Cell",
            "asserts",
            "The Wadi Zghaitoun strike was conducted in coordination with the US-led coalition, which provided aerial surveillance",
            [
                "The statement said the operation was conducted in coordination with the U.S.-led international coalition, which provided aerial surveillance of the area before the strike"
            ],
        ),
        CL(
            "Kirkuk police source",
            "Kirkuk police",
            "asserts",
            "Between six and eight militants were killed in the raid in Kirkuk",
            [
                "A source from the Kirkuk police told Xinhua that between six and eight militants were killed in the raid"
            ],
        ),
        CL(
            "Joint Operations Command",
            "Joint Operations Command",
            "asserts",
            "Iraqi army aviation helicopters struck IS militants in Mutaibijah, Salahudin, killing three of them",
            [
                "In a separate operation, Iraqi army aviation helicopters struck a group of IS militants in the Mutaibijah area in eastern Salahudin province last week, killing three of them and destroying a motorcycle they were using, the Joint Operations Command said in a separate statement"
            ],
        ),
        CL(
            "Security Media Cell",
            "Security Media Cell",
            "asserts",
            "Iraqi F-16 jets struck IS caves in the Makhmour mountains in October, killing 10 IS militants",
            [
                "Earlier in October, the Iraqi F-16 jets carried out similar airstrikes on IS caves in the Makhmour mountains near the border between the provinces of Nineveh and Erbil, killing 10 IS militants, according to the Security Media Cell"
            ],
        ),
    ],
    "alternatives": {
        "Iraqi Air Force": ["Iraqi F-16 fighter jets", "Iraqi army aviation", "Iraqi military"],
        "Security Media Cell": ["Iraqi Security Media Cell", "Iraqi military"],
        "Joint Operations Command": ["Iraqi Joint Operations Command", "Joint Operation Command", "JOC"],
        "Kirkuk police source": ["source from the Kirkuk police", "Kirkuk police", "Unnamed source"],
        "US-led coalition": ["U.S.-led international coalition", "international coalition", "coalition"],
        "Islamic State": ["IS", "ISIS", "ISIL", "Daesh"],
        "Wadi Zghaitoun": ["Wadi Zghaytun", "Kirkuk"],
        "Salahuddin": ["Salahudin", "Salah al-Din", "Saladin"],
        "Makhmour mountains": ["Makhmour", "Qarachogh", "Makhmur mountains"],
        "F-16": ["F-16s", "F-16 fighter jets"],
    },
    "notes": "Published Sat 2021-11-13. Wadi Zghaitoun: 'on Friday evening' -> 2021-11-12; killed militants 6 (Security Media Cell) to 'between six and eight' (police source) -> one range 6-8. The lead's 'the Iraqi military said' is the Security Media Cell's statement: one claim. 'in coordination with the U.S.-led international coalition, which provided aerial surveillance' -> coordinated_with US-led coalition (it did not strike). Mutaibijah 'last week' -> the week of Mon 2021-11-01; 'army aviation' -> Iraqi Air Force; 'helicopters' is not a type. Makhmour mountains strike 'Earlier in October' is a background strike with its own date: month precision 2021-10-01; the mountains lie between Nineveh and Erbil, so region null. The IED near Tuz Khurmatu is not a strike; the prime minister's order to use the air force is an order, not coded. Destroyed tunnels and a motorcycle are not casualties.",
}

SPECS["dev14_iraq_anadolu_pkk"] = {
    "strikes": [
        S(
            ["Turkish Air Force"],
            "Zap",
            "Dohuk",
            "Iraq",
            target="PKK shelters and ammunition depots",
            target_group="PKK",
            casualties=[
                K(
                    "killed",
                    "militants",
                    None,
                    5,
                    "Five of the terrorists were neutralized in airstrikes by Turkish warplanes",
                )
            ],
            reported_by=["Turkish Defense Ministry"],
            evidence=[
                "Five of the terrorists were neutralized in airstrikes by Turkish warplanes on PKK shelters and ammunition depots in the Zap region, the ministry said in a statement",
            ],
        ),
        S(
            ["Turkish Armed Forces"],
            "Avasin-Basyan",
            "Dohuk",
            "Iraq",
            target="a group of terrorists moving between caves",
            target_group="PKK",
            date="2022-05-10",
            date_text="on Tuesday",
            precision="day",
            aircraft=["UAV"],
            casualties=[
                K(
                    "killed",
                    "militants",
                    None,
                    4,
                    "Four others were neutralized on Tuesday by armed unmanned aerial vehicles (UAVs) in the Avasin-Basyan region",
                )
            ],
            reported_by=["Turkish Defense Ministry"],
            evidence=[
                "Four others were neutralized on Tuesday by armed unmanned aerial vehicles (UAVs) in the Avasin-Basyan region, it added",
                "sharing video footage that it said showed the moment the UAV strike hit a group of terrorists moving between caves",
            ],
        ),
    ],
    "claims": [
        CL(
            "Turkish Defense Ministry",
            "Turkish Defense Ministry",
            "asserts",
            "Turkish warplane airstrikes on PKK shelters in the Zap region neutralized five terrorists",
            [
                'Turkish security forces have "neutralized" nine PKK terrorists in northern Iraq, the National Defense Ministry announced on Wednesday',
                "Five of the terrorists were neutralized in airstrikes by Turkish warplanes on PKK shelters and ammunition depots in the Zap region, the ministry said in a statement",
            ],
        ),
        CL(
            "Turkish Defense Ministry",
            "Turkish Defense Ministry",
            "asserts",
            "Armed UAVs neutralized four PKK terrorists in the Avasin-Basyan region on Tuesday",
            [
                'Turkish security forces have "neutralized" nine PKK terrorists in northern Iraq, the National Defense Ministry announced on Wednesday',
                "Four others were neutralized on Tuesday by armed unmanned aerial vehicles (UAVs) in the Avasin-Basyan region, it added",
                "sharing video footage that it said showed the moment the UAV strike hit a group of terrorists moving between caves",
            ],
        ),
    ],
    "alternatives": {
        "Turkish Defense Ministry": [
            "National Defense Ministry",
            "Turkish National Defense Ministry",
            "Turkish Ministry of National Defense",
            "Turkish defence ministry",
        ],
        "Turkish Air Force": [
            "Turkish warplanes",
            "Turkish Armed Forces",
            "Turkish security forces",
            "Turkish army",
            "Turkey",
        ],
        "Turkish Armed Forces": [
            "Turkish Air Force",
            "Turkish security forces",
            "Turkish army",
            "Turkish military",
            "Turkey",
        ],
        "PKK": ["Kurdistan Workers' Party", "PKK terrorists"],
        "Zap": ["Zap region"],
        "Avasin-Basyan": ["Avasin-Basyan region", "Avashin-Basyan", "Avashin"],
        "Dohuk": ["Duhok", "Kurdistan Region"],
        "UAV": ["drone", "armed UAV", "unmanned aerial vehicle", "armed drone"],
    },
    "notes": "Published Wed 2022-05-11. The lead's 'nine PKK terrorists' is the total over both strikes, so it is evidence for the claims but not a casualty entry. Two reports (different places): Zap by Turkish warplanes, undated (the Wednesday announcement is the statement's date, not the strike's: strike_date null, precision unknown), and Avasin-Basyan by armed UAVs on Tuesday (2022-05-10). Hard call on 'neutralized': the article itself says it means surrendered, killed or captured, so each figure is an upper bound on the killed: killed militants max 5 and max 4, min null. The UAV operator is only 'Turkish security forces' (headline 'Turkish army'): Turkish Armed Forces, with Turkish Air Force as an equivalent reading. Both regions lie in Duhok governorate (geocoded). The lead covers both strikes and is evidence for both ministry claims. The gendarmerie operation in Sirnak is a ground operation in Turkey; Operation Claw-Lock's destroyed caves and the minister's vow are general: none coded or claimed.",
}

SPECS["dev15_iraq_rudaw_sinjar"] = {
    "strikes": [
        S(
            ["Turkish Armed Forces"],
            "Khanasor",
            "Nineveh",
            "Iraq",
            target="a vehicle",
            target_group="Sinjar Resistance Units",
            date="2023-05-15",
            date_text="on Monday evening",
            precision="day",
            aircraft=["drone"],
            casualties=[
                K("killed", "unknown", 3, 3, "Three people were killed", "killed all three people inside"),
                K(
                    "killed",
                    "militants",
                    2,
                    3,
                    "the three dead were members of the Sinjar Resistance Units (YBS)",
                    "said only two of the dead were its fighters",
                    'three "PKK terrorists" had been "neutralized"',
                ),
                K(
                    "killed",
                    "civilians",
                    1,
                    1,
                    "identifying the third man as a civilian driver hired to take them to Sinuni",
                ),
                K("injured", "civilians", 1, 1, "a fourth was wounded", "a passer-by was wounded by shrapnel"),
            ],
            reported_by=[
                "Nayef Khalaf Hasso",
                "Counter-Terrorism Directorate",
                "Turkish security sources",
                "Anadolu Agency",
            ],
            evidence=[
                "Three people were killed and a fourth was wounded when their vehicle was targeted by a drone believed to be Turkish on the road between Sinuni and Khanasor in Shingal (Sinjar) district on Monday evening, local officials told Rudaw English",
                'The Kurdistan Region\'s Counter-Terrorism Directorate (CTD) also reported the strike in a statement late on Monday, saying that a "Turkish army drone" had hit a vehicle carrying "PKK members" near Khanasor and killed all three people inside',
            ],
        ),
        S(
            [],
            "Sinuni",
            "Nineveh",
            "Iraq",
            target="a car",
            target_group="Sinjar Resistance Units",
            date="2022-06-01",
            date_text="In June last year",
            precision="month",
            aircraft=["drone"],
            casualties=[
                K("killed", "militants", 1, 1, "killed a senior YBS commander"),
                K(
                    "killed",
                    "unknown",
                    1,
                    1,
                    "a drone strike on a car near Sinuni killed a senior YBS commander and his driver",
                ),
            ],
            evidence=[
                "In June last year, a drone strike on a car near Sinuni killed a senior YBS commander and his driver"
            ],
        ),
    ],
    "claims": [
        CL(
            "Nayef Khalaf Hasso",
            None,
            "asserts",
            "The three killed in the drone strike near Khanasor were YBS members and a passer-by was wounded",
            [
                "Sinjar mayor Nayef Khalaf Hasso said the three dead were members of the Sinjar Resistance Units (YBS), a Yazidi armed group that Ankara accuses of links to the Kurdistan Workers' Party (PKK), and that a passer-by was wounded by shrapnel",
                'The car was completely burned. Our teams recovered three bodies and took the injured man to Sinuni hospital," Hasso told Rudaw',
            ],
            quote="The car was completely burned. Our teams recovered three bodies and took the injured man to Sinuni hospital",
        ),
        CL(
            "Counter-Terrorism Directorate",
            "Counter-Terrorism Directorate",
            "asserts",
            "A Turkish army drone hit a vehicle carrying PKK members near Khanasor, killing all three inside",
            [
                'The Kurdistan Region\'s Counter-Terrorism Directorate (CTD) also reported the strike in a statement late on Monday, saying that a "Turkish army drone" had hit a vehicle carrying "PKK members" near Khanasor and killed all three people inside'
            ],
            quote="Turkish army drone",
        ),
        CL(
            "Sinjar Resistance Units",
            "Sinjar Resistance Units",
            "asserts",
            "Only two of the dead were YBS fighters; the third man was a civilian driver",
            [
                "The YBS, however, said only two of the dead were its fighters, identifying the third man as a civilian driver hired to take them to Sinuni"
            ],
        ),
        CL(
            "Sinjar Resistance Units",
            "Sinjar Resistance Units",
            "denies",
            "Those killed in the drone strike near Khanasor were PKK members",
            [
                'the group denied that any of those killed were PKK members and described them as "sons of Shingal who protected our people from ISIS'
            ],
            quote="sons of Shingal who protected our people from ISIS.",
        ),
        CL(
            "Turkish security sources",
            None,
            "asserts",
            "Three PKK terrorists were neutralized in a Turkish intelligence (MIT) operation in Sinjar",
            [
                'Turkish security sources told the state-run Anadolu Agency that three "PKK terrorists" had been "neutralized" in an operation by the Turkish National Intelligence Organization (MIT) in Sinjar, without giving further details'
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
            "Turkish National Intelligence Organization",
            "MIT",
        ],
        "Khanasor": ["Khana Sor", "Khanasur", "Sinjar", "Shingal"],
        "Sinuni": ["Sinun", "Snune"],
        "Nineveh": ["Ninewa", "Nineveh province"],
        "Sinjar Resistance Units": ["YBS", "PKK"],
        "Nayef Khalaf Hasso": ["Hasso", "Sinjar mayor", "local officials"],
        "Counter-Terrorism Directorate": [
            "CTD",
            "Kurdistan Region's Counter-Terrorism Directorate",
            "Kurdistan Region Security Council",
        ],
        "Turkish security sources": ["Turkish sources", "Turkish security source"],
        "Anadolu Agency": ["Anadolu", "AA"],
    },
    "notes": "Raw scraped Rudaw page, no header; the page shows '16-05-2023' (Tue), so 'on Monday evening' -> 2023-05-15. One strike told by the mayor, the CTD, the YBS and Turkish security sources (via Anadolu): one report. Attacker: 'a drone believed to be Turkish' / 'Turkish army drone' (suspicion still names the attacker); the Turkish sources' attribution to MIT is kept as an alternative reading. Place: on the road between Sinuni and Khanasor; the CTD places it near Khanasor, so Khanasor (Sinuni is not listed as an alternative because the background strike is at Sinuni). Casualties: three people (unknown), militants 2 (YBS) to 3 (mayor, CTD, Turkish sources; 'neutralized' as an upper bound), one civilian driver (YBS); the one wounded man is a passer-by -> injured civilians 1 (the lead's 'a fourth' is the same person, not a separate unknown entry). Target group: YBS, with PKK as an alternative reading (CTD and Turkish sources call them PKK). Background 'In June last year' (2022-06-01, month) names no attacker: attackers [] (guideline 2.1), told in Rudaw's own voice (reported_by []); the driver's status is not given -> killed unknown 1. Iraq's foreign ministry condemnation is political (as in dev08); 'did not respond' is not a claim.",
}

SPECS["dev16_syria_afp_idlib"] = {
    "strikes": [
        S(
            ["Russian Aerospace Forces"],
            "Kafranbel",
            "Idlib",
            "Syria",
            target="a residential neighbourhood and a market",
            date="2019-05-27",
            date_text="on Monday",
            precision="day",
            casualties=[
                K("killed", "civilians", 9, None, "killed at least nine civilians including four children"),
                K("killed", "unknown", 10, 12, "between 10 and 12 people were killed in Kafranbel"),
            ],
            reported_by=["Syrian Observatory for Human Rights", "White Helmets", "Abu Khaled"],
            evidence=[
                "Air strikes by warplanes believed to be Russian killed at least nine civilians including four children in Syria's jihadist-held Idlib region on Monday, a war monitor said",
                "The raids hit a residential neighbourhood and a market in the town of Kafranbel in the south of Idlib province, the Britain-based Syrian Observatory for Human Rights said",
            ],
        ),
        S(
            ["Syrian Air Force"],
            "Kafr Zita",
            "Hama",
            "Syria",
            date="2019-05-27",
            date_text="on Monday afternoon",
            precision="day",
            weapons=["barrel bombs"],
            reported_by=["Syrian Observatory for Human Rights"],
            evidence=[
                "In neighbouring Hama province, the town of Kafr Zita was shelled from the air by regime helicopters, which dropped at least 14 barrel bombs on Monday afternoon, the Observatory said",
            ],
        ),
        S(
            ["Syrian Air Force", "Russian Aerospace Forces"],
            "Khan Sheikhoun",
            "Idlib",
            "Syria",
            target="Khan Sheikhoun and its outskirts",
            target_group="Hayat Tahrir al-Sham",
            date="2019-05-27",
            date_text="overnight",
            precision="week",
            reported_by=["Syrian Observatory for Human Rights", "Syrian military source", "SANA"],
            evidence=[
                "Regime and Russian warplanes also carried out more than 30 raids overnight on Khan Sheikhoun and its outskirts, the monitor said",
                'A military source quoted by state news agency SANA said the Syrian air force had carried out "concentrated strikes" on positions of "Jabhat al-Nusra terrorists" around Khan Sheikhoun',
            ],
        ),
    ],
    "claims": [
        CL(
            "Syrian Observatory for Human Rights",
            "Syrian Observatory for Human Rights",
            "asserts",
            "Warplanes believed to be Russian struck Kafranbel on Monday, killing at least nine civilians including four children",
            [
                "Air strikes by warplanes believed to be Russian killed at least nine civilians including four children in Syria's jihadist-held Idlib region on Monday, a war monitor said",
                "The raids hit a residential neighbourhood and a market in the town of Kafranbel in the south of Idlib province, the Britain-based Syrian Observatory for Human Rights said",
            ],
        ),
        CL(
            "Abu Khaled",
            None,
            "asserts",
            "The planes struck Kafranbel while people were shopping for iftar",
            ['The planes circled for a long time before they struck. People were shopping for iftar," said Abu Khaled'],
            quote="The planes circled for a long time before they struck. People were shopping for iftar",
        ),
        CL(
            "Ahmad al-Sheikh",
            "White Helmets",
            "asserts",
            "Between 10 and 12 people were killed in the Kafranbel strikes",
            [
                "Ahmad al-Sheikh, a rescuer with the White Helmets civil defence group, told AFP that between 10 and 12 people were killed in Kafranbel"
            ],
        ),
        CL(
            "Reconciliation Centre at Hmeimim",
            "Russian Defense Ministry",
            "denies",
            "Russian aircraft carried out combat missions over the Idlib de-escalation zone on Monday",
            [
                'The Russian military\'s Reconciliation Centre at the Hmeimim airbase said in a statement that Russian aircraft "did not carry out any combat missions" over the Idlib de-escalation zone on Monday'
            ],
            quote="did not carry out any combat missions",
        ),
        CL(
            "Syrian Observatory for Human Rights",
            "Syrian Observatory for Human Rights",
            "asserts",
            "Regime helicopters dropped at least 14 barrel bombs on Kafr Zita on Monday afternoon",
            [
                "In neighbouring Hama province, the town of Kafr Zita was shelled from the air by regime helicopters, which dropped at least 14 barrel bombs on Monday afternoon, the Observatory said"
            ],
        ),
        CL(
            "Syrian Observatory for Human Rights",
            "Syrian Observatory for Human Rights",
            "asserts",
            "Regime and Russian warplanes carried out more than 30 raids overnight on Khan Sheikhoun",
            [
                "Regime and Russian warplanes also carried out more than 30 raids overnight on Khan Sheikhoun and its outskirts, the monitor said"
            ],
        ),
        CL(
            "Syrian military source",
            "Syrian Army",
            "asserts",
            "The Syrian air force carried out concentrated strikes on Jabhat al-Nusra positions around Khan Sheikhoun",
            [
                'A military source quoted by state news agency SANA said the Syrian air force had carried out "concentrated strikes" on positions of "Jabhat al-Nusra terrorists" around Khan Sheikhoun, "destroying their fortifications and weapons depots'
            ],
            quote="concentrated strikes",
        ),
    ],
    "alternatives": {
        "Russian Aerospace Forces": ["Russian warplanes", "Russia", "Russian aircraft"],
        "Syrian Air Force": [
            "regime helicopters",
            "Syrian regime",
            "regime warplanes",
            "Syrian air force",
            "regime aircraft",
        ],
        "Syrian Observatory for Human Rights": ["SOHR", "Observatory", "war monitor", "the monitor"],
        "White Helmets": ["Syria Civil Defence", "White Helmets civil defence group", "rescuers"],
        "Ahmad al-Sheikh": ["al-Sheikh"],
        "Abu Khaled": ["resident", "residents"],
        "Reconciliation Centre at Hmeimim": [
            "Russian Reconciliation Centre",
            "Russian Reconciliation Center",
            "Hmeimim Reconciliation Centre",
        ],
        "Russian Defense Ministry": ["Russian military", "Russian Ministry of Defence", "Russian defence ministry"],
        "Syrian military source": ["military source", "Syrian military"],
        "Syrian Army": ["Syrian military"],
        "SANA": ["Syrian Arab News Agency", "state news agency SANA"],
        "Kafranbel": ["Kafr Nabl", "Kafranbil"],
        "Kafr Zita": ["Kafr Zeita", "Kafarzita"],
        "Khan Sheikhoun": ["Khan Shaykhun", "Khan Sheikhun"],
        "Hayat Tahrir al-Sham": ["HTS", "Jabhat al-Nusra", "Nusra Front"],
        "barrel bombs": ["barrel bomb"],
    },
    "notes": "Raw scraped AFP page, no header; the page shows 'Issued on: 28/05/2019' (Tue), used as the publication date. Three reports: Kafranbel on Monday (2019-05-27) by 'warplanes believed to be Russian' (suspected attacker named; the Russian denial is a claim); Kafr Zita, Hama, by regime helicopters with barrel bombs on Monday afternoon ('shelled from the air' is an air strike; 'helicopters' is not a type); Khan Sheikhoun 'overnight' (night of 27-28 May) by regime and Russian warplanes jointly -> both attackers, coded 2019-05-27 with precision week as in dev04/dev08. Kafranbel casualties: civilians at least 9 (SOHR) and 10-12 'people' (White Helmets rescuer) kept as two kind x group entries. The SANA military source says Nusra positions were hit in Khan Sheikhoun, which the article says HTS controls -> target_group Hayat Tahrir al-Sham; SANA relays the source, so it goes into reported_by. The Russian centre's accusation that the White Helmets stage attacks is part of its one denial. Artillery on Kafr Nabuda and rebel shelling of Suqaylabiyah are ground fire: not coded.",
}

SPECS["dev17_syria_aljazeera_mayadin"] = {
    "strikes": [
        S(
            ["US-led coalition"],
            "Mayadin",
            "Deir ez-Zor",
            "Syria",
            target="a residential neighbourhood near the town's main market",
            date="2017-09-26",
            date_text="on Tuesday night",
            precision="day",
            casualties=[
                K(
                    "killed",
                    "civilians",
                    20,
                    None,
                    "At least 20 civilians have been killed in air raids on the town of Mayadeen",
                    "putting the death toll at 23",
                ),
                K("killed", "unknown", 18, 25, "said between 18 and 25 people were killed"),
                K("injured", "unknown", 24, None, "dozens of people were wounded"),
            ],
            reported_by=["Syrian Observatory for Human Rights", "DeirEzzor 24", "US-led coalition"],
            evidence=[
                "At least 20 civilians have been killed in air raids on the town of Mayadeen in Syria's eastern Deir Az Zor province, according to activists and a monitoring group, who blamed the US-led coalition fighting the Islamic State of Iraq and the Levant",
                "The raids hit a residential neighbourhood near the town's main market on Tuesday night, the UK-based Syrian Observatory for Human Rights (SOHR) said on Wednesday",
                "Colonel Mark Delaney, a spokesman for the coalition, said coalition aircraft had struck ISIL fighting positions and a command-and-control centre in the Mayadeen area on Tuesday",
            ],
        ),
        S(
            ["Russian Aerospace Forces"],
            "Mayadin",
            "Deir ez-Zor",
            "Syria",
            target="an ISIL command post and two ammunition depots",
            target_group="Islamic State",
            date="2017-09-26",
            date_text="over the past day",
            precision="week",
            casualties=[
                K("killed", "militants", None, 40, "eliminating up to 40 fighters, including two field commanders")
            ],
            reported_by=["Russian Defense Ministry", "TASS"],
            evidence=[
                "the Russian defence ministry said in a statement carried by the TASS news agency that Russian jets had destroyed an ISIL command post and two ammunition depots near Mayadeen over the past day",
            ],
        ),
        S(
            ["US-led coalition"],
            "al-Asharah",
            "Deir ez-Zor",
            "Syria",
            target="a ferry crossing on the Euphrates",
            date="2017-06-01",
            date_text="In June",
            precision="month",
            casualties=[K("killed", "unknown", 11, None, "killed at least 11 people waiting to cross the river")],
            reported_by=["Activists"],
            evidence=[
                "In June, a coalition air raid on a ferry crossing on the Euphrates near the town of al-Asharah killed at least 11 people waiting to cross the river, activists said at the time",
            ],
        ),
    ],
    "claims": [
        CL(
            "Syrian Observatory for Human Rights",
            "Syrian Observatory for Human Rights",
            "asserts",
            "US-led coalition raids hit a Mayadeen residential neighbourhood on Tuesday night, killing 23 and wounding dozens",
            [
                "At least 20 civilians have been killed in air raids on the town of Mayadeen in Syria's eastern Deir Az Zor province, according to activists and a monitoring group, who blamed the US-led coalition fighting the Islamic State of Iraq and the Levant",
                "The raids hit a residential neighbourhood near the town's main market on Tuesday night, the UK-based Syrian Observatory for Human Rights (SOHR) said on Wednesday, putting the death toll at 23 and saying that dozens of people were wounded",
            ],
        ),
        CL(
            "DeirEzzor 24",
            "DeirEzzor 24",
            "asserts",
            "Between 18 and 25 people were killed in the Mayadeen raids, mostly from two displaced families",
            [
                "DeirEzzor 24, a network of local activists that documents abuses in the province, said between 18 and 25 people were killed, most of them members of two families who had fled the fighting in Raqqa weeks earlier"
            ],
        ),
        CL(
            "Samer al-Hussein",
            "DeirEzzor 24",
            "asserts",
            "There were no ISIL fighters in the Mayadeen building that was hit, only families",
            [
                'We pulled children out with our hands. There were no ISIL fighters in the building, only families," Samer al-Hussein'
            ],
            quote="We pulled children out with our hands. There were no ISIL fighters in the building, only families",
        ),
        CL(
            "Mark Delaney",
            "US-led coalition",
            "asserts",
            "Coalition aircraft struck ISIL fighting positions and a command-and-control centre in the Mayadeen area on Tuesday",
            [
                "Colonel Mark Delaney, a spokesman for the coalition, said coalition aircraft had struck ISIL fighting positions and a command-and-control centre in the Mayadeen area on Tuesday"
            ],
        ),
        CL(
            "Mark Delaney",
            "US-led coalition",
            "denies",
            "The coalition struck residential buildings in Mayadeen",
            ['The coalition did not strike any residential buildings in Mayadeen," Delaney said in an email'],
            quote="The coalition did not strike any residential buildings in Mayadeen",
        ),
        CL(
            "Russian Defense Ministry",
            "Russian Defense Ministry",
            "asserts",
            "Russian jets destroyed an ISIL command post and two depots near Mayadeen, eliminating up to 40 fighters",
            [
                "On Wednesday, the Russian defence ministry said in a statement carried by the TASS news agency that Russian jets had destroyed an ISIL command post and two ammunition depots near Mayadeen over the past day, eliminating up to 40 fighters, including two field commanders"
            ],
        ),
        CL(
            "Activists",
            None,
            "asserts",
            "A coalition air raid on a ferry crossing near al-Asharah in June killed at least 11 people",
            [
                "In June, a coalition air raid on a ferry crossing on the Euphrates near the town of al-Asharah killed at least 11 people waiting to cross the river, activists said at the time"
            ],
        ),
    ],
    "alternatives": {
        "US-led coalition": ["coalition", "the coalition", "coalition aircraft"],
        "Mark Delaney": ["Colonel Mark Delaney", "Delaney", "coalition spokesman"],
        "Syrian Observatory for Human Rights": [
            "SOHR",
            "monitoring group",
            "UK-based Syrian Observatory for Human Rights",
        ],
        "DeirEzzor 24": ["Deir Ezzor 24", "DeirEzzor24", "network of local activists"],
        "Samer al-Hussein": ["al-Hussein"],
        "Russian Defense Ministry": ["Russian defence ministry", "Russian Ministry of Defence", "Russian MoD"],
        "Russian Aerospace Forces": ["Russian jets", "Russia"],
        "TASS": ["TASS news agency"],
        "Mayadin": ["Mayadeen", "al-Mayadeen", "Al-Mayadin"],
        "Deir ez-Zor": ["Deir Az Zor", "Deir Ezzor", "Deir al-Zor"],
        "al-Asharah": ["Asharah", "al-Ashara", "Al-Ashara"],
        "Islamic State": ["ISIL", "ISIS", "IS", "Daesh"],
        "Activists": ["activists"],
    },
    "notes": "Published Wed 2017-09-27. Mayadeen coalition raids 'on Tuesday night' -> 2017-09-26; told by SOHR, DeirEzzor 24 and the coalition spokesman (who says the coalition struck ISIL positions in the Mayadeen area on Tuesday): one report with three sources. Casualties: civilians at least 20 (lead) and 23 (SOHR) -> min 20, no upper bound (as dev10); DeirEzzor 24's 18-25 'people' is a separate unknown-group entry; 'dozens of people were wounded' -> injured unknown min 24. target_group null: the article says a residential neighbourhood was hit; the coalition's account of ISIL positions is its claim (as dev10). Russian jets near Mayadeen 'over the past day' (statement on Wednesday) -> a separate report (different attackers, same place), coded 2017-09-26 with precision week; 'up to 40 fighters' -> militants max 40; TASS relays the ministry so it goes into reported_by. 'The town has also been targeted by Russia' is generic and belongs to no dated event. Background 'In June' ferry-crossing raid near al-Asharah is a specific past strike: coded, month precision, reported by activists. The coalition's 'takes all allegations ... seriously', its aggregate of 735 civilians, Airwars' trend and the UN statement are not claims about a strike.",
}

SPECS["dev18_libya_ap_sirte"] = {
    "strikes": [
        S(
            ["US military"],
            "Sirte",
            "Sirte",
            "Libya",
            target="Islamic State militants; an IS tank and two vehicles",
            target_group="Islamic State",
            date="2016-08-01",
            date_text="on Monday",
            precision="day",
            casualties=[
                K(
                    "killed",
                    "militants",
                    12,
                    None,
                    "the strikes killed at least 12 IS fighters near the Ouagadougou conference centre",
                )
            ],
            coordinated_with=["Government of National Accord"],
            reported_by=["Government of National Accord", "Pentagon", "Salem al-Fitouri"],
            evidence=[
                "U.S. warplanes struck Islamic State militants in the Libyan coastal city of Sirte on Monday at the request of the country's U.N.-backed unity government",
                'the first strikes had hit "specific positions" in the city, causing "heavy losses" among the militants',
                "He said the aircraft destroyed an IS tank and two vehicles that posed a threat to Libyan forces",
            ],
        ),
        S(
            ["US military"],
            "Sabratha",
            "Zawiya",
            "Libya",
            target="an Islamic State training camp",
            target_group="Islamic State",
            date="2016-02-01",
            date_text="In February",
            precision="month",
            casualties=[K("killed", "unknown", 24, None, "killing dozens of people")],
            evidence=[
                "In February, U.S. warplanes struck an Islamic State training camp near the western town of Sabratha, killing dozens of people",
            ],
        ),
    ],
    "claims": [
        CL(
            "Presidential Council",
            "Government of National Accord",
            "asserts",
            "The unity government asked Washington for direct, specific airstrikes against IS in Sirte",
            [
                'The Presidential Council of the Government of National Accord said in a televised statement from Tripoli that it had asked Washington for "direct, specific airstrikes" against IS in Sirte'
            ],
            quote="direct, specific airstrikes",
        ),
        CL(
            "Presidential Council",
            "Government of National Accord",
            "asserts",
            "The first US strikes hit specific positions in Sirte, causing heavy losses among the militants",
            ['the first strikes had hit "specific positions" in the city, causing "heavy losses" among the militants'],
            quote="heavy losses",
        ),
        CL(
            "Jeff Morrell",
            "Pentagon",
            "asserts",
            "The US strikes in Sirte were carried out in coordination with the Government of National Accord",
            [
                "At the Pentagon, spokesman Navy Capt. Jeff Morrell said the strikes were authorized by President Barack Obama on the recommendation of the defense secretary and were carried out in coordination with the Government of National Accord"
            ],
        ),
        CL(
            "Jeff Morrell",
            "Pentagon",
            "asserts",
            "US aircraft destroyed an IS tank and two vehicles that threatened Libyan forces in Sirte",
            ["He said the aircraft destroyed an IS tank and two vehicles that posed a threat to Libyan forces"],
        ),
        CL(
            "Salem al-Fitouri",
            None,
            "asserts",
            "The US strikes killed at least 12 IS fighters near the Ouagadougou conference centre in Sirte",
            [
                "said the strikes killed at least 12 IS fighters near the Ouagadougou conference centre, a sprawling complex the militants have turned into their headquarters",
                'The American strikes were precise and they helped our men advance," the spokesman, Salem al-Fitouri, told The Associated Press',
            ],
            quote="The American strikes were precise and they helped our men advance",
        ),
    ],
    "alternatives": {
        "US military": ["U.S. warplanes", "US warplanes", "United States", "Washington"],
        "Government of National Accord": [
            "GNA",
            "unity government",
            "U.N.-backed unity government",
            "Presidential Council",
        ],
        "Presidential Council": ["Presidential Council of the Government of National Accord"],
        "Pentagon": ["Jeff Morrell", "Pentagon spokesman"],
        "Jeff Morrell": ["Navy Capt. Jeff Morrell", "Morrell"],
        "Salem al-Fitouri": ["al-Fitouri", "Fitouri", "Misrata forces spokesman"],
        "Sirte": ["Ouagadougou conference centre", "Sirt", "Surt"],
        "Sabratha": ["Sabrata"],
        "Zawiya": ["Az Zawiyah", "Zawiya District"],
        "Islamic State": ["IS", "ISIL", "ISIS", "Daesh"],
    },
    "notes": "Published Tue 2016-08-02. US strikes on Sirte 'on Monday' -> 2016-08-01; 'at the request of the ... unity government' and 'carried out in coordination with the Government of National Accord' -> coordinated_with GNA (it did not strike); the President's authorisation is the striker's own chain of command, not coordination. Place: the lead names Sirte and the militia spokesman names the Ouagadougou conference centre inside it: Sirte, with the centre as alternative (as dev09's Nad Ali / Marja). Killed militants at least 12 (the Pentagon gave no figure; destroyed tank and vehicles are not casualties). Al-Fitouri speaks for 'the forces fighting IS in Sirte', which the text does not name: reported_by by his name. The Presidential Council speaks for the GNA: two claims (coordination; results). Morrell's 'deny ISIL a safe haven' is a motive; 'further strikes ... could continue for weeks' and the troop deployment being weighed are plans. Background 'In February' strike near Sabratha is a specific past strike: month precision 2016-02-01, own voice (reported_by []), 'dozens of people' -> unknown min 24; Sabratha geocoded to Zawiya district. Deaths in ground clashes (280 fighters, eight on Sunday) are not casualties.",
}

SPECS["dev19_libya_sirte_threats"] = {
    "strikes": [],
    "claims": [],
    "alternatives": {},
    "notes": "Raw scraped Libya Observer page, no header ('Published: 22 June 2020'). No strike report: every air action in the article is a threat, plan, order, warning or hypothetical (the LNA air force commander's threats, the no-fly zone and shoot-down warning, Egypt's readiness to act 'including its air force', the GNA preparing to 'liberate' Sirte, Turkey's warning, AFRICOM's warning that Russian jets 'could be used' for close air support). Aircraft heard over Sirte on Saturday night did not strike ('No strikes were reported', in the article's own voice), and the Russian jet deployment to al-Jufra is a deployment, not a strike. Hence no claims either: statements of intent, plans and political reactions are not claims (guideline 4).",
}

SPECS["dev20_afghanistan_tolo_pakistan"] = {
    "strikes": [
        S(
            ["Pakistani military"],
            "Spera",
            "Khost",
            "Afghanistan",
            target="four houses in the village of Mirpar",
            date="2022-10-21",
            date_text="overnight",
            precision="week",
            casualties=[
                K("killed", "civilians", 31, 31, "31 civilians, among them 19 children and nine women, were killed"),
                K(
                    "killed",
                    "unknown",
                    None,
                    34,
                    "as many as 34 bodies had been brought to the district clinic and the provincial hospital",
                ),
                K("injured", "unknown", 12, 12, "12 others were wounded in Spera"),
            ],
            reported_by=[
                "Local officials",
                "Qari Nasim Hamdard",
                "Khost health official",
                "Islamic Emirate",
                "Pakistani security official",
                "Reuters",
            ],
            evidence=[
                "Pakistani military aircraft bombed houses in the Spera district of Khost and the Dangam district of Kunar overnight",
                "Khost's provincial information director, Qari Nasim Hamdard, said 31 civilians, among them 19 children and nine women, were killed and 12 others were wounded in Spera when four houses in the village of Mirpar were hit",
            ],
        ),
        S(
            ["Pakistani military"],
            "Dangam",
            "Kunar",
            "Afghanistan",
            target="a house",
            date="2022-10-21",
            date_text="overnight",
            precision="week",
            casualties=[
                K("killed", "civilians", 2, 2, "In Dangam, a woman and a child were killed"),
                K("injured", "unknown", 3, 3, "three others were wounded when a house was struck"),
            ],
            reported_by=[
                "Local officials",
                "Kunar police",
                "Islamic Emirate",
                "Pakistani security official",
                "Reuters",
            ],
            evidence=[
                "Pakistani military aircraft bombed houses in the Spera district of Khost and the Dangam district of Kunar overnight",
                "In Dangam, a woman and a child were killed and three others were wounded when a house was struck, said Kunar's police spokesman, Mawlawi Abdul Basir Sahak",
            ],
        ),
    ],
    "claims": [
        CL(
            "Local officials",
            None,
            "asserts",
            "Pakistani military aircraft bombed houses in Spera and Dangam overnight, killing as many as 36 people",
            [
                "Pakistani military aircraft bombed houses in the Spera district of Khost and the Dangam district of Kunar overnight, killing as many as 36 people, most of them women and children, local officials said on Saturday",
                "Khost and Kunar local officials said Pakistani military aircraft bombed residential areas in the two provinces overnight",
            ],
        ),
        CL(
            "Qari Nasim Hamdard",
            None,
            "asserts",
            "31 civilians including 19 children and nine women were killed and 12 wounded in Spera",
            [
                "Khost's provincial information director, Qari Nasim Hamdard, said 31 civilians, among them 19 children and nine women, were killed and 12 others were wounded in Spera when four houses in the village of Mirpar were hit",
                'The people who were killed were ordinary villagers. They were asleep in their homes when the jets came," Hamdard told TOLOnews',
            ],
            quote="The people who were killed were ordinary villagers. They were asleep in their homes when the jets came",
        ),
        CL(
            "Khost health official",
            None,
            "asserts",
            "As many as 34 bodies from the strikes were brought to the Khost clinic and hospital",
            [
                "A health official in Khost said that as many as 34 bodies had been brought to the district clinic and the provincial hospital"
            ],
        ),
        CL(
            "Abdul Basir Sahak",
            "Kunar police",
            "asserts",
            "A woman and a child were killed and three wounded when a house was struck in Dangam",
            [
                "In Dangam, a woman and a child were killed and three others were wounded when a house was struck, said Kunar's police spokesman, Mawlawi Abdul Basir Sahak"
            ],
        ),
        CL(
            "Mohammad Yousuf Saeedi",
            "Islamic Emirate",
            "asserts",
            "Pakistani aircraft violated Afghan airspace and bombed civilians in Khost and Kunar",
            [
                "The Islamic Emirate's spokesman, Mohammad Yousuf Saeedi, condemned the attacks, saying Pakistani aircraft had \"violated Afghanistan's airspace and bombed civilians\" in Khost and Kunar"
            ],
            quote="violated Afghanistan's airspace and bombed civilians",
        ),
        CL(
            "Mohammad Yousuf Saeedi",
            "Islamic Emirate",
            "denies",
            "TTP members were sheltering in the areas struck in Spera and Dangam",
            [
                'He rejected claims that members of the Tehreek-e-Taliban Pakistan (TTP) were sheltering in the area, saying "there are no foreign fighters in Spera or Dangam'
            ],
            quote="there are no foreign fighters in Spera or Dangam.",
        ),
        CL(
            "Pakistani security official",
            None,
            "asserts",
            "The Pakistani strikes targeted hideouts of TTP militants behind an ambush in North Waziristan",
            [
                "A Pakistani security official, speaking on condition of anonymity, told Reuters that the strikes had targeted hideouts of TTP militants responsible for an ambush that killed seven soldiers in North Waziristan earlier this week"
            ],
        ),
        CL(
            "Inter-Services Public Relations",
            "Pakistani military",
            "denies",
            "The Pakistani strikes in Khost and Kunar caused civilian casualties",
            [
                "The Pakistani military's media wing, Inter-Services Public Relations (ISPR), rejected the claims of civilian casualties as \"baseless propaganda"
            ],
            quote="baseless propaganda.",
        ),
    ],
    "alternatives": {
        "Pakistani military": [
            "Pakistan",
            "Pakistani military aircraft",
            "Pakistani aircraft",
            "Pakistani forces",
            "Pakistan Air Force",
            "Pakistani Air Force",
            "Pakistan Army",
            "Islamabad",
        ],
        "Spera": ["Spera district", "Mirpar", "Sperah"],
        "Dangam": ["Dangam district"],
        "Islamic Emirate": ["Islamic Emirate of Afghanistan", "Taliban", "Afghan government"],
        "Mohammad Yousuf Saeedi": ["Saeedi", "Islamic Emirate spokesman"],
        "Qari Nasim Hamdard": [
            "Hamdard",
            "Nasim Hamdard",
            "Khost provincial information director",
            "Khost information director",
        ],
        "Khost health official": ["health official", "health official in Khost"],
        "Abdul Basir Sahak": ["Mawlawi Abdul Basir Sahak", "Sahak", "Kunar police spokesman"],
        "Kunar police": ["Kunar's police", "Kunar police spokesman"],
        "Inter-Services Public Relations": ["ISPR", "Pakistani military's media wing"],
        "Pakistani security official": ["Pakistani official", "Pakistani security source"],
        "Local officials": ["local officials", "Khost and Kunar local officials"],
    },
    "notes": "Raw scraped TOLOnews page, no header; the page shows 'Sat, Oct 22 2022', so 'overnight' -> night of 21-22 October, coded 2022-10-21 with precision week (as dev04/dev08). Two reports: Spera (Khost) and Dangam (Kunar), same attacker and night but different places. Attacker 'Pakistani military aircraft' -> Pakistani military, the most specific name the article gives (the text never names the air force; Air Force variants as alternatives); the Pakistani Foreign Office's non-confirmation is not a claim, the unnamed security official's account via Reuters is (Reuters into reported_by). Place: Spera district, with the village of Mirpar as alternative (as dev09). The lead's 'as many as 36 people' is a total over both strikes, so it is not a casualty of either report (it stays in the local officials' claim). Spera: civilians 31 (information director); 'as many as 34 bodies' (no status) -> unknown max 34; '12 others were wounded' -> injured unknown 12. Dangam: a woman and a child -> civilians 2; three wounded -> unknown 3. target_group null: the article says houses were hit; TTP hideouts are the Pakistani official's claim and the Islamic Emirate denies it (as dev10/dev17). Mortar shelling of border villages on Friday is ground fire: not coded. Saeedi's warning, the analyst's quote and UNAMA's concern are not claims.",
}

SPECS["dev21_afghanistan_lwj_kunar"] = {
    "strikes": [
        S(
            ["International Security Assistance Force"],
            "Watapur",
            "Kunar",
            "Afghanistan",
            target="a compound used by the al Qaeda cell",
            target_group="al-Qaeda",
            date="2012-08-23",
            date_text="on Aug. 23",
            precision="day",
            casualties=[
                K(
                    "killed",
                    "militants",
                    3,
                    5,
                    "a precision airstrike killed a senior al Qaeda facilitator and two of his associates",
                    "five insurgents, including two Arabs, were killed in the airstrike in Watapur",
                )
            ],
            reported_by=["International Security Assistance Force", "Kunar police chief", "Pajhwok Afghan News"],
            evidence=[
                "The International Security Assistance Force announced today that a precision airstrike killed a senior al Qaeda facilitator and two of his associates in Afghanistan's northeastern province of Kunar",
                "was killed in the strike, which took place on Aug. 23 in the Watapur district, ISAF said in a press release",
                "Kunar's provincial police chief told Pajhwok Afghan News that five insurgents, including two Arabs, were killed in the airstrike in Watapur",
            ],
        ),
        S(
            ["International Security Assistance Force"],
            "Shigal",
            "Kunar",
            "Afghanistan",
            target="an al Qaeda-linked Taliban commander known as Mullah Sadiq",
            target_group="Taliban",
            date="2012-08-01",
            date_text="Earlier this month",
            precision="month",
            casualties=[
                K("killed", "militants", None, None, 'ISAF said at the time that "several" insurgents were killed')
            ],
            reported_by=["International Security Assistance Force"],
            evidence=[
                "Earlier this month, ISAF targeted an al Qaeda-linked Taliban commander known as Mullah Sadiq with an airstrike in the Shigal district",
            ],
        ),
        S(
            ["International Security Assistance Force"],
            "Dara-i-Pech",
            "Kunar",
            "Afghanistan",
            target="Abu Musab al-Tunisi",
            target_group="al-Qaeda",
            date="2012-04-01",
            date_text="In April",
            precision="month",
            casualties=[
                K(
                    "killed",
                    "militants",
                    1,
                    1,
                    "an ISAF airstrike in the Dara-i-Pech district killed Abu Musab al-Tunisi",
                )
            ],
            reported_by=["International Security Assistance Force"],
            evidence=[
                "In April, an ISAF airstrike in the Dara-i-Pech district killed Abu Musab al-Tunisi, a Tunisian who trained Afghan insurgents to build roadside bombs, according to a statement released by the coalition",
            ],
        ),
        S(
            ["International Security Assistance Force"],
            "Chawkay",
            "Kunar",
            "Afghanistan",
            target="a group of insurgents preparing to fire rockets at a combat outpost",
            target_group="Taliban",
            date="2012-08-21",
            date_text="on Aug. 21",
            precision="day",
            casualties=[K("killed", "militants", 6, 6, "killing six Taliban fighters")],
            reported_by=["International Security Assistance Force"],
            evidence=[
                "coalition helicopter gunships engaged a group of insurgents who were preparing to fire rockets at a combat outpost in the Chawkay district on Aug. 21, killing six Taliban fighters, ISAF said",
            ],
        ),
    ],
    "claims": [
        CL(
            "International Security Assistance Force",
            "International Security Assistance Force",
            "asserts",
            "An ISAF precision airstrike in Watapur on Aug. 23 killed al Qaeda facilitator Abu Yahya al-Hijazi and two associates",
            [
                "The International Security Assistance Force announced today that a precision airstrike killed a senior al Qaeda facilitator and two of his associates in Afghanistan's northeastern province of Kunar",
                "was killed in the strike, which took place on Aug. 23 in the Watapur district, ISAF said in a press release",
            ],
        ),
        CL(
            "International Security Assistance Force",
            "International Security Assistance Force",
            "denies",
            "Civilians were harmed in the Watapur airstrike",
            ['No civilians were harmed during the operation," ISAF stated'],
            quote="No civilians were harmed during the operation",
        ),
        CL(
            "Kunar police chief",
            "Kunar police",
            "asserts",
            "Five insurgents, including two Arabs, were killed in the airstrike in Watapur",
            [
                "Kunar's provincial police chief told Pajhwok Afghan News that five insurgents, including two Arabs, were killed in the airstrike in Watapur"
            ],
        ),
        CL(
            "International Security Assistance Force",
            "International Security Assistance Force",
            "asserts",
            "The ISAF airstrike on Mullah Sadiq in Shigal killed several insurgents",
            [
                'ISAF said at the time that "several" insurgents were killed, but it could not confirm whether the commander was among them'
            ],
        ),
        CL(
            "International Security Assistance Force",
            "International Security Assistance Force",
            "asserts",
            "An ISAF airstrike in Dara-i-Pech in April killed Abu Musab al-Tunisi",
            [
                "In April, an ISAF airstrike in the Dara-i-Pech district killed Abu Musab al-Tunisi, a Tunisian who trained Afghan insurgents to build roadside bombs, according to a statement released by the coalition"
            ],
        ),
        CL(
            "International Security Assistance Force",
            "International Security Assistance Force",
            "asserts",
            "Coalition helicopter gunships killed six Taliban fighters in Chawkay on Aug. 21",
            [
                "coalition helicopter gunships engaged a group of insurgents who were preparing to fire rockets at a combat outpost in the Chawkay district on Aug. 21, killing six Taliban fighters, ISAF said"
            ],
        ),
        CL(
            "Taliban",
            "Taliban",
            "denies",
            "Taliban fighters were killed by the coalition helicopters in Chawkay",
            [
                "The Taliban denied the claim in a statement on their website, Voice of Jihad, saying that none of their fighters were killed"
            ],
        ),
        CL(
            "Taliban",
            "Taliban",
            "asserts",
            "The coalition helicopters in Chawkay fired on the house of a poor farmer",
            ['the helicopters "fired on the house of a poor farmer'],
            quote="fired on the house of a poor farmer.",
        ),
    ],
    "alternatives": {
        "International Security Assistance Force": [
            "ISAF",
            "coalition",
            "the coalition",
            "coalition forces",
            "US-led coalition",
            "NATO",
        ],
        "Kunar police chief": ["Kunar's provincial police chief", "provincial police chief", "Kunar police"],
        "Pajhwok Afghan News": ["Pajhwok"],
        "Watapur": ["Wata Pur", "Watahpur"],
        "Dara-i-Pech": ["Pech", "Darah-ye Pech", "Manogai"],
        "Chawkay": ["Chowkay", "Chawkai", "Chowkai"],
        "Shigal": ["Shigal district", "Shegal"],
        "Kunar": ["Konar", "Kunar province"],
        "al-Qaeda": ["al Qaeda", "al-Qaida", "Al Qaeda"],
        "Taliban": ["Taleban", "Voice of Jihad"],
    },
    "notes": "Published Fri 2012-08-24 (Long War Journal). Four ISAF reports in Kunar: Watapur on Aug. 23 (ISAF: a facilitator and two associates = 3 killed; police chief via Pajhwok: five insurgents -> militants 3-5; Pajhwok relays the police chief so it goes into reported_by); Shigal 'Earlier this month' (2012-08-01, month; 'several' insurgents -> no figure; the commander was targeted, so target_group Taliban); Dara-i-Pech 'In April' (2012-04-01, month; one named militant killed; target_group al-Qaeda because the paragraph presents him as one of the al Qaeda operatives ISAF killed in Kunar this year, a hard call); Chawkay on Aug. 21 by 'coalition helicopter gunships' (in 2012 Afghanistan the coalition is ISAF, so one attacker name with 'coalition' / 'US-led coalition' as alternatives; 'helicopter gunships' is not a type). ISAF is labelled with the article's full name, variants as alternatives. 'a precision airstrike' on Aug. 23 and the Watapur police account are one report. The Taliban statement makes a denial (no fighters killed) and an assertion (a farmer's house was hit): two claims. LWJ's tally of 'more than 20 raids and airstrikes' and the withdrawal/handover paragraphs are general: not coded.",
}

SPECS["dev22_afghanistan_reuters_kandahar"] = {
    "strikes": [
        S(
            ["Afghan Air Force"],
            "Arghandab",
            "Kandahar",
            "Afghanistan",
            target="Taliban positions in several villages of the district",
            target_group="Taliban",
            date=None,
            date_text="on Tuesday",
            precision="unknown",
            aircraft=["A-29 Super Tucano"],
            casualties=[
                K(
                    "killed",
                    "militants",
                    25,
                    None,
                    "At least 25 Taliban fighters were killed in air strikes by the Afghan Air Force",
                    "as many as 40 insurgents, including two local commanders, had been killed in the raids",
                ),
                K(
                    "killed",
                    "civilians",
                    6,
                    6,
                    "a family of six, including four children, were killed when a house in the village of Jelawur was hit during the bombardment",
                ),
            ],
            reported_by=["Kandahar police", "Afghan Ministry of Defense", "Residents"],
            evidence=[
                "At least 25 Taliban fighters were killed in air strikes by the Afghan Air Force in Kandahar province's Arghandab district on Tuesday, a provincial police spokesman said",
                "Afghan A-29 Super Tucano aircraft and helicopter gunships bombed Taliban positions in several villages of the district",
            ],
        ),
        S(
            ["US military"],
            "Nahr-e Saraj",
            "Helmand",
            "Afghanistan",
            target="Taliban attacking Afghan troops",
            target_group="Taliban",
            date=None,
            date_text="on Monday",
            precision="unknown",
            casualties=[K("killed", "civilians", 2, 2, "killed two civilians")],
            reported_by=["US Forces-Afghanistan", "Taliban"],
            evidence=[
                "In neighbouring Helmand province, U.S. forces carried out an airstrike in the Nahr-e Saraj district on Monday to defend Afghan troops who were under attack by the Taliban",
                "The Taliban said the U.S. strike in Nahr-e Saraj violated the agreement and killed two civilians",
            ],
        ),
    ],
    "claims": [
        CL(
            "Gul Mohammad Achakzai",
            "Kandahar police",
            "asserts",
            "At least 25 Taliban fighters were killed in Afghan Air Force strikes in Arghandab on Tuesday",
            [
                "At least 25 Taliban fighters were killed in air strikes by the Afghan Air Force in Kandahar province's Arghandab district on Tuesday, a provincial police spokesman said",
                "Afghan A-29 Super Tucano aircraft and helicopter gunships bombed Taliban positions in several villages of the district after the insurgents overran three security checkpoints overnight, said Gul Mohammad Achakzai, the spokesman for Kandahar police",
            ],
        ),
        CL(
            "Afghan Ministry of Defense",
            "Afghan Ministry of Defense",
            "asserts",
            "As many as 40 insurgents including two local commanders were killed in the Arghandab raids",
            [
                "The Afghan defence ministry said in a statement that as many as 40 insurgents, including two local commanders, had been killed in the raids"
            ],
        ),
        CL(
            "Residents",
            None,
            "asserts",
            "A family of six including four children was killed when a house in Jelawur was hit",
            [
                "But residents of Arghandab said a family of six, including four children, were killed when a house in the village of Jelawur was hit during the bombardment"
            ],
        ),
        CL(
            "Haji Abdul Wahid",
            None,
            "asserts",
            "There were no Taliban in the house that was hit, only a farmer and his family",
            [
                'We pulled them from under the roof. There were no Taliban in that house, only a farmer and his family," Haji Abdul Wahid'
            ],
            quote="We pulled them from under the roof. There were no Taliban in that house, only a farmer and his family",
        ),
        CL(
            "Zalmai Azizi",
            "Kandahar governor",
            "denies",
            "Civilians were hurt in the Arghandab air strikes",
            [
                'Zalmai Azizi, a spokesman for the Kandahar governor, rejected the claims, saying that "not a single civilian was hurt'
            ],
            quote="not a single civilian was hurt",
        ),
        CL(
            "Taliban spokesman",
            "Taliban",
            "denies",
            "Taliban fighters suffered losses in the Arghandab air strikes",
            [
                'A Taliban spokesman said in a statement that the group\'s fighters had suffered "no losses" in Arghandab'
            ],
            quote="no losses",
        ),
        CL(
            "Taliban spokesman",
            "Taliban",
            "asserts",
            "Government aircraft deliberately bombed the homes of innocent people in Arghandab",
            ['accused government aircraft of "deliberately bombing the homes of innocent people'],
            quote="deliberately bombing the homes of innocent people.",
        ),
        CL(
            "David Reyes",
            "US Forces-Afghanistan",
            "asserts",
            "US forces carried out an airstrike in Nahr-e Saraj on Monday to defend Afghan troops under Taliban attack",
            [
                "U.S. forces carried out an airstrike in the Nahr-e Saraj district on Monday to defend Afghan troops who were under attack by the Taliban, a spokesman for U.S. forces in Afghanistan, Colonel David Reyes, said on Twitter"
            ],
        ),
        CL(
            "Taliban",
            "Taliban",
            "asserts",
            "The US strike in Nahr-e Saraj killed two civilians",
            ["The Taliban said the U.S. strike in Nahr-e Saraj violated the agreement and killed two civilians"],
        ),
    ],
    "alternatives": {
        "Afghan Air Force": ["Afghan air force", "government aircraft", "Afghan aircraft"],
        "A-29 Super Tucano": ["A-29", "Super Tucano"],
        "US military": ["U.S. forces", "US forces", "US Forces-Afghanistan", "U.S. forces in Afghanistan"],
        "US Forces-Afghanistan": ["U.S. forces in Afghanistan", "USFOR-A", "US military"],
        "David Reyes": ["Colonel David Reyes", "Reyes"],
        "Kandahar police": ["Gul Mohammad Achakzai", "provincial police spokesman", "Kandahar police spokesman"],
        "Gul Mohammad Achakzai": ["Achakzai"],
        "Afghan Ministry of Defense": [
            "Afghan defence ministry",
            "Afghan Defense Ministry",
            "Ministry of Defense",
            "MoD",
        ],
        "Kandahar governor": ["Zalmai Azizi", "Kandahar governor's spokesman"],
        "Zalmai Azizi": ["Azizi"],
        "Residents": ["residents", "residents of Arghandab"],
        "Arghandab": ["Arghandab district", "Jelawur"],
        "Nahr-e Saraj": ["Nahri Saraj", "Nahr-i-Sarraj", "Gereshk"],
        "Taliban spokesman": ["Taliban"],
        "Taliban": ["Taleban", "Taliban spokesman"],
    },
    "notes": "Raw scraped Reuters page, no header and no publication year: the dateline 'Oct 14' has no year, so 'on Tuesday' and 'on Monday' cannot be resolved (strike_date null, precision unknown, date_text kept), as in dev02. 'overnight' in the article dates the checkpoint attack, not a strike. Arghandab (Afghan Air Force, A-29s and helicopter gunships; 'helicopter gunships' is not a type): killed militants at least 25 (police) and as many as 40 (defence ministry) -> min 25, no upper bound (as dev10); civilians 6 (residents). Place Arghandab with the village of Jelawur (where the house was hit) as alternative. The governor's spokesman 'rejected the claims' -> denies civilian harm; the Taliban deny losses and assert civilian homes were bombed (two claims). Nahr-e Saraj (US forces, Monday): civilians 2 from the Taliban; Reyes' 'in accordance with' the agreement is a justification, the Taliban's 'violated the agreement' is political, and 'a claim Reyes did not address' is not a claim. The Kandahar car bomb is not a strike.",
}
