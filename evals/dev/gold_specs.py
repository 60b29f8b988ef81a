"""Hand-labelled gold for the synthetic dev articles (see README.md), following evals/GUIDELINE.md."""

# ruff: noqa: E501


def S(attackers, place, region, country, *, target=None, target_group=None, date=None, date_text=None,
      precision="unknown", aircraft=(), weapons=(), casualties=(), coordinated_with=(), reported_by=(), evidence=()):
    return {
        "attackers": list(attackers), "target": target, "target_group": target_group,
        "location": {"place": place, "region": region, "country": country},
        "strike_date": date, "date_text": date_text, "date_precision": precision,
        "aircraft": list(aircraft), "weapons": list(weapons), "casualties": list(casualties),
        "coordinated_with": list(coordinated_with), "reported_by": list(reported_by), "evidence": list(evidence),
    }


def K(kind, group, lo, hi, *evidence):
    return {"kind": kind, "group": group, "min": lo, "max": hi, "evidence": list(evidence)}


def CL(claimant, org, stance, statement, evidence, quote=None):
    return {"claimant": claimant, "claimant_org": org, "stance": stance, "statement": statement,
            "quote": quote, "evidence": list(evidence)}


SPECS = {}

SPECS["dev01_somalia_africom"] = {
    "strikes": [
        S(["US military"], "Kunyo Barrow", "Lower Shabelle", "Somalia", target="al-Shabaab militants",
          target_group="al-Shabaab", date="2019-03-12", date_text="on Tuesday", precision="day",
          casualties=[
              K("killed", "militants", 4, 4, "it had killed four al-Shabaab militants in an airstrike in southern Somalia"),
              K("killed", "civilians", 2, 2, "two of the dead were farmers, not fighters"),
          ],
          coordinated_with=["Somali government"],
          reported_by=["US Africa Command", "Local elder in Kunyo Barrow"],
          evidence=[
              "The United States military said on Thursday it had killed four al-Shabaab militants in an airstrike in southern Somalia",
              "U.S. Africa Command conducted an airstrike near Kunyo Barrow, Lower Shabelle region, on Tuesday, in coordination with the Federal Government of Somalia, AFRICOM said in a statement",
              "A local elder in Kunyo Barrow told Reuters by phone that the strike hit a house on the edge of the town",
          ]),
    ],
    "claims": [
        CL("US Africa Command", "US Africa Command", "asserts",
           "US Africa Command airstrike near Kunyo Barrow killed four al-Shabaab militants",
           ["The United States military said on Thursday it had killed four al-Shabaab militants in an airstrike in southern Somalia",
            "U.S. Africa Command conducted an airstrike near Kunyo Barrow, Lower Shabelle region, on Tuesday, in coordination with the Federal Government of Somalia, AFRICOM said in a statement"]),
        CL("US Africa Command", "US Africa Command", "asserts",
           "The airstrike near Kunyo Barrow was conducted in coordination with the Federal Government of Somalia",
           ["U.S. Africa Command conducted an airstrike near Kunyo Barrow, Lower Shabelle region, on Tuesday, in coordination with the Federal Government of Somalia, AFRICOM said in a statement"]),
        CL("US Africa Command", "US Africa Command", "denies",
           "Civilians were killed or injured in the airstrike near Kunyo Barrow",
           ["AFRICOM said in a statement, adding that no civilians were killed or injured"]),
        CL("Local elder in Kunyo Barrow", None, "asserts",
           "The strike hit a house and two of the dead were farmers, not fighters",
           ["A local elder in Kunyo Barrow told Reuters by phone that the strike hit a house on the edge of the town and that two of the dead were farmers, not fighters"]),
    ],
    "alternatives": {
        "US military": ["United States military", "U.S. military", "US Africa Command", "AFRICOM", "U.S. Africa Command"],
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
        S(["US military"], "Jilib", "Middle Juba", "Somalia", target="a vehicle", target_group="al-Shabaab",
          date=None, date_text="on Sunday", precision="unknown", aircraft=["drone"],
          casualties=[
              K("killed", "civilians", 5, 5, "a drone strike on Sunday killed five civilians including two children"),
              K("killed", "militants", 3, 3, "killed three al-Shabab fighters"),
          ],
          reported_by=["Villagers", "Local official", "US Africa Command"],
          evidence=[
              "Residents of a village in Somalia's Middle Juba region say a drone strike on Sunday killed five civilians including two children, a claim the U.S. military rejected",
              "The strike hit a vehicle near Jilib, a town held by the al-Shabab extremist group, villagers and a local official said",
              "The U.S. Africa Command said its forces carried out a strike near Jilib that killed three al-Shabab fighters",
          ]),
    ],
    "claims": [
        CL("Villagers", None, "asserts", "A US drone strike near Jilib on Sunday killed five civilians including two children",
           ["Residents of a village in Somalia's Middle Juba region say a drone strike on Sunday killed five civilians including two children",
            "The strike hit a vehicle near Jilib, a town held by the al-Shabab extremist group, villagers and a local official said"]),
        CL("Abdullahi Hassan", None, "asserts", "The victims of the Jilib strike were going to the market and were not fighters",
           ["They were going to the market. They were not fighters,\" said Abdullahi Hassan"],
           quote="They were going to the market. They were not fighters."),
        CL("US Africa Command", "US Africa Command", "asserts", "US forces carried out a strike near Jilib that killed three al-Shabab fighters",
           ["The U.S. Africa Command said its forces carried out a strike near Jilib that killed three al-Shabab fighters"]),
        CL("US Africa Command", "US Africa Command", "denies", "Civilians were harmed in the US strike near Jilib",
           ["AFRICOM denied that any civilians were harmed, saying its assessment found \"no indication\" of civilian casualties",
            "a claim the U.S. military rejected"]),
    ],
    "alternatives": {
        "US military": ["U.S. military", "US Africa Command", "AFRICOM", "U.S. Africa Command"],
        "US Africa Command": ["AFRICOM", "U.S. Africa Command", "U.S. military", "US military"],
        "al-Shabaab": ["al-Shabab", "al Shabaab", "Shabaab"],
        "Villagers": ["Residents", "residents of a village", "villagers", "Residents of a village in Somalia's Middle Juba region"],
        "Local official": ["a local official"],
    },
    "notes": "No Date header and the AP dateline gives no date: 'on Sunday' cannot be resolved, so strike_date null, precision unknown, date_text kept. Attacker from AFRICOM's own statement and the headline ('U.S. drone strike'). Two casualty entries: civilians 5 (villagers; the two children are among the five) and militants 3 (AFRICOM). The U.S. military's rejection in the lead and AFRICOM's denial are one denying claim. Amnesty's criticism of investigations and the propaganda remark are not claims about this strike.",
}

