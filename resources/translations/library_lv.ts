<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>Library</name>
    <message>
        <source>Waiting time before being seen</source>
        <translation>Gaidīšanas laiks līdz pieņemšanai</translation>
    </message>
    <message>
        <source>Staff treat patients with respect</source>
        <translation>Darbinieki izturas pret pacientiem ar cieņu</translation>
    </message>
    <message>
        <source>Medicines available when needed</source>
        <translation>Zāles ir pieejamas, kad tās vajadzīgas</translation>
    </message>
    <message>
        <source>Health centre open at the posted hours</source>
        <translation>Veselības centrs ir atvērts izziņotajā darba laikā</translation>
    </message>
    <message>
        <source>Cleanliness of the health centre</source>
        <translation>Veselības centra tīrība</translation>
    </message>
    <message>
        <source>Clean water and working toilets</source>
        <translation>Tīrs ūdens un strādājošas tualetes</translation>
    </message>
    <message>
        <source>Fees are posted and no informal payments</source>
        <translation>Maksas ir izziņotas, un nav neoficiālu maksājumu</translation>
    </message>
    <message>
        <source>Privacy during consultation</source>
        <translation>Privātums konsultācijas laikā</translation>
    </message>
    <message>
        <source>Safe delivery services for mothers</source>
        <translation>Droša dzemdību palīdzība mātēm</translation>
    </message>
    <message>
        <source>Vaccination services for children</source>
        <translation>Bērnu vakcinācija</translation>
    </message>
    <message>
        <source>Referral and ambulance when needed</source>
        <translation>Nosūtīšana un ātrā palīdzība, kad vajadzīga</translation>
    </message>
    <message>
        <source>Staff explain illness and treatment clearly</source>
        <translation>Darbinieki skaidri izskaidro slimību un ārstēšanu</translation>
    </message>
    <message>
        <source>Access for people with disabilities</source>
        <translation>Piekļuve cilvēkiem ar invaliditāti</translation>
    </message>
    <message>
        <source>Teachers present and on time</source>
        <translation>Skolotāji ir klāt un ierodas laikā</translation>
    </message>
    <message>
        <source>Enough textbooks for every pupil</source>
        <translation>Pietiekami daudz mācību grāmatu katram skolēnam</translation>
    </message>
    <message>
        <source>Safe and clean classrooms</source>
        <translation>Drošas un tīras klases</translation>
    </message>
    <message>
        <source>Separate toilets for girls and boys</source>
        <translation>Atsevišķas tualetes meitenēm un zēniem</translation>
    </message>
    <message>
        <source>Drinking water at school</source>
        <translation>Dzeramais ūdens skolā</translation>
    </message>
    <message>
        <source>No corporal punishment</source>
        <translation>Nav fizisku sodu</translation>
    </message>
    <message>
        <source>Parents informed about pupils&apos; progress</source>
        <translation>Vecāki tiek informēti par skolēnu sekmēm</translation>
    </message>
    <message>
        <source>School meals served regularly</source>
        <translation>Skolas ēdināšana notiek regulāri</translation>
    </message>
    <message>
        <source>No informal fees asked of parents</source>
        <translation>No vecākiem neprasa neoficiālas maksas</translation>
    </message>
    <message>
        <source>School management committee meets and reports</source>
        <translation>Skolas padome sanāk un sniedz pārskatu</translation>
    </message>
    <message>
        <source>Children with disabilities can attend</source>
        <translation>Bērni ar invaliditāti var apmeklēt skolu</translation>
    </message>
    <message>
        <source>Pupils learn to read in early grades</source>
        <translation>Skolēni sākumskolā iemācās lasīt</translation>
    </message>
    <message>
        <source>Water point works most days</source>
        <translation>Ūdens ņemšanas vieta strādā lielāko daļu dienu</translation>
    </message>
    <message>
        <source>Water is clean and safe to drink</source>
        <translation>Ūdens ir tīrs un drošs dzeršanai</translation>
    </message>
    <message>
        <source>Waiting time at the water point</source>
        <translation>Gaidīšanas laiks pie ūdens ņemšanas vietas</translation>
    </message>
    <message>
        <source>Distance from home to the water point</source>
        <translation>Attālums no mājām līdz ūdens ņemšanas vietai</translation>
    </message>
    <message>
        <source>Repairs done quickly after breakdown</source>
        <translation>Bojājumi tiek ātri novērsti</translation>
    </message>
    <message>
        <source>Water fees are fair and accounted for</source>
        <translation>Ūdens maksas ir taisnīgas, un par tām tiek atskaitīts</translation>
    </message>
    <message>
        <source>Water committee meets and reports</source>
        <translation>Ūdens komiteja sanāk un sniedz pārskatu</translation>
    </message>
    <message>
        <source>Women are members of the water committee</source>
        <translation>Sievietes ir ūdens komitejas locekles</translation>
    </message>
    <message>
        <source>Area around the water point kept clean</source>
        <translation>Apkārtne ap ūdens ņemšanas vietu tiek uzturēta tīra</translation>
    </message>
    <message>
        <source>Safe access for children, elderly and disabled</source>
        <translation>Droša piekļuve bērniem, senioriem un cilvēkiem ar invaliditāti</translation>
    </message>
    <message>
        <source>Enough water in the dry season</source>
        <translation>Pietiekami daudz ūdens sausajā sezonā</translation>
    </message>
    <message>
        <source>Office open at the posted hours</source>
        <translation>Birojs ir atvērts izziņotajā darba laikā</translation>
    </message>
    <message>
        <source>Staff treat citizens with respect</source>
        <translation>Darbinieki izturas pret iedzīvotājiem ar cieņu</translation>
    </message>
    <message>
        <source>Fees for documents are posted and respected</source>
        <translation>Maksas par dokumentiem ir izziņotas un tiek ievērotas</translation>
    </message>
    <message>
        <source>Documents issued within the promised time</source>
        <translation>Dokumenti tiek izsniegti solītajā termiņā</translation>
    </message>
    <message>
        <source>Budget and plans shown to citizens</source>
        <translation>Budžets un plāni tiek parādīti iedzīvotājiem</translation>
    </message>
    <message>
        <source>Citizens consulted on the investment plan</source>
        <translation>Ar iedzīvotājiem konsultējas par investīciju plānu</translation>
    </message>
    <message>
        <source>Complaints are received and answered</source>
        <translation>Sūdzības tiek pieņemtas un atbildētas</translation>
    </message>
    <message>
        <source>Information posted in the local language</source>
        <translation>Informācija ir izvietota vietējā valodā</translation>
    </message>
    <message>
        <source>Roads and bridges maintained</source>
        <translation>Ceļi un tilti tiek uzturēti</translation>
    </message>
    <message>
        <source>Women take part in commune meetings</source>
        <translation>Sievietes piedalās pagasta sapulcēs</translation>
    </message>
    <message>
        <source>No informal payments asked</source>
        <translation>Netiek prasīti neoficiāli maksājumi</translation>
    </message>
</context>
</TS>
