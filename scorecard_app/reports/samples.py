"""Sample cycles written in each language, built through the real store.

Used by the printables' tests, the review images in docs/printables and the benchmarks: every
text a facilitator would type (facility, groups, indicators, reasons, actions) is in the
cycle's own language, so a printable can be checked for both its fixed and its typed text.
Reasons carry no final full stop: a test can then find them in right-to-left extracted text.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from scorecard_app.core import entities as e
from scorecard_app.core.stages import STAGE_CODES


@dataclass(frozen=True)
class SampleText:
    facility: str
    community: str
    groups: tuple[str, str, str, str, str]  # women, men, youth, elders, provider staff
    indicators: tuple[str, ...]  # ten
    reasons: tuple[str, ...]  # ten, one per indicator
    suggestions: tuple[str, ...]  # five
    inputs: tuple[tuple[str, str, str], ...]  # (item, unit, source)
    actions: tuple[tuple[str, str, str], ...]  # (what, responsible, institution)


TEXTS: dict[str, SampleText] = {
    "en": SampleText(
        "Riverside Health Centre",
        "Northern Region › Lakeside District › Green Hill Village",
        ("Women", "Men", "Youth", "Elders", "Health centre staff"),
        (
            "Waiting time before a patient is seen",
            "Staff treat every patient with respect",
            "Medicines are available when needed",
            "Health centre opens at the posted hours",
            "Toilets and rooms are clean every day",
            "Fees are posted and no informal payments",
            "Safe delivery care for mothers at night",
            "Emergency care is available at night",
            "Midwife lives close to the health centre",
            "Clean drinking water for all patients",
        ),
        (
            "We wait half a day with small children",
            "Some staff shout at old people",
            "Paracetamol often runs out at month end",
            "Often closed on market days",
            "Floors are swept but toilets are dirty",
            "People are asked for money for the card",
            "Mothers are referred late at night",
            "Nobody answers the door at night",
            "The midwife lives in town far away",
            "The water tank is empty in the dry season",
        ),
        (
            "Give numbered tickets in the morning",
            "Hold a customer care training for staff",
            "Report stock outs to the district every week",
            "Post opening hours on the door",
            "Make a cleaning roster with the committee",
        ),
        (
            ("Nurses on duty", "people", "National staffing norm"),
            ("Paracetamol tablets", "boxes per month", "District drug list"),
            ("Opening hours", "hours per day", "Facility charter"),
        ),
        (
            ("Introduce numbered tickets and a queue board", "Head nurse", "Health centre"),
            ("Weekly stock report to the district pharmacy", "Pharmacist", "Health centre"),
            ("Post official fees at the entrance", "Health committee", "Commune"),
            ("Repair the staff house for the midwife", "Commune chief", "Commune council"),
        ),
    ),
    "vi": SampleText(
        "Trạm Y tế xã Bờ Sông",
        "Miền Bắc › Huyện Hồ › Thôn Đồi Xanh",
        ("Phụ nữ", "Nam giới", "Thanh niên", "Người cao tuổi", "Nhân viên trạm y tế"),
        (
            "Thời gian chờ trước khi được khám bệnh",
            "Nhân viên tôn trọng mọi bệnh nhân",
            "Thuốc luôn có sẵn khi cần thiết",
            "Trạm y tế mở cửa đúng giờ đã niêm yết",
            "Nhà vệ sinh và phòng khám sạch sẽ hằng ngày",
            "Niêm yết phí và không có khoản thu ngoài",
            "Chăm sóc sinh nở an toàn vào ban đêm",
            "Có cấp cứu vào ban đêm",
            "Nữ hộ sinh sống gần trạm y tế",
            "Nước uống sạch cho mọi bệnh nhân",
        ),
        (
            "Chúng tôi phải chờ nửa ngày với con nhỏ",
            "Một số nhân viên quát người già",
            "Thuốc hạ sốt thường hết vào cuối tháng",
            "Thường đóng cửa vào ngày họp chợ",
            "Sàn nhà được quét nhưng nhà vệ sinh bẩn",
            "Người dân bị đòi tiền làm thẻ",
            "Sản phụ bị chuyển viện muộn vào ban đêm",
            "Ban đêm không ai trả lời",
            "Nữ hộ sinh sống ở thị trấn rất xa",
            "Bể nước cạn vào mùa khô",
        ),
        (
            "Phát số thứ tự vào buổi sáng",
            "Tập huấn giao tiếp cho nhân viên",
            "Báo cáo thiếu thuốc lên huyện hằng tuần",
            "Dán giờ mở cửa lên cửa ra vào",
            "Lập lịch dọn vệ sinh cùng ban y tế",
        ),
        (
            ("Y tá trực", "người", "Định mức nhân lực quốc gia"),
            ("Thuốc hạ sốt", "hộp mỗi tháng", "Danh mục thuốc của huyện"),
            ("Giờ mở cửa", "giờ mỗi ngày", "Quy chế trạm y tế"),
        ),
        (
            ("Phát số thứ tự và đặt bảng xếp hàng", "Điều dưỡng trưởng", "Trạm y tế"),
            ("Báo cáo tồn kho thuốc hằng tuần lên huyện", "Dược sĩ", "Trạm y tế"),
            ("Niêm yết mức phí chính thức ở cổng", "Ban y tế xã", "Ủy ban xã"),
            ("Sửa nhà công vụ cho nữ hộ sinh", "Chủ tịch xã", "Hội đồng nhân dân xã"),
        ),
    ),
    "et": SampleText(
        "Jõeäärse tervisekeskus",
        "Põhja maakond › Järve vald › Rohelise Mäe küla",
        ("Naised", "Mehed", "Noored", "Eakad", "Tervisekeskuse töötajad"),
        (
            "Ootamise aeg enne arsti vastuvõttu",
            "Töötajad kohtlevad kõiki patsiente lugupidavalt",
            "Ravimid on vajadusel saadaval",
            "Tervisekeskus on avatud väljakuulutatud aegadel",
            "Tualetid ja ruumid on iga päev puhtad",
            "Tasud on välja pandud ja mitteametlikke makseid pole",
            "Ohutu sünnitusabi emadele öösel",
            "Erakorraline abi on öösel saadaval",
            "Ämmaemand elab tervisekeskuse lähedal",
            "Puhas joogivesi kõigile patsientidele",
        ),
        (
            "Ootame väikeste lastega pool päeva",
            "Mõned töötajad karjuvad eakate peale",
            "Valuvaigisti saab kuu lõpus sageli otsa",
            "Turupäevadel on sageli suletud",
            "Põrandad on pühitud aga tualetid on mustad",
            "Kaardi eest küsitakse inimestelt raha",
            "Emad suunatakse öösel edasi liiga hilja",
            "Öösel ei vasta keegi",
            "Ämmaemand elab kaugel linnas",
            "Veepaak on põuaajal tühi",
        ),
        (
            "Jagada hommikul järjekorranumbreid",
            "Korraldada töötajatele klienditeeninduse koolitus",
            "Teatada ravimite puudusest igal nädalal vallale",
            "Panna lahtiolekuajad uksele",
            "Koostada koos komiteega koristusgraafik",
        ),
        (
            ("Valves olevad õed", "inimest", "Riiklik personalinorm"),
            ("Valuvaigisti tabletid", "karpi kuus", "Valla ravimite nimekiri"),
            ("Lahtiolekuajad", "tundi päevas", "Tervisekeskuse põhimäärus"),
        ),
        (
            ("Võtta kasutusele järjekorranumbrid ja tahvel", "Vanemõde", "Tervisekeskus"),
            ("Iganädalane laoaruanne valla apteegile", "Proviisor", "Tervisekeskus"),
            ("Panna ametlikud tasud sissepääsu juurde", "Tervisekomitee", "Vald"),
            ("Remontida ämmaemanda ametimaja", "Vallavanem", "Vallavolikogu"),
        ),
    ),
    "mk": SampleText(
        "Здравствен дом Крајречје",
        "Северен регион › Езерска општина › Село Зелен Рид",
        ("Жени", "Мажи", "Млади", "Постари лица", "Персонал на здравствениот дом"),
        (
            "Време на чекање пред прегледот",
            "Персоналот ги почитува сите пациенти",
            "Лековите се достапни кога се потребни",
            "Здравствениот дом работи во објавеното време",
            "Тоалетите и просториите се чисти секој ден",
            "Цените се објавени и нема неформални плаќања",
            "Безбедно породување за мајките ноќе",
            "Итна помош е достапна ноќе",
            "Бабицата живее близу до здравствениот дом",
            "Чиста вода за пиење за сите пациенти",
        ),
        (
            "Чекаме половина ден со мали деца",
            "Некои вработени викаат на старите луѓе",
            "Парацетамолот често снемува на крајот од месецот",
            "Често е затворено на пазарни денови",
            "Подовите се метат но тоалетите се валкани",
            "Од луѓето се бараат пари за картонот",
            "Мајките доцна се упатуваат ноќе",
            "Ноќе никој не одговара",
            "Бабицата живее далеку во градот",
            "Резервоарот за вода е празен во сушниот период",
        ),
        (
            "Да се делат броеви за редот наутро",
            "Обука за однос кон пациентите за персоналот",
            "Секоја недела да се пријавува недостиг од лекови",
            "Работното време да се истакне на вратата",
            "Распоред за чистење заедно со комитетот",
        ),
        (
            ("Дежурни медицински сестри", "лица", "Национален норматив за кадар"),
            ("Таблети парацетамол", "кутии месечно", "Листа на лекови на општината"),
            ("Работно време", "часа дневно", "Статут на здравствениот дом"),
        ),
        (
            ("Воведување броеви за редот и табла", "Главна сестра", "Здравствен дом"),
            ("Неделен извештај за залихите до аптеката", "Фармацевт", "Здравствен дом"),
            ("Истакнување на официјалните цени на влезот", "Здравствен комитет", "Општина"),
            ("Поправка на службениот стан за бабицата", "Градоначалник", "Совет на општината"),
        ),
    ),
    "he": SampleText(
        "מרפאת שפת הנהר",
        "מחוז הצפון › מועצת האגם › כפר הגבעה הירוקה",
        ("נשים", "גברים", "צעירים", "קשישים", "צוות המרפאה"),
        (
            "זמן ההמתנה עד שמטופל נבדק",
            "הצוות מתייחס בכבוד לכל מטופל",
            "תרופות זמינות כשצריך אותן",
            "המרפאה פתוחה בשעות שפורסמו",
            "השירותים והחדרים נקיים בכל יום",
            "המחירים מפורסמים ואין תשלומים לא רשמיים",
            "טיפול בטוח ביולדות בלילה",
            "טיפול חירום זמין בלילה",
            "המיילדת גרה קרוב למרפאה",
            "מי שתייה נקיים לכל המטופלים",
        ),
        (
            "אנחנו מחכים חצי יום עם ילדים קטנים",
            "חלק מהצוות צועק על אנשים מבוגרים",
            "משככי כאבים נגמרים לעתים קרובות בסוף החודש",
            "לעתים קרובות סגור בימי שוק",
            "הרצפות נקיות אבל השירותים מלוכלכים",
            "מבקשים מאנשים כסף עבור הכרטיס",
            "יולדות מופנות מאוחר בלילה",
            "בלילה אף אחד לא עונה",
            "המיילדת גרה בעיר רחוק מכאן",
            "מיכל המים ריק בעונה היבשה",
        ),
        (
            "לחלק מספרי תור בבוקר",
            "לקיים הדרכה בשירות לקוחות לצוות",
            "לדווח למחוז על חוסר בתרופות בכל שבוע",
            "לתלות את שעות הפתיחה על הדלת",
            "לקבוע תורנות ניקיון עם הוועד",
        ),
        (
            ("אחיות במשמרת", "אנשים", "תקן כוח אדם ארצי"),
            ("טבליות משכך כאבים", "קופסאות בחודש", "רשימת התרופות של המחוז"),
            ("שעות פתיחה", "שעות ביום", "תקנון המרפאה"),
        ),
        (
            ("להנהיג מספרי תור ולוח המתנה", "האחות הראשית", "המרפאה"),
            ("דוח מלאי שבועי לבית המרקחת המחוזי", "הרוקח", "המרפאה"),
            ("לפרסם את המחירים הרשמיים בכניסה", "ועד הבריאות", "המועצה"),
            ("לשפץ את בית הצוות עבור המיילדת", "ראש המועצה", "מליאת המועצה"),
        ),
    ),
    "lv": SampleText(
        "Upmalas veselības centrs",
        "Ziemeļu reģions › Ezera novads › Zaļkalna ciems",
        ("Sievietes", "Vīrieši", "Jaunieši", "Seniori", "Veselības centra darbinieki"),
        (
            "Gaidīšanas laiks līdz ārsta apskatei",
            "Darbinieki izturas pret visiem pacientiem ar cieņu",
            "Zāles ir pieejamas, kad tās vajadzīgas",
            "Veselības centrs ir atvērts norādītajā laikā",
            "Tualetes un telpas ir tīras katru dienu",
            "Maksas ir izliktas un nav neoficiālu maksājumu",
            "Droša dzemdību palīdzība māmiņām naktī",
            "Neatliekamā palīdzība ir pieejama naktī",
            "Vecmāte dzīvo netālu no veselības centra",
            "Tīrs dzeramais ūdens visiem pacientiem",
        ),
        (
            "Mēs gaidām pusi dienas ar maziem bērniem",
            "Daži darbinieki kliedz uz veciem cilvēkiem",
            "Pretsāpju zāles bieži beidzas mēneša beigās",
            "Tirgus dienās bieži ir slēgts",
            "Grīdas ir noslaucītas bet tualetes ir netīras",
            "Cilvēkiem prasa naudu par karti",
            "Māmiņas naktī tiek nosūtītas par vēlu",
            "Naktī neviens neatbild",
            "Vecmāte dzīvo tālu pilsētā",
            "Sausajā sezonā ūdens tvertne ir tukša",
        ),
        (
            "Dalīt rindas numurus no rīta",
            "Rīkot darbiniekiem klientu apkalpošanas apmācību",
            "Katru nedēļu ziņot novadam par zāļu trūkumu",
            "Izlikt darba laiku uz durvīm",
            "Kopā ar komiteju sastādīt uzkopšanas grafiku",
        ),
        (
            ("Dežurējošās māsas", "cilvēki", "Valsts personāla norma"),
            ("Pretsāpju tabletes", "kastītes mēnesī", "Novada zāļu saraksts"),
            ("Darba laiks", "stundas dienā", "Veselības centra nolikums"),
        ),
        (
            ("Ieviest rindas numurus un rindas tāfeli", "Virsmāsa", "Veselības centrs"),
            ("Iknedēļas krājumu atskaite novada aptiekai", "Farmaceits", "Veselības centrs"),
            ("Izlikt oficiālās maksas pie ieejas", "Veselības komiteja", "Novads"),
            ("Saremontēt dienesta māju vecmātei", "Novada vadītājs", "Novada dome"),
        ),
    ),
}

GROUP_TYPES = ("women", "men", "youth", "elders", "staff")
# The library's symbols for the ten sample indicators (waiting, respect, medicines, …).
PICTOGRAMS = (
    "clock",
    "handshake",
    "pills",
    "door",
    "broom",
    "coins",
    "mother-baby",
    "ambulance",
    "woman",
    "droplet",
)


def indicator_names(lang: str, count: int = 10, length: int | None = None) -> list[str]:
    """count indicator names. Beyond ten, names repeat with a number. With length, each name
    is lengthened with whole words from the next names to at most that many characters (the
    longest reach it), to try layouts with long names."""
    base = TEXTS[lang].indicators
    out = []
    for n in range(count):
        name = base[n % len(base)]
        if n >= len(base):
            name = f"{name} {n // len(base) + 1}"
        if length:
            words = " ".join(base[(n + k) % len(base)] for k in range(1, 4)).split()
            for word in words:
                if len(name) + 1 + len(word) > length:
                    break
                name = f"{name} {word}"
            name = name[:length]
        out.append(name)
    return out


def build_sample_cycle(
    store,
    lang: str,
    *,
    indicators: int = 10,
    name_length: int | None = None,
    groups: int = 4,
    per_group: int = 8,
    round_no: int = 1,
    previous_id: str | None = None,
    seed: int = 7,
    today: date | None = None,
) -> str:
    """Write one complete cycle in `lang` (every stage done) and return its id.

    With previous_id, the new cycle is the next round of that one (same indicators, for
    trends). groups counts community groups (cycling through the five sample names); one
    provider group is always added.
    """
    t = TEXTS[lang]
    rnd = random.Random(seed + round_no)
    today = today or date.today()
    start = today - timedelta(days=40)
    with store.transaction():
        if previous_id is None:
            facility = e.Facility(t.facility, sector="health", code="HC-7")
            cycle = e.Cycle(
                facility.id,
                t.community,
                round_no=round_no,
                scale_code="faces5",
                scoring_mode="both",
                language=lang,
                lead_facilitator="Mai Nguyen",
                next_review=(today + timedelta(days=90)).isoformat(),
            )
            store.create_cycle(cycle, facility)
            for n, text in enumerate(indicator_names(lang, indicators, name_length)):
                store.add(
                    e.Indicator(
                        cycle.id,
                        text,
                        code=f"S{n:02d}",
                        pictogram=PICTOGRAMS[n % len(PICTOGRAMS)],
                        position=n,
                    )
                )
        else:
            cycle = store.start_next_round(
                previous_id, next_review=(today + timedelta(days=90)).isoformat()
            )
        cid = cycle.id
        for n, stage in enumerate(STAGE_CODES):
            planned = (start + timedelta(days=3 * n)).isoformat()
            actual = (start + timedelta(days=3 * n + n % 2)).isoformat()
            store.set_stage_date(cid, stage, planned=planned, actual=actual)
        data = store.load_cycle(cid)
        inds = data.indicators
        made = []
        for g in range(groups):
            name = t.groups[g % 4] + (f" {g // 4 + 1}" if g >= 4 else "")
            made.append(
                store.add(e.Group(cid, name, kind="community", type=GROUP_TYPES[g % 4], position=g))
            )
        provider = store.add(
            e.Group(cid, t.groups[4], kind="provider", type="staff", position=groups)
        )
        number = 1
        for g in made:
            for _ in range(per_group):
                p = e.Participant(
                    cid,
                    g.id,
                    number,
                    age_band=rnd.choice(e.AGE_BANDS),
                    gender="female" if g.type == "women" else rnd.choice(("female", "male")),
                    disability=rnd.random() < 0.1,
                    minority=rnd.random() < 0.2,
                    poor=rnd.random() < 0.3,
                )
                p.youth = p.age_band in e.YOUTH_AGE_BANDS
                store.add(p)
                number += 1
                for ind in inds:
                    store.add(e.Vote(cid, p.id, ind.id, float(rnd.randint(1, 5))))
        for k, ind in enumerate(inds):
            for g in made:
                store.add(
                    e.Score(
                        cid,
                        g.id,
                        ind.id,
                        value=float(1 + (k + g.position + round_no) % 5),
                        reason=t.reasons[k % len(t.reasons)],
                        suggestion=t.suggestions[k % len(t.suggestions)],
                    )
                )
            store.add(e.Score(cid, provider.id, ind.id, value=float(3 + k % 3)))
        for n, (item, unit, source) in enumerate(t.inputs):
            store.add(
                e.InputItem(
                    cid, item, unit, 4.0 + n, source, actual=2.0 + n, position=n, remarks=""
                )
            )
        for k, text in enumerate(t.reasons[:5]):
            store.add(e.Issue(cid, made[k % len(made)].id, text, votes=9 - k))
        store.add(
            e.InterfaceMeeting(
                cid,
                held_on=(start + timedelta(days=21)).isoformat(),
                venue=t.facility,
                officials=["Commune chair"],
                community_attendees=20,
                provider_attendees=4,
            )
        )
        for k, (what, who, where) in enumerate(t.actions):
            due = today + timedelta(days=30 * (k - 1))  # the first one is already overdue
            a = store.add(
                e.Action(
                    cid,
                    what,
                    indicator_id=inds[k % len(inds)].id,
                    responsible=who,
                    institution=where,
                    due=due.isoformat(),
                    resources="",
                    escalated=k == 3,
                    priority=("high", "medium", "low", "high")[k],
                )
            )
            if k == 1:
                store.add(e.ActionUpdate(a.id, today.isoformat(), "in_progress", t.suggestions[2]))
                store.update(e.Action, a.id, status="in_progress")
    return cid