SPECS["dev03_libya_mitiga"] = {
    "strikes": [
        S(["Libyan National Army"], "Mitiga", "Tripoli", "Libya", target="Tripoli's only functioning airport",
          date="2019-08-31", date_text="on Saturday", precision="day", aircraft=["drone"],
          casualties=[K("injured", "unknown", 4, None, "wounding at least four people")],
          reported_by=["Government of National Accord", "Libyan National Army"],
          evidence=[
              "Forces loyal to Khalifa Haftar carried out a drone strike on Tripoli's only functioning airport on Saturday, wounding at least four people, the UN-recognised Government of National Accord (GNA) said",
              "The attack on Mitiga airport damaged a passenger plane and forced authorities to divert flights to Misrata",
              "said the LNA had targeted a Turkish drone control room at the airport",
          ]),
    ],
    "claims": [
        CL("Government of National Accord", "Government of National Accord", "asserts",
           "Forces loyal to Haftar carried out a drone strike on Tripoli's airport, wounding at least four people",
           ["Forces loyal to Khalifa Haftar carried out a drone strike on Tripoli's only functioning airport on Saturday, wounding at least four people, the UN-recognised Government of National Accord (GNA) said"]),
        CL("Ahmed al-Mismari", "Libyan National Army", "asserts",
           "The LNA targeted a Turkish drone control room at Mitiga airport used by the GNA for military purposes",
           ["Ahmed al-Mismari, a spokesman for Haftar's self-styled Libyan National Army (LNA), said the LNA had targeted a Turkish drone control room at the airport, which he said was being used by the GNA for military purposes"]),
        CL("Government of National Accord", "Government of National Accord", "denies",
           "Mitiga airport was used by the GNA for military purposes",
           ["The GNA rejected the claim, saying the airport was a civilian facility"]),
        CL("Mohamed Gnounou", "Government of National Accord", "denies",
           "Military operations are run from Mitiga airport",
           ["There are no military operations run from Mitiga,\" said Mohamed Gnounou, a spokesman for GNA forces"],
           quote="There are no military operations run from Mitiga"),
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
        S([], "al-Watiya", "Nuqat al Khams", "Libya", target="air defence systems recently installed by Turkey",
          date="2020-07-05", date_text="overnight", precision="week",
          reported_by=["Military sources"],
          evidence=["Unidentified aircraft struck al-Watiya airbase in western Libya overnight, targeting air defence systems recently installed by Turkey, military sources said on Monday"]),
        S(["Government of National Accord"], "Sirte", "Sirte", "Libya", target="an LNA convoy",
          date="2020-07-05", date_text="on Sunday", precision="day", aircraft=["drone"],
          casualties=[K("killed", "militants", 12, 12, "killing 12 fighters")],
          reported_by=["Government of National Accord"],
          evidence=["GNA forces said their drones struck an LNA convoy near Sirte on Sunday, killing 12 fighters and destroying three armoured vehicles"]),
        S(["Turkish Air Force"], "al-Watiya", "Nuqat al Khams", "Libya", date="2020-05-01", date_text="in May",
          precision="month", aircraft=["drone"],
          evidence=["The GNA took control of al-Watiya, about 140km southwest of Tripoli, in May with the help of Turkish drones"]),
    ],
    "claims": [
        CL("Military sources", None, "asserts",
           "Unidentified aircraft struck al-Watiya airbase overnight, targeting Turkish air defence systems",
           ["Unidentified aircraft struck al-Watiya airbase in western Libya overnight, targeting air defence systems recently installed by Turkey, military sources said on Monday"]),
        CL("Source in the GNA's Volcano of Rage operation", "Government of National Accord", "asserts",
           "The warplanes that struck al-Watiya were foreign, belonging to the UAE",
           ["A source in the GNA's Volcano of Rage operation said the warplanes were \"foreign\", suggesting they belonged to the UAE"]),
        CL("Government of National Accord", "Government of National Accord", "asserts",
           "GNA drones struck an LNA convoy near Sirte, killing 12 fighters and destroying three armoured vehicles",
           ["GNA forces said their drones struck an LNA convoy near Sirte on Sunday, killing 12 fighters and destroying three armoured vehicles"]),
        CL("Libyan National Army", "Libyan National Army", "denies",
           "The LNA suffered losses in the GNA drone strike near Sirte",
           ["The LNA denied it had suffered any losses"]),
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
        S(["Russian Aerospace Forces"], "Sarmin", "Idlib", "Syria", target="a residential area",
          date="2020-02-10", date_text="on Monday", precision="day",
          casualties=[
              K("killed", "civilians", 16, None, "killed at least 16 civilians including six children",
                "its volunteers pulled 16 bodies from the rubble"),
              K("injured", "unknown", 30, None, "more than 30 people were wounded"),
          ],
          reported_by=["Syrian Observatory for Human Rights", "White Helmets"],
          evidence=[
              "Air strikes by Russian warplanes killed at least 16 civilians including six children in northwest Syria on Monday, a war monitor and rescuers said",
              "The strikes hit a residential area in the town of Sarmin, east of Idlib city, the Syrian Observatory for Human Rights said",
          ]),
        S(["Russian Aerospace Forces"], "Maarat al-Numan", "Idlib", "Syria", target="the outskirts of Maaret al-Numan",
          date="2020-02-09", date_text="late on Sunday", precision="day",
          reported_by=["Syrian Observatory for Human Rights"],
          evidence=["warplanes believed to be Russian struck the outskirts of Maaret al-Numan late on Sunday, the Observatory said"]),
    ],
    "claims": [
        CL("Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights", "asserts",
           "Russian air strikes on a residential area of Sarmin killed at least 16 civilians including six children",
           ["Air strikes by Russian warplanes killed at least 16 civilians including six children in northwest Syria on Monday, a war monitor and rescuers said",
            "The strikes hit a residential area in the town of Sarmin, east of Idlib city, the Syrian Observatory for Human Rights said"]),
        CL("White Helmets", "White Helmets", "asserts",
           "Volunteers pulled 16 bodies from the rubble in Sarmin and more than 30 people were wounded",
           ["The White Helmets civil defence group said its volunteers pulled 16 bodies from the rubble and that more than 30 people were wounded"]),
        CL("Russian Defense Ministry", "Russian Defense Ministry", "denies",
           "Russian aircraft carried out combat missions and air strikes in the Sarmin area",
           ["Russia's defence ministry rejected the reports, saying its aircraft had not carried out any combat missions in the area"]),
        CL("Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights", "asserts",
           "Warplanes believed to be Russian struck the outskirts of Maaret al-Numan late on Sunday",
           ["warplanes believed to be Russian struck the outskirts of Maaret al-Numan late on Sunday, the Observatory said"]),
    ],
    "alternatives": {
        "Russian Aerospace Forces": ["Russian warplanes", "Russia"],
        "Syrian Observatory for Human Rights": ["SOHR", "Observatory", "war monitor", "the Observatory"],
        "White Helmets": ["Syria Civil Defence", "White Helmets civil defence group", "rescuers"],
        "Russian Defense Ministry": ["Russia's defence ministry", "Russian defence ministry", "Russian Ministry of Defence"],
        "Maarat al-Numan": ["Maaret al-Numan"],
        "Sarmin": ["Sarmeen"],
    },
    "notes": "Published Tue 2020-02-11. Sarmin strike on Monday (2020-02-10); civilians killed at least 16 (SOHR 'at least 16', White Helmets 16 bodies); 'more than 30 people were wounded' -> injured unknown min 30. Russia's denial is a denying claim. Maaret al-Numan strike late on Sunday (2020-02-09) by 'warplanes believed to be Russian': suspected attacker still named (guideline 2.1). The HTS sentence is background. Idlib region geocoded.",
}

