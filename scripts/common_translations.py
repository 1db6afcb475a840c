"""Fill the common_<lang>.ts catalogues (printables + core) from the table below.

Run after `pyside6-lupdate` has added new source strings:
    python scripts/common_translations.py            # fill, then compile .qm with pyside6-lrelease
    python scripts/common_translations.py --check    # exit 1 if any entry is missing or unfinished

A translation already in a .ts file is kept unless this table has one for it. The table is the
translators' first pass; later fixes may be made in Qt Linguist directly.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
LANGS = ("vi", "et", "mk", "he", "lv")

# (context, English) -> (vi, et, mk, he, lv)
T: dict[tuple[str, str], tuple[str, str, str, str, str]] = {}


def add(context: str, rows: list[tuple[str, str, str, str, str, str]]) -> None:
    for src, *tr in rows:
        T[(context, src)] = tuple(tr)  # type: ignore[assignment]


add(
    "Scale",
    [
        ("Very bad", "Rất tệ", "Väga halb", "Многу лошо", "גרוע מאוד", "Ļoti slikti"),
        ("Bad", "Tệ", "Halb", "Лошо", "גרוע", "Slikti"),
        ("Acceptable", "Chấp nhận được", "Rahuldav", "Прифатливо", "סביר", "Pieņemami"),
        ("Good", "Tốt", "Hea", "Добро", "טוב", "Labi"),
        ("Very good", "Rất tốt", "Väga hea", "Многу добро", "טוב מאוד", "Ļoti labi"),
        (
            "1–5 with faces",
            "1–5 với hình mặt",
            "1–5 nägudega",
            "1–5 со лица",
            "1–5 עם פרצופים",
            "1–5 ar sejiņām",
        ),
        ("1–10", "1–10", "1–10", "1–10", "1–10", "1–10"),
        ("0–100", "0–100", "0–100", "0–100", "0–100", "0–100"),
    ],
)

add(
    "Stage",
    [
        ("Setup", "Thiết lập", "Ettevalmistus", "Подготовка", "הגדרה", "Sagatavošana"),
        ("Participants", "Người tham gia", "Osalejad", "Учесници", "משתתפים", "Dalībnieki"),
        (
            "Input tracking",
            "Theo dõi đầu vào",
            "Sisendite jälgimine",
            "Следење на влезните ресурси",
            "מעקב תשומות",
            "Resursu uzskaite",
        ),
        ("Issues", "Vấn đề", "Probleemid", "Проблеми", "נושאים", "Problēmas"),
        ("Indicators", "Chỉ số", "Näitajad", "Индикатори", "מדדים", "Rādītāji"),
        (
            "Community scoring",
            "Cộng đồng chấm điểm",
            "Kogukonna hindamine",
            "Оценување од заедницата",
            "ציון הקהילה",
            "Kopienas vērtējums",
        ),
        (
            "Provider self-evaluation",
            "Bên cung cấp tự đánh giá",
            "Teenuseosutaja enesehindamine",
            "Самооценување на давателот",
            "הערכה עצמית של נותן השירות",
            "Pakalpojuma sniedzēja pašnovērtējums",
        ),
        (
            "Interface meeting",
            "Cuộc họp đối thoại",
            "Ühiskohtumine",
            "Заедничка средба",
            "מפגש ממשק",
            "Kopīgā sanāksme",
        ),
        (
            "Action plan",
            "Kế hoạch hành động",
            "Tegevuskava",
            "Акциски план",
            "תוכנית פעולה",
            "Rīcības plāns",
        ),
        ("Follow-up", "Theo dõi", "Järeltegevus", "Следење", "מעקב", "Turpmākā uzraudzība"),
    ],
)

add(
    "Vocabulary",
    [
        (
            "Health centre",
            "Trạm y tế",
            "Tervisekeskus",
            "Здравствен дом",
            "מרפאה",
            "Veselības centrs",
        ),
        (
            "Primary school",
            "Trường tiểu học",
            "Algkool",
            "Основно училиште",
            "בית ספר יסודי",
            "Sākumskola",
        ),
        (
            "Water point",
            "Điểm cấp nước",
            "Veevõtukoht",
            "Водна точка",
            "נקודת מים",
            "Ūdens ņemšanas vieta",
        ),
        (
            "Local administration office",
            "Ủy ban xã",
            "Kohalik omavalitsus",
            "Локална администрација",
            "משרד הרשות המקומית",
            "Pašvaldības birojs",
        ),
        ("Community", "Cộng đồng", "Kogukond", "Заедница", "קהילה", "Kopiena"),
        (
            "Service provider",
            "Bên cung cấp dịch vụ",
            "Teenuseosutaja",
            "Давател на услуги",
            "נותן השירות",
            "Pakalpojuma sniedzējs",
        ),
        ("Women", "Phụ nữ", "Naised", "Жени", "נשים", "Sievietes"),
        ("Men", "Nam giới", "Mehed", "Мажи", "גברים", "Vīrieši"),
        ("Youth", "Thanh niên", "Noored", "Млади", "צעירים", "Jaunieši"),
        ("Elders", "Người cao tuổi", "Eakad", "Постари лица", "קשישים", "Seniori"),
        (
            "People with disabilities",
            "Người khuyết tật",
            "Puudega inimesed",
            "Лица со попреченост",
            "אנשים עם מוגבלות",
            "Cilvēki ar invaliditāti",
        ),
        ("Staff", "Nhân viên", "Töötajad", "Персонал", "צוות", "Darbinieki"),
        ("Other", "Khác", "Muu", "Друго", "אחר", "Cits"),
        (
            "Group consensus",
            "Nhóm đồng thuận",
            "Rühma ühisotsus",
            "Консензус на групата",
            "הסכמה קבוצתית",
            "Grupas vienošanās",
        ),
        (
            "Individual votes",
            "Bỏ phiếu cá nhân",
            "Individuaalsed hääled",
            "Поединечни гласови",
            "הצבעות אישיות",
            "Individuālās balsis",
        ),
        ("Both", "Cả hai", "Mõlemad", "Двете", "שניהם", "Abi"),
        ("In progress", "Đang thực hiện", "Pooleli", "Во тек", "בתהליך", "Procesā"),
        ("Complete", "Hoàn thành", "Lõpetatud", "Завршено", "הושלם", "Pabeigts"),
        ("Not started", "Chưa bắt đầu", "Alustamata", "Не е започнато", "טרם התחיל", "Nav sākts"),
        ("Done", "Đã xong", "Tehtud", "Готово", "בוצע", "Izdarīts"),
        ("Dropped", "Đã bỏ", "Loobutud", "Откажано", "בוטל", "Atcelts"),
        ("Blocked", "Bị vướng", "Takistatud", "Блокирано", "תקוע", "Bloķēts"),
        ("Female", "Nữ", "Naine", "Женски", "אישה", "Sieviete"),
        ("Male", "Nam", "Mees", "Машки", "גבר", "Vīrietis"),
        ("High", "Cao", "Kõrge", "Висок", "גבוהה", "Augsta"),
        ("Medium", "Trung bình", "Keskmine", "Среден", "בינונית", "Vidēja"),
        ("Low", "Thấp", "Madal", "Низок", "נמוכה", "Zema"),
    ],
)

add(
    "Checks",
    [
        (
            "The facility has no name.",
            "Cơ sở chưa có tên.",
            "Asutusel pole nime.",
            "Установата нема име.",
            "למוסד אין שם.",
            "Iestādei nav nosaukuma.",
        ),
        (
            "The community's location is empty.",
            "Chưa nhập địa bàn của cộng đồng.",
            "Kogukonna asukoht on tühi.",
            "Локацијата на заедницата е празна.",
            "מיקום הקהילה ריק.",
            "Kopienas atrašanās vieta nav norādīta.",
        ),
        (
            "No lead facilitator is named.",
            "Chưa có tên điều phối viên chính.",
            "Juhtivat läbiviijat pole nimetatud.",
            "Не е наведен главен фасилитатор.",
            "לא צוין מנחה ראשי.",
            "Nav norādīts galvenais vadītājs.",
        ),
        (
            "There is no community group.",
            "Chưa có nhóm cộng đồng nào.",
            "Kogukonna rühma pole.",
            "Нема група од заедницата.",
            "אין קבוצה של הקהילה.",
            "Nav nevienas kopienas grupas.",
        ),
        (
            "There is no service provider group.",
            "Chưa có nhóm bên cung cấp dịch vụ.",
            "Teenuseosutajate rühma pole.",
            "Нема група на давателот на услуги.",
            "אין קבוצה של נותן השירות.",
            "Nav pakalpojuma sniedzēju grupas.",
        ),
        (
            "The {group} group has no participants.",
            "Nhóm {group} chưa có người tham gia.",
            "Rühmas {group} pole osalejaid.",
            "Групата {group} нема учесници.",
            "בקבוצה {group} אין משתתפים.",
            "Grupā {group} nav dalībnieku.",
        ),
        (
            "No input items are tracked yet.",
            "Chưa theo dõi đầu vào nào.",
            "Ühtegi sisendit veel ei jälgita.",
            "Сè уште не се следат влезни ресурси.",
            "עדיין אין תשומות במעקב.",
            "Vēl netiek uzskaitīts neviens resurss.",
        ),
        (
            "Input '{item}' has no actual value.",
            "Đầu vào '{item}' chưa có giá trị thực tế.",
            "Sisendil '{item}' pole tegelikku väärtust.",
            "Влезниот ресурс '{item}' нема вистинска вредност.",
            "לתשומה '{item}' אין ערך בפועל.",
            "Resursam '{item}' nav faktiskās vērtības.",
        ),
        (
            "No issues have been raised yet.",
            "Chưa có vấn đề nào được nêu.",
            "Ühtegi probleemi pole veel tõstatatud.",
            "Сè уште не се покренати проблеми.",
            "עדיין לא הועלו נושאים.",
            "Vēl nav izvirzīta neviena problēma.",
        ),
        (
            "No indicators have been chosen yet.",
            "Chưa chọn chỉ số nào.",
            "Ühtegi näitajat pole veel valitud.",
            "Сè уште не се избрани индикатори.",
            "עדיין לא נבחרו מדדים.",
            "Vēl nav izvēlēts neviens rādītājs.",
        ),
        (
            "Indicator '{indicator}' has no score from the {group} group.",
            "Chỉ số '{indicator}' chưa có điểm của nhóm {group}.",
            "Näitajal '{indicator}' pole rühma {group} hinnet.",
            "Индикаторот '{indicator}' нема оценка од групата {group}.",
            "למדד '{indicator}' אין ציון מהקבוצה {group}.",
            "Rādītājam '{indicator}' nav grupas {group} vērtējuma.",
        ),
        (
            "The interface meeting has no date.",
            "Cuộc họp đối thoại chưa có ngày.",
            "Ühiskohtumisel pole kuupäeva.",
            "Заедничката средба нема датум.",
            "למפגש הממשק אין תאריך.",
            "Kopīgajai sanāksmei nav datuma.",
        ),
        (
            "No officials are recorded at the interface meeting.",
            "Chưa ghi nhận cán bộ nào dự cuộc họp đối thoại.",
            "Ühiskohtumisel ei ole ühtegi ametnikku kirja pandud.",
            "Не се запишани службени лица на заедничката средба.",
            "לא נרשמו נציגי רשויות במפגש הממשק.",
            "Kopīgajā sanāksmē nav reģistrēta neviena amatpersona.",
        ),
        (
            "The action plan has no actions.",
            "Kế hoạch hành động chưa có hoạt động nào.",
            "Tegevuskavas pole tegevusi.",
            "Акцискиот план нема активности.",
            "בתוכנית הפעולה אין פעולות.",
            "Rīcības plānā nav nevienas darbības.",
        ),
        (
            "Action '{action}' has nobody responsible.",
            "Hoạt động '{action}' chưa có người phụ trách.",
            "Tegevusel '{action}' pole vastutajat.",
            "Активноста '{action}' нема одговорно лице.",
            "לפעולה '{action}' אין אחראי.",
            "Darbībai '{action}' nav atbildīgā.",
        ),
        (
            "Action '{action}' has no due date.",
            "Hoạt động '{action}' chưa có hạn hoàn thành.",
            "Tegevusel '{action}' pole tähtaega.",
            "Активноста '{action}' нема рок.",
            "לפעולה '{action}' אין תאריך יעד.",
            "Darbībai '{action}' nav termiņa.",
        ),
        (
            "No follow-up has been recorded for any action.",
            "Chưa ghi nhận theo dõi cho hoạt động nào.",
            "Ühegi tegevuse kohta pole järeltegevust kirja pandud.",
            "Не е запишано следење за ниту една активност.",
            "לא נרשם מעקב לאף פעולה.",
            "Nevienai darbībai nav reģistrēta uzraudzība.",
        ),
        (
            "There is no women's group.",
            "Chưa có nhóm phụ nữ.",
            "Naiste rühma pole.",
            "Нема група на жени.",
            "אין קבוצת נשים.",
            "Nav sieviešu grupas.",
        ),
        (
            "There is no youth group.",
            "Chưa có nhóm thanh niên.",
            "Noorte rühma pole.",
            "Нема група на млади.",
            "אין קבוצת צעירים.",
            "Nav jauniešu grupas.",
        ),
        (
            "Women are {percent}% of participants.",
            "Phụ nữ chiếm {percent}% số người tham gia.",
            "Naisi on osalejatest {percent}%.",
            "Жените се {percent}% од учесниците.",
            "נשים הן {percent}% מהמשתתפים.",
            "Sievietes ir {percent}% no dalībniekiem.",
        ),
        (
            "No participant with a disability is recorded.",
            "Chưa ghi nhận người tham gia nào bị khuyết tật.",
            "Ühtegi puudega osalejat pole kirja pandud.",
            "Не е запишан ниту еден учесник со попреченост.",
            "לא נרשם אף משתתף עם מוגבלות.",
            "Nav reģistrēts neviens dalībnieks ar invaliditāti.",
        ),
        (
            "No young participant is recorded.",
            "Chưa ghi nhận người tham gia trẻ tuổi nào.",
            "Ühtegi noort osalejat pole kirja pandud.",
            "Не е запишан ниту еден млад учесник.",
            "לא נרשם אף משתתף צעיר.",
            "Nav reģistrēts neviens jauns dalībnieks.",
        ),
    ],
)

add(
    "Printables",
    [
        ("Date", "Ngày", "Kuupäev", "Датум", "תאריך", "Datums"),
        ("Facilitator", "Điều phối viên", "Läbiviija", "Фасилитатор", "מנחה", "Vadītājs"),
        (
            "Score sheet",
            "Phiếu chấm điểm",
            "Hindamisleht",
            "Лист за оценување",
            "דף ציונים",
            "Vērtēšanas lapa",
        ),
        ("No.", "STT", "Nr", "Бр.", "מס׳", "Nr."),
        ("Indicator", "Chỉ số", "Näitaja", "Индикатор", "מדד", "Rādītājs"),
        ("Score", "Điểm", "Hinne", "Оценка", "ציון", "Vērtējums"),
        ("Reason", "Lý do", "Põhjus", "Причина", "סיבה", "Iemesls"),
        ("Suggestion", "Đề xuất", "Ettepanek", "Предлог", "הצעה", "Ierosinājums"),
        ("Ballot", "Phiếu bầu", "Hääletussedel", "Гласачко ливче", "פתק הצבעה", "Vēlēšanu zīme"),
        (
            "Participant number",
            "Số người tham gia",
            "Osaleja number",
            "Број на учесникот",
            "מספר משתתף",
            "Dalībnieka numurs",
        ),
        ("Group", "Nhóm", "Rühm", "Група", "קבוצה", "Grupa"),
        (
            "Circle one face for each indicator. Do not write your name.",
            "Khoanh một hình mặt cho mỗi chỉ số. Không ghi tên của bạn.",
            "Tehke iga näitaja juures ring ümber ühe näo. Ärge kirjutage oma nime.",
            "Заокружете едно лице за секој индикатор. Не го пишувајте своето име.",
            "הקיפו פרצוף אחד לכל מדד. אל תכתבו את שמכם.",
            "Katram rādītājam apvelciet vienu sejiņu. Nerakstiet savu vārdu.",
        ),
        (
            "Your score",
            "Điểm của bạn",
            "Teie hinne",
            "Вашата оценка",
            "הציון שלך",
            "Jūsu vērtējums",
        ),
        (
            "Tally sheet",
            "Phiếu kiểm đếm",
            "Loenduse leht",
            "Лист за броење",
            "דף ספירה",
            "Skaitīšanas lapa",
        ),
        (
            "Count the hands raised for each level and write the number.",
            "Đếm số người giơ tay cho mỗi mức và ghi số lượng.",
            "Loendage iga taseme juures tõstetud käed ja kirjutage arv.",
            "Избројте ги кренатите раце за секое ниво и запишете го бројот.",
            "ספרו את הידיים המורמות בכל רמה וכתבו את המספר.",
            "Saskaitiet paceltās rokas katram līmenim un ierakstiet skaitu.",
        ),
        ("Disability", "Khuyết tật", "Puue", "Попреченост", "מוגבלות", "Invaliditāte"),
        ("Minority", "Dân tộc thiểu số", "Vähemus", "Малцинство", "מיעוט", "Minoritāte"),
        ("Poor", "Hộ nghèo", "Vaene", "Сиромашен", "עני", "Trūcīgs"),
        ("Youth", "Thanh niên", "Noor", "Млад", "צעיר", "Jaunietis"),
        (
            "Attendance sheet",
            "Danh sách tham dự",
            "Osalejate nimekiri",
            "Листа на присутни",
            "דף נוכחות",
            "Apmeklējuma lapa",
        ),
        (
            "Gender: F, M or O. Age band: under 18, 18–24, 25–34, 35–49, 50–64, 65+. Tick what applies; the name is optional.",
            "Giới tính: F (nữ), M (nam) hoặc O (khác). Nhóm tuổi: dưới 18, 18–24, 25–34, 35–49, 50–64, 65+. Đánh dấu nếu đúng; không bắt buộc ghi tên.",
            "Sugu: F (naine), M (mees) või O (muu). Vanuserühm: alla 18, 18–24, 25–34, 35–49, 50–64, 65+. Märkige sobiv; nimi on vabatahtlik.",
            "Пол: F (женски), M (машки) или O (друго). Возраст: под 18, 18–24, 25–34, 35–49, 50–64, 65+. Штиклирајте што важи; името не е задолжително.",
            "מגדר: F (אישה), M (גבר) או O (אחר). קבוצת גיל: מתחת ל־18, 18–24, 25–34, 35–49, 50–64, 65+. סמנו את המתאים; השם אינו חובה.",
            "Dzimums: F (sieviete), M (vīrietis) vai O (cits). Vecuma grupa: līdz 18, 18–24, 25–34, 35–49, 50–64, 65+. Atzīmējiet atbilstošo; vārds nav obligāts.",
        ),
        (
            "Name (optional)",
            "Họ tên (không bắt buộc)",
            "Nimi (vabatahtlik)",
            "Име (не е задолжително)",
            "שם (רשות)",
            "Vārds (nav obligāts)",
        ),
        ("Gender", "Giới tính", "Sugu", "Пол", "מגדר", "Dzimums"),
        ("Age band", "Nhóm tuổi", "Vanuserühm", "Возраст", "קבוצת גיל", "Vecuma grupa"),
        (
            "Signature or thumbprint",
            "Chữ ký hoặc điểm chỉ",
            "Allkiri või sõrmejälg",
            "Потпис или отпечаток од прст",
            "חתימה או טביעת אצבע",
            "Paraksts vai pirksta nospiedums",
        ),
        (
            "Input tracking matrix",
            "Bảng theo dõi đầu vào",
            "Sisendite jälgimise tabel",
            "Матрица за следење на влезните ресурси",
            "טבלת מעקב תשומות",
            "Resursu uzskaites tabula",
        ),
        (
            "Input or service",
            "Đầu vào hoặc dịch vụ",
            "Sisend või teenus",
            "Ресурс или услуга",
            "תשומה או שירות",
            "Resurss vai pakalpojums",
        ),
        ("Unit", "Đơn vị", "Ühik", "Единица", "יחידה", "Mērvienība"),
        ("Entitlement", "Định mức", "Ettenähtud", "Право", "מגיע לפי התקן", "Pienākas"),
        (
            "Source of entitlement",
            "Căn cứ định mức",
            "Aluse allikas",
            "Извор на правото",
            "מקור הזכאות",
            "Tiesību avots",
        ),
        ("Actual", "Thực tế", "Tegelik", "Вистински", "בפועל", "Faktiski"),
        ("Gap", "Chênh lệch", "Vahe", "Разлика", "פער", "Starpība"),
        ("Remarks", "Ghi chú", "Märkused", "Забелешки", "הערות", "Piezīmes"),
        (
            "Issue prioritisation sheet",
            "Phiếu ưu tiên vấn đề",
            "Probleemide järjestamise leht",
            "Лист за приоритизација на проблеми",
            "דף תעדוף נושאים",
            "Problēmu prioritizēšanas lapa",
        ),
        (
            "Write each issue once. Everyone gives their votes; the issues with most votes become indicators.",
            "Mỗi vấn đề chỉ ghi một lần. Mọi người cùng bỏ phiếu; các vấn đề nhiều phiếu nhất sẽ trở thành chỉ số.",
            "Kirjutage iga probleem üks kord. Igaüks annab oma hääled; enim hääli saanud probleemidest saavad näitajad.",
            "Секој проблем запишете го еднаш. Сите гласаат; проблемите со најмногу гласови стануваат индикатори.",
            "כתבו כל נושא פעם אחת. כולם מצביעים; הנושאים עם הכי הרבה קולות הופכים למדדים.",
            "Katru problēmu ierakstiet vienreiz. Katrs balso; problēmas ar visvairāk balsīm kļūst par rādītājiem.",
        ),
        ("Issue", "Vấn đề", "Probleem", "Проблем", "נושא", "Problēma"),
        ("Raised by", "Người nêu", "Tõstatas", "Покренат од", "הועלה על ידי", "Izvirzīja"),
        ("Votes", "Số phiếu", "Hääled", "Гласови", "קולות", "Balsis"),
        ("Rank", "Thứ hạng", "Koht", "Ранг", "דירוג", "Vieta"),
        (
            "Service provider",
            "Bên cung cấp dịch vụ",
            "Teenuseosutaja",
            "Давател на услуги",
            "נותן השירות",
            "Pakalpojuma sniedzējs",
        ),
        (
            "Community representative",
            "Đại diện cộng đồng",
            "Kogukonna esindaja",
            "Претставник на заедницата",
            "נציג הקהילה",
            "Kopienas pārstāvis",
        ),
        (
            "Local official",
            "Cán bộ địa phương",
            "Kohalik ametnik",
            "Локален службеник",
            "נציג הרשות המקומית",
            "Pašvaldības amatpersona",
        ),
        ("Name", "Họ tên", "Nimi", "Име", "שם", "Vārds"),
        ("Signature", "Chữ ký", "Allkiri", "Потпис", "חתימה", "Paraksts"),
        ("Signatures", "Chữ ký", "Allkirjad", "Потписи", "חתימות", "Paraksti"),
        (
            "Action plan form",
            "Mẫu kế hoạch hành động",
            "Tegevuskava vorm",
            "Образец за акциски план",
            "טופס תוכנית פעולה",
            "Rīcības plāna veidlapa",
        ),
        (
            "Indicator or issue",
            "Chỉ số hoặc vấn đề",
            "Näitaja või probleem",
            "Индикатор или проблем",
            "מדד או נושא",
            "Rādītājs vai problēma",
        ),
        ("Action", "Hoạt động", "Tegevus", "Активност", "פעולה", "Darbība"),
        ("Responsible", "Người phụ trách", "Vastutaja", "Одговорен", "אחראי", "Atbildīgais"),
        ("Institution", "Cơ quan", "Asutus", "Институција", "גוף", "Iestāde"),
        ("Due date", "Hạn hoàn thành", "Tähtaeg", "Рок", "תאריך יעד", "Termiņš"),
        ("Resources", "Nguồn lực", "Vahendid", "Ресурси", "משאבים", "Resursi"),
        ("Priority", "Mức ưu tiên", "Tähtsus", "Приоритет", "עדיפות", "Prioritāte"),
        ("Round {n}", "Vòng {n}", "{n}. voor", "Круг {n}", "סבב {n}", "{n}. kārta"),
        (
            "Report for head office",
            "Báo cáo gửi văn phòng trung ương",
            "Aruanne peakontorile",
            "Извештај за централната канцеларија",
            "דוח למטה",
            "Ziņojums centrālajam birojam",
        ),
        ("Cycle", "Chu kỳ", "Tsükkel", "Циклус", "מחזור", "Cikls"),
        ("Facility", "Cơ sở", "Asutus", "Установа", "מוסד", "Iestāde"),
        ("Sector", "Lĩnh vực", "Valdkond", "Сектор", "תחום", "Nozare"),
        ("Community", "Cộng đồng", "Kogukond", "Заедница", "קהילה", "Kopiena"),
        ("Round", "Vòng", "Voor", "Круг", "סבב", "Kārta"),
        ("Scale", "Thang điểm", "Skaala", "Скала", "סולם", "Skala"),
        (
            "Scoring",
            "Cách chấm điểm",
            "Hindamisviis",
            "Начин на оценување",
            "אופן מתן ציון",
            "Vērtēšanas veids",
        ),
        ("Language", "Ngôn ngữ", "Keel", "Јазик", "שפה", "Valoda"),
        (
            "Lead facilitator",
            "Điều phối viên chính",
            "Juhtiv läbiviija",
            "Главен фасилитатор",
            "מנחה ראשי",
            "Galvenais vadītājs",
        ),
        ("Status", "Trạng thái", "Olek", "Статус", "מצב", "Statuss"),
        (
            "Next review",
            "Lần rà soát tới",
            "Järgmine ülevaatus",
            "Следен преглед",
            "הסקירה הבאה",
            "Nākamā pārskatīšana",
        ),
        (
            "Training cycle",
            "Chu kỳ tập huấn",
            "Koolitustsükkel",
            "Циклус за обука",
            "מחזור אימון",
            "Apmācību cikls",
        ),
        (
            "Stage dates",
            "Ngày của các bước",
            "Etappide kuupäevad",
            "Датуми на фазите",
            "תאריכי השלבים",
            "Posmu datumi",
        ),
        ("Stage", "Bước", "Etapp", "Фаза", "שלב", "Posms"),
        ("Planned", "Kế hoạch", "Kavandatud", "Планирано", "מתוכנן", "Plānots"),
        (
            "Days late",
            "Số ngày trễ",
            "Päevi hiljem",
            "Денови доцнење",
            "ימי איחור",
            "Dienas kavējums",
        ),
        ("Participation", "Sự tham gia", "Osalemine", "Учество", "השתתפות", "Dalība"),
        ("Kind", "Loại", "Liik", "Вид", "סוג", "Veids"),
        ("Participants", "Người tham gia", "Osalejad", "Учесници", "משתתפים", "Dalībnieki"),
        ("Total", "Tổng", "Kokku", "Вкупно", "סך הכול", "Kopā"),
        (
            "Community participants by attribute",
            "Người tham gia của cộng đồng theo đặc điểm",
            "Kogukonna osalejad tunnuse järgi",
            "Учесници од заедницата според обележје",
            "משתתפי הקהילה לפי מאפיין",
            "Kopienas dalībnieki pēc pazīmes",
        ),
        (
            "Count (share)",
            "Số lượng (tỷ lệ)",
            "Arv (osakaal)",
            "Број (удел)",
            "מספר (שיעור)",
            "Skaits (daļa)",
        ),
        (
            "Gender not recorded",
            "Chưa ghi giới tính",
            "Sugu märkimata",
            "Полот не е запишан",
            "מגדר לא נרשם",
            "Dzimums nav norādīts",
        ),
        (
            "Age {band}",
            "Tuổi {band}",
            "Vanus {band}",
            "Возраст {band}",
            "גיל {band}",
            "Vecums {band}",
        ),
        (
            "With a disability",
            "Người khuyết tật",
            "Puudega",
            "Со попреченост",
            "עם מוגבלות",
            "Ar invaliditāti",
        ),
        (
            "From a minority",
            "Người dân tộc thiểu số",
            "Vähemusest",
            "Од малцинство",
            "מקבוצת מיעוט",
            "No minoritātes",
        ),
        (
            "Poor households",
            "Hộ nghèo",
            "Vaesed leibkonnad",
            "Сиромашни домаќинства",
            "משקי בית עניים",
            "Trūcīgas mājsaimniecības",
        ),
        ("Scores", "Điểm số", "Hinded", "Оценки", "ציונים", "Vērtējumi"),
        (
            "Raw scores are medians on the cycle's scale; 0–100 makes rounds on different scales comparable. The trend lists the community score (0–100) by round.",
            "Điểm thô là trung vị trên thang điểm của chu kỳ; thang 0–100 giúp so sánh các vòng dùng thang điểm khác nhau. Xu hướng liệt kê điểm của cộng đồng (0–100) theo từng vòng.",
            "Toorhinded on mediaanid tsükli skaalal; 0–100 teeb eri skaaladega voorud võrreldavaks. Trend näitab kogukonna hinnet (0–100) voorude kaupa.",
            "Суровите оценки се медијани на скалата на циклусот; 0–100 овозможува споредба меѓу кругови со различни скали. Трендот ја покажува оценката на заедницата (0–100) по кругови.",
            "ציונים גולמיים הם חציונים בסולם של המחזור; 0–100 מאפשר להשוות בין סבבים בסולמות שונים. המגמה מציגה את ציון הקהילה (0–100) לפי סבב.",
            "Neapstrādātie vērtējumi ir mediānas cikla skalā; 0–100 ļauj salīdzināt kārtas ar dažādām skalām. Tendence rāda kopienas vērtējumu (0–100) pa kārtām.",
        ),
        ("R{n}", "V{n}", "{n}. v", "К{n}", "ס{n}", "{n}. k"),
        (
            "Community 0–100",
            "Cộng đồng 0–100",
            "Kogukond 0–100",
            "Заедница 0–100",
            "קהילה 0–100",
            "Kopiena 0–100",
        ),
        ("Provider", "Bên cung cấp", "Teenuseosutaja", "Давател", "נותן השירות", "Sniedzējs"),
        (
            "Provider 0–100",
            "Bên cung cấp 0–100",
            "Teenuseosutaja 0–100",
            "Давател 0–100",
            "נותן השירות 0–100",
            "Sniedzējs 0–100",
        ),
        ("Trend", "Xu hướng", "Trend", "Тренд", "מגמה", "Tendence"),
        (
            "Action plan completion",
            "Tiến độ kế hoạch hành động",
            "Tegevuskava täitmine",
            "Реализација на акцискиот план",
            "ביצוע תוכנית הפעולה",
            "Rīcības plāna izpilde",
        ),
        (
            "Actions agreed",
            "Số hoạt động đã thống nhất",
            "Kokku lepitud tegevused",
            "Договорени активности",
            "פעולות שסוכמו",
            "Saskaņotās darbības",
        ),
        ("Done", "Đã xong", "Tehtud", "Готово", "בוצע", "Izdarīts"),
        (
            "Still open",
            "Còn đang mở",
            "Veel pooleli",
            "Сè уште отворено",
            "עדיין פתוח",
            "Vēl atvērts",
        ),
        ("Overdue", "Quá hạn", "Tähtaeg ületatud", "Задоцнето", "באיחור", "Nokavēts"),
        (
            "Escalated (cannot be solved locally)",
            "Đã chuyển lên cấp trên (không giải quyết được tại chỗ)",
            "Edasi saadetud (kohapeal ei lahendata)",
            "Ескалирано (не може да се реши локално)",
            "הועבר לדרג גבוה יותר (אי אפשר לפתור מקומית)",
            "Nodots augstāk (nevar atrisināt uz vietas)",
        ),
        (
            "Overdue and escalated actions",
            "Hoạt động quá hạn và đã chuyển lên cấp trên",
            "Tähtaja ületanud ja edasi saadetud tegevused",
            "Задоцнети и ескалирани активности",
            "פעולות באיחור ופעולות שהועברו לדרג גבוה יותר",
            "Nokavētās un augstāk nodotās darbības",
        ),
        (
            "Escalated",
            "Đã chuyển lên cấp trên",
            "Edasi saadetud",
            "Ескалирано",
            "הועבר לדרג גבוה יותר",
            "Nodots augstāk",
        ),
        (
            "Page {page} of {pages}",
            "Trang {page}/{pages}",
            "Lk {page}/{pages}",
            "Страница {page} од {pages}",
            "עמוד {page} מתוך {pages}",
            "{page}. lpp. no {pages}",
        ),
        (
            "Printed {date}",
            "In ngày {date}",
            "Trükitud {date}",
            "Отпечатено на {date}",
            "הודפס ב־{date}",
            "Izdrukāts {date}",
        ),
        (
            "Participant stickers",
            "Nhãn dán số người tham gia",
            "Osalejate kleebised",
            "Налепници за учесниците",
            "מדבקות משתתפים",
            "Dalībnieku uzlīmes",
        ),
        (
            "Community scorecard results",
            "Kết quả chấm điểm của cộng đồng",
            "Kogukonna hindamise tulemused",
            "Резултати од оценувањето на заедницата",
            "תוצאות כרטיס הציונים של הקהילה",
            "Kopienas vērtējuma rezultāti",
        ),
        (
            "Report for the service provider",
            "Báo cáo cho bên cung cấp dịch vụ",
            "Aruanne teenuseosutajale",
            "Извештај за давателот на услуги",
            "דוח לנותן השירות",
            "Ziņojums pakalpojuma sniedzējam",
        ),
        (
            "Interface meeting: community and provider",
            "Họp đối thoại: cộng đồng và bên cung cấp",
            "Ühiskohtumine: kogukond ja teenuseosutaja",
            "Заедничка средба: заедница и давател",
            "מפגש ממשק: הקהילה ונותן השירות",
            "Kopīgā sanāksme: kopiena un sniedzējs",
        ),
        (
            "Joint action plan",
            "Kế hoạch hành động chung",
            "Ühine tegevuskava",
            "Заеднички акциски план",
            "תוכנית פעולה משותפת",
            "Kopīgais rīcības plāns",
        ),
        (
            "Follow-up checklist",
            "Danh mục theo dõi",
            "Järeltegevuse kontrollnimekiri",
            "Контролна листа за следење",
            "רשימת מעקב",
            "Uzraudzības kontrolsaraksts",
        ),
        (
            "Main reason",
            "Lý do chính",
            "Peamine põhjus",
            "Главна причина",
            "הסיבה העיקרית",
            "Galvenais iemesls",
        ),
        (
            "What we agreed to do",
            "Những việc chúng ta đã thống nhất",
            "Mida me kokku leppisime",
            "Што се договоривме да направиме",
            "מה הסכמנו לעשות",
            "Par ko mēs vienojāmies",
        ),
        ("Who", "Ai làm", "Kes", "Кој", "מי", "Kas"),
        ("By when", "Khi nào xong", "Mis ajaks", "До кога", "עד מתי", "Līdz kuram laikam"),
        (
            "No actions have been agreed yet.",
            "Chưa thống nhất hoạt động nào.",
            "Ühtegi tegevust pole veel kokku lepitud.",
            "Сè уште не се договорени активности.",
            "עדיין לא סוכמו פעולות.",
            "Vēl nav saskaņota neviena darbība.",
        ),
        (
            "Next review: {date}",
            "Lần rà soát tới: {date}",
            "Järgmine ülevaatus: {date}",
            "Следен преглед: {date}",
            "הסקירה הבאה: {date}",
            "Nākamā pārskatīšana: {date}",
        ),
        (
            "Self-assessment",
            "Tự đánh giá",
            "Enesehinnang",
            "Самооценка",
            "הערכה עצמית",
            "Pašnovērtējums",
        ),
        (
            "Previous round",
            "Vòng trước",
            "Eelmine voor",
            "Претходен круг",
            "הסבב הקודם",
            "Iepriekšējā kārta",
        ),
        ("Change", "Thay đổi", "Muutus", "Промена", "שינוי", "Izmaiņas"),
        (
            "This is the first round: no earlier scores.",
            "Đây là vòng đầu tiên: chưa có điểm trước đó.",
            "See on esimene voor: varasemaid hindeid pole.",
            "Ова е првиот круг: нема претходни оценки.",
            "זה הסבב הראשון: אין ציונים קודמים.",
            "Šī ir pirmā kārta: agrāku vērtējumu nav.",
        ),
        (
            "Community scores and self-assessment",
            "Điểm của cộng đồng và điểm tự đánh giá",
            "Kogukonna hinded ja enesehinnang",
            "Оценки од заедницата и самооценка",
            "ציוני הקהילה וההערכה העצמית",
            "Kopienas vērtējumi un pašnovērtējums",
        ),
        ("Strengths", "Điểm mạnh", "Tugevused", "Силни страни", "חוזקות", "Stiprās puses"),
        ("Weaknesses", "Điểm yếu", "Nõrkused", "Слаби страни", "חולשות", "Vājās puses"),
        (
            "None this round.",
            "Vòng này không có.",
            "Selles voorus pole.",
            "Нема во овој круг.",
            "אין בסבב זה.",
            "Šajā kārtā nav.",
        ),
        (
            "Suggestions from the groups",
            "Đề xuất của các nhóm",
            "Rühmade ettepanekud",
            "Предлози од групите",
            "הצעות הקבוצות",
            "Grupu ierosinājumi",
        ),
        ("In the plan", "Có trong kế hoạch", "Kavas", "Во планот", "בתוכנית", "Plānā"),
        ("Yes", "Có", "Jah", "Да", "כן", "Jā"),
        ("Actions", "Các hoạt động", "Tegevused", "Активности", "פעולות", "Darbības"),
        (
            "Interface meeting: {date}",
            "Họp đối thoại: {date}",
            "Ühiskohtumine: {date}",
            "Заедничка средба: {date}",
            "מפגש ממשק: {date}",
            "Kopīgā sanāksme: {date}",
        ),
        (
            "Visit date",
            "Ngày đến thăm",
            "Külastuse kuupäev",
            "Датум на посетата",
            "תאריך הביקור",
            "Apmeklējuma datums",
        ),
        ("Visited by", "Người đến thăm", "Külastaja", "Посетил", "ביקר/ה", "Apmeklētājs"),
        (
            "Status so far",
            "Tình trạng đến nay",
            "Seis praeguseks",
            "Состојба досега",
            "המצב עד כה",
            "Stāvoklis līdz šim",
        ),
        ("Done?", "Xong chưa?", "Tehtud?", "Готово?", "בוצע?", "Izdarīts?"),
        ("Notes", "Ghi chú", "Märkmed", "Белешки", "הערות", "Piezīmes"),
        ("Participant", "Người tham gia", "Osaleja", "Учесник", "משתתף", "Dalībnieks"),
    ],
)


# issue 14: honest progress, a due date in the past, one entry rule per scale
add(
    "Checks",
    [
        (
            "There are no actions to follow up yet.",
            "Chưa có hành động nào để theo dõi.",
            "Veel pole tegevusi, mida jälgida.",
            "Сè уште нема активности за следење.",
            "עדיין אין פעולות למעקב.",
            "Vēl nav darbību, kurām sekot.",
        ),
        (
            "The due date {due} is already past; saved anyway.",
            "Hạn {due} đã qua; vẫn được lưu.",
            "Tähtaeg {due} on juba möödas; salvestatud siiski.",
            "Рокот {due} веќе помина; сепак е зачуван.",
            "תאריך היעד {due} כבר עבר; נשמר בכל זאת.",
            "Termiņš {due} jau ir pagājis; tomēr saglabāts.",
        ),
    ],
)
# Rounds that tell a story (issue 13): changes, trends, carried actions, the attendance codes.
add(
    "Scale",
    [
        (
            "Rounds on the same scale are compared in that scale's units. A round scored on "
            "another scale is re-expressed on this round's scale through 0–100: its score's "
            "position between the lowest and the highest mark is kept.",
            "Các vòng cùng thang điểm được so sánh theo đơn vị của thang đó. Vòng chấm theo thang "
            "khác được quy đổi sang thang của vòng này qua 0–100: giữ nguyên vị trí của điểm "
            "giữa mức thấp nhất và cao nhất.",
            "Sama skaalaga voore võrreldakse selle skaala ühikutes. Teisel skaalal hinnatud voor "
            "teisendatakse selle vooru skaalale 0–100 kaudu: hinde asukoht madalaima ja "
            "kõrgeima hinde vahel jääb samaks.",
            "Круговите на иста скала се споредуваат во единиците на таа скала. Круг оценет на "
            "друга скала се изразува на скалата на овој круг преку 0–100: се задржува местото "
            "на оценката меѓу најниската и највисоката оцена.",
            "סבבים באותו סולם מושווים ביחידות של אותו סולם. סבב שדורג בסולם אחר מתורגם לסולם "
            "של סבב זה דרך 0–100: מקום הציון בין הציון הנמוך ביותר לגבוה ביותר נשמר.",
            "Kārtas ar vienu skalu salīdzina šīs skalas vienībās. Kārtu, kas vērtēta citā skalā, "
            "pārrēķina šīs kārtas skalā caur 0–100: vērtējuma vieta starp zemāko un augstāko "
            "atzīmi saglabājas.",
        ),
        (
            "Votes, consensus scores and shows of hands are whole numbers from {low} to {high}; "
            "only results (medians) can fall between two.",
            "Phiếu, điểm đồng thuận và biểu quyết giơ tay là số nguyên từ {low} đến {high}; "
            "chỉ kết quả (trung vị) mới có thể nằm giữa hai số.",
            "Hääled, konsensushinded ja käetõstmised on täisarvud vahemikus {low}–{high}; "
            "ainult tulemused (mediaanid) võivad jääda kahe vahele.",
            "Гласовите, оценките со консензус и кревањето раце се цели броеви од {low} до "
            "{high}; само резултатите (медијаните) може да паднат помеѓу два.",
            "קולות, ציוני הסכמה והצבעות בהרמת יד הם מספרים שלמים מ־{low} עד {high}; "
            "רק תוצאות (חציונים) יכולות ליפול בין שניים.",
            "Balsis, vienprātības vērtējumi un roku pacelšana ir veseli skaitļi no {low} līdz "
            "{high}; tikai rezultāti (mediānas) var būt starp diviem.",
        ),
        (
            "Votes, consensus scores and shows of hands go from {low} to {high} in half points; "
            "results (medians) can fall between them.",
            "Phiếu, điểm đồng thuận và biểu quyết giơ tay đi từ {low} đến {high} theo từng nửa "
            "điểm; kết quả (trung vị) có thể nằm giữa các mức đó.",
            "Hääled, konsensushinded ja käetõstmised on vahemikus {low}–{high} poolepunktiste "
            "sammudega; tulemused (mediaanid) võivad jääda nende vahele.",
            "Гласовите, оценките со консензус и кревањето раце одат од {low} до {high} во "
            "половина поени; резултатите (медијаните) може да паднат помеѓу нив.",
            "קולות, ציוני הסכמה והצבעות בהרמת יד נעים מ־{low} עד {high} בחצאי נקודות; "
            "תוצאות (חציונים) יכולות ליפול ביניהם.",
            "Balsis, vienprātības vērtējumi un roku pacelšana ir no {low} līdz {high} ar "
            "puspunktu soli; rezultāti (mediānas) var būt starp tiem.",
        ),
    ],
)

add(
    "Printables",
    [
        # one letter (a short word in Vietnamese) for female, male, other
        ("F", "Nữ", "N", "Ж", "נ", "S"),
        ("M", "Nam", "M", "М", "ז", "V"),
        ("O", "Khác", "T", "Д", "א", "C"),
        (
            "Gender: {codes}. Age band: under 18, 18–24, 25–34, 35–49, 50–64, 65+. "
            "Tick what applies; the name is optional.",
            "Giới tính: {codes}. Nhóm tuổi: dưới 18, 18–24, 25–34, 35–49, 50–64, 65+. "
            "Đánh dấu mục phù hợp; không bắt buộc ghi tên.",
            "Sugu: {codes}. Vanuserühm: alla 18, 18–24, 25–34, 35–49, 50–64, 65+. "
            "Märgi, mis kehtib; nimi pole kohustuslik.",
            "Пол: {codes}. Возраст: под 18, 18–24, 25–34, 35–49, 50–64, 65+. "
            "Штиклирајте што важи; името не е задолжително.",
            "מגדר: {codes}. קבוצת גיל: מתחת ל־18, 18–24, 25–34, 35–49, 50–64, 65+. "
            "סמנו את מה שמתאים; השם אינו חובה.",
            "Dzimums: {codes}. Vecuma grupa: līdz 18, 18–24, 25–34, 35–49, 50–64, 65+. "
            "Atzīmējiet, kas attiecas; vārds nav obligāts.",
        ),
        (
            "Raw scores are medians on the cycle's scale; 0–100 makes cycles on different "
            "scales comparable. The trends list the community's and the providers' scores, "
            "round by round, in this round's scale units.",
            "Điểm thô là trung vị trên thang của chu kỳ; 0–100 giúp so sánh các chu kỳ có thang "
            "khác nhau. Xu hướng liệt kê điểm của cộng đồng và của bên cung cấp qua từng vòng, "
            "theo đơn vị thang của vòng này.",
            "Toorhinded on mediaanid tsükli skaalal; 0–100 teeb eri skaaladega tsüklid "
            "võrreldavaks. Suundumused näitavad kogukonna ja teenuseosutajate hindeid voor "
            "voorult selle vooru skaala ühikutes.",
            "Суровите оценки се медијани на скалата на циклусот; 0–100 ги прави споредливи "
            "циклусите на различни скали. Трендовите ги наведуваат оценките на заедницата и "
            "на давателите, круг по круг, во единиците на скалата на овој круг.",
            "ציונים גולמיים הם חציונים בסולם של המחזור; 0–100 מאפשר להשוות מחזורים בסולמות "
            "שונים. המגמות מציגות את ציוני הקהילה ונותני השירות, סבב אחר סבב, ביחידות הסולם "
            "של סבב זה.",
            "Neapstrādātie vērtējumi ir mediānas cikla skalā; 0–100 ļauj salīdzināt ciklus ar "
            "dažādām skalām. Tendences rāda kopienas un pakalpojumu sniedzēju vērtējumus pa "
            "kārtām šīs kārtas skalas vienībās.",
        ),
        (
            "Rounds {first}–{last}",
            "Vòng {first}–{last}",
            "Voorud {first}–{last}",
            "Кругови {first}–{last}",
            "סבבים {first}–{last}",
            "Kārtas {first}–{last}",
        ),
        (
            "Scores of rounds {rounds} on the scale {scale}.",
            "Điểm của các vòng {rounds} trên thang {scale}.",
            "Voorude {rounds} hinded skaalal {scale}.",
            "Оценки од круговите {rounds} на скалата {scale}.",
            "ציוני הסבבים {rounds} בסולם {scale}.",
            "Kārtu {rounds} vērtējumi skalā {scale}.",
        ),
        (
            "Unfinished from earlier rounds",
            "Chưa xong từ các vòng trước",
            "Lõpetamata varasematest voorudest",
            "Недовршени од претходните кругови",
            "לא הושלמו מסבבים קודמים",
            "Nepabeigtas no iepriekšējām kārtām",
        ),
        (
            "Trends across rounds",
            "Xu hướng qua các vòng",
            "Suundumused voorude lõikes",
            "Трендови низ круговите",
            "מגמות לאורך הסבבים",
            "Tendences pa kārtām",
        ),
        (
            "Trends across rounds: wall chart",
            "Xu hướng qua các vòng: biểu đồ treo tường",
            "Suundumused voorude lõikes: seinatabel",
            "Трендови низ круговите: ѕиден приказ",
            "מגמות לאורך הסבבים: תרשים קיר",
            "Tendences pa kārtām: sienas plakāts",
        ),
        (
            "New this round",
            "Mới trong vòng này",
            "Uus selles voorus",
            "Ново во овој круг",
            "חדש בסבב זה",
            "Jauns šajā kārtā",
        ),
        (
            "Round {then} {arrow} round {now}",
            "Vòng {then} {arrow} vòng {now}",
            "Voor {then} {arrow} voor {now}",
            "Круг {then} {arrow} круг {now}",
            "סבב {then} {arrow} סבב {now}",
            "Kārta {then} {arrow} kārta {now}",
        ),
        (
            "Agreed in round {n}",
            "Thống nhất ở vòng {n}",
            "Kokku lepitud voorus {n}",
            "Договорено во круг {n}",
            "סוכם בסבב {n}",
            "Norunāts {n}. kārtā",
        ),
        (
            "{n} unfinished actions from earlier rounds are carried forward.",
            "{n} hoạt động chưa xong từ các vòng trước được chuyển sang.",
            "Varasematest voorudest kantakse edasi {n} lõpetamata tegevust.",
            "{n} недовршени активности од претходните кругови се пренесуваат.",
            "{n} פעולות שלא הושלמו מסבבים קודמים מועברות הלאה.",
            "No iepriekšējām kārtām pārnestas {n} nepabeigtas darbības.",
        ),
        ("This round", "Vòng này", "See voor", "Овој круг", "סבב זה", "Šī kārta"),
        ("no change", "không đổi", "muutuseta", "без промена", "ללא שינוי", "bez izmaiņām"),
        ("up {n}", "tăng {n}", "tõus {n}", "пораст {n}", "עלייה של {n}", "pieaugums {n}"),
        ("down {n}", "giảm {n}", "langus {n}", "пад {n}", "ירידה של {n}", "kritums {n}"),
    ],
)


def fill(path: Path, lang: str) -> tuple[int, list[str]]:
    """Write the table's translations into one .ts; returns (filled, still missing)."""
    idx = LANGS.index(lang)
    tree = ET.parse(path)
    filled, missing = 0, []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            src = msg.findtext("source") or ""
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("obsolete", "vanished"):
                continue
            row = T.get((name, src))
            if row is not None:
                tr.text = row[idx]
                tr.attrib.pop("type", None)
                filled += 1
            elif tr.get("type") == "unfinished" or not (tr.text or "").strip():
                missing.append(f"{name}: {src}")
    ET.indent(tree, "    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return filled, missing


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only report missing translations")
    ap.add_argument("--no-qm", action="store_true", help="do not compile .qm files")
    args = ap.parse_args()
    bad = 0
    for lang in LANGS:
        path = TS_DIR / f"common_{lang}.ts"
        if args.check:
            root = ET.parse(path).getroot()
            missing = [
                m.findtext("source")
                for m in root.iter("message")
                if (
                    m.find("translation") is None
                    or m.find("translation").get("type") == "unfinished"
                )
            ]
        else:
            n, missing = fill(path, lang)
            print(f"{path.name}: {n} filled")
        for m in missing:
            print(f"  missing ({lang}): {m}")
        bad += len(missing)
        if not args.check and not args.no_qm:
            lrelease = shutil.which("pyside6-lrelease") or str(
                Path(sys.executable).parent / "pyside6-lrelease"
            )
            subprocess.run(
                [lrelease, "-silent", str(path), "-qm", str(path.with_suffix(".qm"))], check=True
            )
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