SPECS["dev06_syria_us_alqaeda"] = {
    "strikes": [
        S(["US military"], "Suluk", "Raqqa", "Syria", target="a vehicle", target_group="al-Qaeda",
          date="2021-10-22", date_text="on Friday", precision="day", aircraft=["MQ-9 Reaper"],
          casualties=[K("killed", "militants", 1, 1, "Abdul Hamid al-Matar was killed in a U.S. airstrike near Suluk in northwest Syria")],
          reported_by=["US Central Command", "Local sources"],
          evidence=[
              "The US military killed a senior al-Qaeda leader in a drone strike near Suluk, in northern Syria, on Friday, according to US Central Command",
              "Abdul Hamid al-Matar was killed in a U.S. airstrike near Suluk in northwest Syria",
              "The MQ-9 Reaper strike was carried out against a vehicle, according to local sources",
          ]),
        S(["US military"], "Idlib", "Idlib", "Syria", target_group="al-Qaeda", date="2021-09-01", date_text="Last month",
          precision="month", aircraft=["drone"],
          casualties=[K("killed", "militants", 1, 1, "a US drone strike killed Salim Abu-Ahmad, a senior al-Qaeda official")],
          reported_by=["US Central Command"],
          evidence=["Last month, a US drone strike killed Salim Abu-Ahmad, a senior al-Qaeda official, near Idlib, CENTCOM said at the time"]),
    ],
    "claims": [
        CL("John Rigsbee", "US Central Command", "asserts",
           "Abdul Hamid al-Matar was killed in a US airstrike near Suluk in northwest Syria",
           ["The US military killed a senior al-Qaeda leader in a drone strike near Suluk, in northern Syria, on Friday, according to US Central Command",
            "Abdul Hamid al-Matar was killed in a U.S. airstrike near Suluk in northwest Syria,\" CENTCOM spokesman Major John Rigsbee said in a statement"],
           quote="Abdul Hamid al-Matar was killed in a U.S. airstrike near Suluk in northwest Syria"),
        CL("John Rigsbee", "US Central Command", "denies", "The US strike near Suluk caused civilian casualties",
           ["There are no indications of civilian casualties as a result of the strike,\" he added"],
           quote="There are no indications of civilian casualties as a result of the strike"),
        CL("Local sources", None, "asserts", "The MQ-9 Reaper strike was carried out against a vehicle",
           ["The MQ-9 Reaper strike was carried out against a vehicle, according to local sources"]),
        CL("US Central Command", "US Central Command", "asserts",
           "A US drone strike near Idlib killed senior al-Qaeda official Salim Abu-Ahmad",
           ["Last month, a US drone strike killed Salim Abu-Ahmad, a senior al-Qaeda official, near Idlib, CENTCOM said at the time"]),
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
        S(["Iraqi Air Force", "US-led coalition"], "Hamrin mountains", None, "Iraq", target="Islamic State hideouts",
          target_group="Islamic State", date="2020-03-08", date_text="on Sunday", precision="day", aircraft=["F-16"],
          casualties=[K("killed", "militants", 11, 15, "killing 11 militants", "adding that \"up to 15\" fighters were killed")],
          reported_by=["Joint Operations Command", "Security Media Cell", "US-led coalition"],
          evidence=[
              "Iraqi F-16 fighter jets struck Islamic State hideouts in the Hamrin mountains on Sunday, killing 11 militants, Iraq's Joint Operations Command said on Monday",
              "The strikes, which were carried out with the support of the US-led coalition, destroyed four tunnels and caves used by the group, the Security Media Cell added in a statement",
              "Coalition spokesman Col. Myles Caggins said on Twitter that coalition aircraft also conducted strikes against the militants in the area",
          ]),
        S(["Iraqi Air Force"], "Wadi al-Shay", "Kirkuk", "Iraq", target="an IS position", target_group="Islamic State",
          date="2020-03-02", date_text="last week", precision="week",
          casualties=[K("killed", "militants", 2, 2, "killing two militants")],
          reported_by=["Joint Operations Command"],
          evidence=["Iraqi army aviation helicopters struck an IS position in Wadi al-Shay, south of Kirkuk, last week, killing two militants, the command said"]),
    ],
    "claims": [
        CL("Joint Operations Command", "Joint Operations Command", "asserts",
           "Iraqi F-16 jets struck Islamic State hideouts in the Hamrin mountains on Sunday, killing 11 militants",
           ["Iraqi F-16 fighter jets struck Islamic State hideouts in the Hamrin mountains on Sunday, killing 11 militants, Iraq's Joint Operations Command said on Monday"]),
        CL("Security Media Cell", "Security Media Cell", "asserts",
           "The strikes with US-led coalition support destroyed four tunnels and caves used by Islamic State",
           ["The strikes, which were carried out with the support of the US-led coalition, destroyed four tunnels and caves used by the group, the Security Media Cell added in a statement"]),
        CL("Myles Caggins", "US-led coalition", "asserts",
           "Coalition aircraft also conducted strikes against the militants in the area, killing up to 15 fighters",
           ["Coalition spokesman Col. Myles Caggins said on Twitter that coalition aircraft also conducted strikes against the militants in the area, adding that \"up to 15\" fighters were killed"]),
        CL("Joint Operations Command", "Joint Operations Command", "asserts",
           "Iraqi army aviation helicopters struck an IS position in Wadi al-Shay, killing two militants",
           ["Iraqi army aviation helicopters struck an IS position in Wadi al-Shay, south of Kirkuk, last week, killing two militants, the command said"]),
    ],
    "alternatives": {
        "Joint Operations Command": ["Iraq's Joint Operations Command", "Joint Operation Command", "JOC", "the command"],
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
        S(["Turkish Air Force"], "Sinjar", "Nineveh", "Iraq", target="PKK targets", target_group="PKK",
          date="2020-06-15", date_text="overnight", precision="week",
          reported_by=["Turkish Defense Ministry", "Yazidi official"],
          evidence=[
              "The Turkish defence ministry said jets hit 81 PKK targets in Sinjar and the Qandil mountains overnight, destroying shelters and caves",
              "A Yazidi official said the strikes in Sinjar hit near a camp for displaced people",
          ]),
        S(["Turkish Air Force"], "Qandil mountains", None, "Iraq", target="PKK targets", target_group="PKK",
          date="2020-06-15", date_text="overnight", precision="week",
          reported_by=["Turkish Defense Ministry"],
          evidence=["The Turkish defence ministry said jets hit 81 PKK targets in Sinjar and the Qandil mountains overnight, destroying shelters and caves"]),
    ],
    "claims": [
        CL("Turkish Defense Ministry", "Turkish Defense Ministry", "asserts",
           "Turkish jets hit 81 PKK targets in Sinjar and the Qandil mountains, destroying shelters and caves",
           ["The Turkish defence ministry said jets hit 81 PKK targets in Sinjar and the Qandil mountains overnight, destroying shelters and caves"]),
        CL("Yazidi official", None, "asserts", "The Turkish strikes in Sinjar hit near a camp for displaced people",
           ["A Yazidi official said the strikes in Sinjar hit near a camp for displaced people"]),
        CL("PKK", "PKK", "denies", "The Turkish raids killed PKK fighters",
           ["The Kurdistan Workers' Party (PKK) said the raids had killed no fighters and described the Turkish claims as \"propaganda\""],
           quote="propaganda"),
    ],
    "alternatives": {
        "Turkish Defense Ministry": ["Turkish defence ministry", "Turkish Ministry of Defence", "Turkish Ministry of National Defense"],
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
        S(["Afghan Air Force"], "Nad Ali", "Helmand", "Afghanistan", target="a Taliban gathering", target_group="Taliban",
          date="2019-05-14", date_text="late on Tuesday", precision="day",
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
          ]),
        S(["US military"], "Chahar Dara", "Kunduz", "Afghanistan", target="Taliban militants", target_group="Taliban",
          date="2019-05-15", date_text="on Wednesday", precision="day",
          casualties=[K("killed", "militants", None, 30, "killing up to 30 Taliban militants")],
          reported_by=["US military"],
          evidence=["US forces conducted an airstrike in Kunduz province's Chahar Dara district on Wednesday, killing up to 30 Taliban militants, the US military said"]),
    ],
    "claims": [
        CL("Omar Zwak", "Helmand governor", "asserts",
           "The Afghan Air Force airstrike on a Taliban gathering in Marja killed 17 Taliban fighters and wounded eight",
           ["Omar Zwak, a spokesman for the Helmand governor, said the Afghan Air Force carried out the airstrike on a Taliban gathering in the Marja area, killing 17 Taliban fighters and wounding eight others"]),
        CL("Residents", None, "asserts", "The victims of the Nad Ali air raid were civilians attending a wedding",
           ["But residents said the victims were civilians attending a wedding"]),
        CL("Haji Wali Mohammad", None, "asserts", "Women and children were among the dead of the Nad Ali air raid",
           ["Women and children were among the dead,\" said Haji Wali Mohammad, a tribal elder"],
           quote="Women and children were among the dead"),
        CL("Taliban", "Taliban", "denies", "Taliban fighters were killed in the Nad Ali air raid",
           ["The Taliban rejected the reports that its fighters were killed, calling the strike \"a crime against civilians\""],
           quote="a crime against civilians"),
        CL("US military", "US military", "asserts", "US airstrike in Chahar Dara, Kunduz, killed up to 30 Taliban militants",
           ["US forces conducted an airstrike in Kunduz province's Chahar Dara district on Wednesday, killing up to 30 Taliban militants, the US military said"]),
        CL("Taliban", "Taliban", "denies", "Taliban militants were killed in the US airstrike in Chahar Dara",
           ["The Taliban said the allegations were false"]),
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
        S(["Saudi-led coalition"], "Al Raqw", "Saada", "Yemen", target="a market",
          date=None, date_text="on Tuesday", precision="unknown",
          casualties=[
              K("killed", "unknown", 14, None, "killed dozens of people", "14 people were killed", "put the death toll at 20"),
              K("injured", "unknown", 26, 26, "26 wounded"),
          ],
          reported_by=["Houthi health ministry", "Al Masirah TV"],
          evidence=[
              "Air strikes by the Saudi-led coalition on a market in northern Yemen's Saada province killed dozens of people, the Houthi-run health ministry said on Wednesday",
              "The Houthi health ministry said 14 people were killed and 26 wounded in the raids on the market in Al Raqw in the Shada district on Tuesday",
          ]),
        S(["Saudi-led coalition"], "Sanaa", "Sanaa", "Yemen", target="Houthi drone sites", target_group="Houthis",
          reported_by=["Saudi-led coalition"],
          evidence=["The coalition later said it had also carried out strikes on Houthi drone sites in Sanaa"]),
        S(["Houthis"], "Abha airport", None, "Saudi Arabia", target="Saudi Arabia's Abha airport",
          date=None, date_text="last week", precision="unknown", aircraft=["drone"],
          reported_by=["Houthis"],
          evidence=["The Houthis claimed responsibility for a drone attack on Saudi Arabia's Abha airport last week"]),
    ],
    "claims": [
        CL("Houthi health ministry", "Houthi health ministry", "asserts",
           "Saudi-led coalition air strikes on a Saada market killed 14 people and wounded 26",
           ["Air strikes by the Saudi-led coalition on a market in northern Yemen's Saada province killed dozens of people, the Houthi-run health ministry said on Wednesday",
            "The Houthi health ministry said 14 people were killed and 26 wounded in the raids on the market in Al Raqw in the Shada district on Tuesday"]),
        CL("Al Masirah TV", "Al Masirah TV", "asserts", "The death toll of the Saada market raids was 20",
           ["The Houthi-run Al Masirah TV put the death toll at 20"]),
        CL("Turki al-Maliki", "Saudi-led coalition", "asserts",
           "The coalition targeted legitimate military targets belonging to the Houthi movement",
           ["Coalition spokesman Turki al-Maliki said in a statement that the coalition had targeted \"legitimate military targets\" belonging to the Iran-aligned Houthi movement"]),
        CL("Saudi-led coalition", "Saudi-led coalition", "asserts", "The coalition carried out strikes on Houthi drone sites in Sanaa",
           ["The coalition later said it had also carried out strikes on Houthi drone sites in Sanaa"]),
        CL("Houthis", "Houthis", "asserts", "The Houthis carried out a drone attack on Saudi Arabia's Abha airport",
           ["The Houthis claimed responsibility for a drone attack on Saudi Arabia's Abha airport last week"]),
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
