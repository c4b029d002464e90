package io.newsflow.producer.parse.text;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Month names and abbreviations (Russian's too: "дек") in English, French, German, Dutch, Spanish, Italian, Portuguese,
 * Polish and Czech (with genitive forms), Romanian, Hungarian, Swedish/Danish/Norwegian and Turkish, Croatian,
 * Serbian and Slovene (Latin), Lithuanian and Latvian, Icelandic, Greek, Welsh, Bulgarian, Russian, Ukrainian, Hindi, Arabic, Hebrew and Swahili,
 * Filipino, Albanian, Serbian Cyrillic, Irish, Maltese, Georgian, Armenian, Basque, Bengali, Azerbaijani, Khmer, Tamil, Kazakh, Sinhala, Catalan, Galician, Afrikaans, Hausa, Urdu, Belarusian, Somali, Zulu, Russian and Kyrgyz nominatives,
 * Tajik (with its "-и" forms), Burmese, Yoruba, Scottish Gaelic, Romansh, Māori (its own names and the borrowed ones), Breton,
 * West Frisian, Lao, Yiddish (with and without its vowel points), Esperanto, Greenlandic, Sorani and Kurmanji Kurdish,
 * Malay and Indonesian ("Mac", "Ogos", "Disember"; "Maret", "Agustus"), Malagasy and Thai (whose pages count years in the Buddhist Era:
 * {@link #christianYear}), mapped to month numbers. Croatian's October ("listopada") is left out: Polish and Czech write November so.
 * Kinyarwanda's months are in too ("Ukuboza"), seven Indian scripts' ({@code INDIAN}), Northern Sami's, Upper Sorbian's and
 * Asturian's ({@code REGIONAL}), the Gregorian months of Amharic, Tigrinya and Dhivehi ({@code ETHIOPIC_AND_THAANA}), and
 * those of smaller languages still, one table for each group met ({@link SmallerLanguagesMonths}).
 * Lookup is case-insensitive and ignores a trailing dot ({@code Sept.}).
 */
public final class MonthNames {
    private static final String[][] NAMES = {
        {"january", "jan", "janvier", "janv", "januar", "jänner", "januari", "enero", "ene", "gennaio", "gen", "janeiro", "stycznia", "styczeń", "ocak", "ledna", "leden", "ianuarie", "január", "siječnja", "siječanj", "januara", "sausio", "sausis", "janúar", "janvāris", "janvārī", "januarja", "януари", "января", "січня", "ιανουαρίου", "ιανουάριος", "ionawr", "जनवरी", "يناير", "ינואר", "בינואר", "มกราคม", "ม.ค", "janar", "janarit", "јануар", "јануара", "eanáir", "jannar", "იანვარი", "იანვრის", "հունվար", "հունվարի", "urtarrila", "urtarrilaren", "জানুয়ারি", "yanvar", "មករា", "ஜனவரி", "қаңтар", "ජනවාරි", "gener", "xaneiro", "januarie", "janairu", "جنوری", "студзеня", "janaayo", "januwari", "январь", "январ", "январи", "ဇန်နဝါရီ", "ṣẹ́rẹ́", "faoilleach", "faoilteach", "schaner", "kohitātea", "hānuere", "genver", "jannewaris", "ມັງກອນ", "יאַנואַר", "יאנואר", "januaro", "januaari", "کانوونی دووەم", "kanûna paşîn", "janoary", "jaanuar", "jaanuari", "mutarama", "янв"},
        {"february", "feb", "février", "fevrier", "févr", "fevr", "februar", "februari", "febrero", "febbraio", "fevereiro", "fev", "lutego", "luty", "şubat", "subat", "února", "únor", "februarie", "február", "veljače", "veljača", "februara", "vasario", "vasaris", "febrúar", "februāris", "februārī", "februarja", "февруари", "февраля", "лютого", "φεβρουαρίου", "φεβρουάριος", "chwefror", "फ़रवरी", "फरवरी", "فبراير", "פברואר", "בפברואר", "กุมภาพันธ์", "ก.พ", "pebrero", "peb", "shkurt", "shkurtit", "фебруар", "фебруара", "feabhra", "frar", "თებერვალი", "თებერვლის", "փետրվար", "փետրվարի", "otsaila", "otsailaren", "ফেব্রুয়ারি", "fevral", "កុម្ភៈ", "பிப்ரவரி", "ақпан", "පෙබරවාරි", "febrer", "febreiro", "fabrairu", "فروری", "лютага", "febraayo", "februwari", "февраль", "феврал", "феврали", "ဖေဖော်ဝါရီ", "èrèlè", "gearran", "favrer", "huitanguru", "pēpuere", "c'hwevrer", "febrewaris", "ກຸມພາ", "פֿעברואַר", "פעברואר", "februaro", "februaari", "شوبات", "sibat", "febroary", "veebruar", "veebruari", "gashyantare", "фев"},
        {"march", "mar", "mars", "märz", "maerz", "mrt", "maart", "marzo", "março", "marco", "marca", "marzec", "mart", "března", "březen", "martie", "március", "ožujka", "ožujak", "marta", "kovo", "kovas", "marts", "martā", "marec", "март", "марта", "березня", "μαρτίου", "μάρτιος", "mawrth", "मार्च", "مارس", "מרץ", "במרץ", "machi", "มีนาคม", "มี.ค", "marso", "marsit", "márta", "marzu", "მარტი", "მარტის", "մարտ", "մարտի", "martxoa", "martxoaren", "মার্চ", "មីនា", "மார்ச்", "наурыз", "මාර්තු", "març", "maris", "مارچ", "сакавіка", "maarso", "mashi", "март", "марти", "မတ်", "ẹrẹ̀nà", "màrt", "mars", "poutūterangi", "māehe", "meurzh", "maart", "ມີນາ", "מערץ", "marto", "marsi", "ئازار", "adar", "martsa", "mac", "maret", "märts", "märtsi", "werurwe", "мар"},
        {"april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwietnia", "kwiecień", "nisan", "dubna", "duben", "aprilie", "április", "travnja", "travanj", "aprila", "balandžio", "balandis", "apríl", "aprīlis", "aprīlī", "април", "апреля", "квітня", "απριλίου", "απρίλιος", "ebrill", "अप्रैल", "أبريل", "ابريل", "אפריל", "באפריל", "aprili", "เมษายน", "เม.ย", "prill", "prillit", "априла", "aibreán", "აპრილი", "აპრილის", "ապրիլ", "ապրիլի", "apirila", "apirilaren", "এপ্রিল", "aprel", "មេសា", "ஏப்ரல்", "сәуір", "අප්‍රේල්", "afirilu", "اپریل", "красавіка", "abriil", "ephreli", "апрель", "апрел", "апрели", "ဧပြီ", "ìgbé", "giblean", "avrigl", "paengawhāwhā", "āperira", "ebrel", "april", "ເມສາ", "אַפּריל", "אפריל", "aprilo", "apriili", "نیسان", "nîsan", "aprily", "aprill", "aprilli", "mata", "апр"},
        {"may", "mai", "mei", "mayo", "maggio", "mag", "maio", "maja", "maj", "mayıs", "mayis", "května", "květen", "május", "svibnja", "svibanj", "gegužės", "gegužė", "maí", "maijs", "maijā", "май", "мая", "травня", "μαΐου", "μάιος", "मई", "مايو", "מאי", "במאי", "พฤษภาคม", "พ.ค", "majit", "мај", "маја", "bealtaine", "mejju", "მაისი", "მაისის", "մայիս", "մայիսի", "maiatza", "maiatzaren", "মে", "ឧសភា", "மே", "мамыр", "මැයි", "maig", "mayu", "مئی", "maajo", "meyi", "май", "майи", "မေ", "ẹ̀bibi", "cèitean", "matg", "haratua", "mei", "mae", "maaie", "ພຶດສະພາ", "מײַ", "מיי", "majo", "maaji", "ئایار", "gulan", "mey", "gicurasi"},
        {"june", "jun", "juin", "juni", "junio", "giugno", "giu", "junho", "czerwca", "czerwiec", "haziran", "června", "červen", "iunie", "június", "lipnja", "lipanj", "juna", "birželio", "birželis", "júní", "jūnijs", "jūnijā", "junij", "junija", "юни", "июня", "червня", "ιουνίου", "ιούνιος", "mehefin", "जून", "يونيو", "יוני", "ביוני", "มิถุนายน", "มิ.ย", "hunyo", "qershor", "qershorit", "јун", "јуна", "meitheamh", "ġunju", "ივნისი", "ივნისის", "հունիս", "հունիսի", "ekaina", "ekainaren", "জুন", "iyun", "មិថុនា", "ஜூன்", "маусым", "ජූනි", "juny", "xuño", "junie", "yuni", "جون", "чэрвеня", "juun", "июнь", "июн", "июни", "ဇွန်", "òkúdu", "ògmhios", "zercladur", "pipiri", "hune", "mezheven", "juny", "ມິຖຸນາ", "יוני", "junio", "juuni", "حوزەیران", "hezîran", "jona", "kamena", "июн"},
        {"july", "jul", "juillet", "juil", "juli", "julio", "luglio", "lug", "julho", "lipca", "lipiec", "temmuz", "července", "červenec", "iulie", "július", "srpnja", "srpanj", "jula", "liepos", "liepa", "júlí", "jūlijs", "jūlijā", "julij", "julija", "юли", "июля", "липня", "ιουλίου", "ιούλιος", "gorffennaf", "जुलाई", "يوليو", "יולי", "ביולי", "julai", "กรกฎาคม", "ก.ค", "hulyo", "korrik", "korrikut", "јул", "јула", "iúil", "lulju", "ივლისი", "ივლისის", "հուլիս", "հուլիսի", "uztaila", "uztailaren", "জুলাই", "iyul", "កក្កដា", "ஜூலை", "шілде", "ජූලි", "juliol", "xullo", "julie", "yuli", "جولائی", "ліпеня", "luuliyo", "julayi", "июль", "июл", "июли", "ဇူလိုင်", "agẹmọ", "iuchar", "fanadur", "hōngongoi", "hūrae", "gouere", "july", "ກໍລະກົດ", "יולי", "julio", "juuli", "تەممووز", "tîrmeh", "jolay", "nyakanga", "июл"},
        {"august", "aug", "août", "aout", "augustus", "agosto", "ago", "sierpnia", "sierpień", "ağustos", "agustos", "augusti", "srpna", "srpen", "augusztus", "kolovoza", "kolovoz", "avgust", "avgusta", "rugpjūčio", "rugpjūtis", "ágúst", "augusts", "augustā", "август", "августа", "серпня", "αυγούστου", "αύγουστος", "awst", "अगस्त", "أغسطس", "אוגוסט", "באוגוסט", "agosti", "สิงหาคม", "ส.ค", "gusht", "gushtit", "lúnasa", "awwissu", "აგვისტო", "აგვისტოს", "օգոստոս", "օգոստոսի", "abuztua", "abuztuaren", "আগস্ট", "avqust", "សីហា", "ஆகஸ்ட்", "тамыз", "අගෝස්තු", "agost", "agusta", "اگست", "жніўня", "ogosto", "agasti", "август", "августи", "ဩဂုတ်", "သြဂုတ်", "ògún", "lùnastal", "avust", "here-turi-kōkā", "ākuhata", "eost", "augustus", "ສິງຫາ", "אויגוסט", "aŭgusto", "aggusti", "ئاب", "tebax", "aogositra", "ogos", "agustus", "kanama", "авг"},
        {"september", "sep", "sept", "septembre", "septiembre", "settembre", "set", "setembro", "września", "wrzesień", "eylül", "eylul", "září", "septembrie", "szeptember", "rujna", "rujan", "septembar", "septembra", "rugsėjo", "rugsėjis", "septembris", "septembrī", "септември", "сентября", "вересня", "σεπτεμβρίου", "σεπτέμβριος", "medi", "सितंबर", "सितम्बर", "سبتمبر", "ספטמבר", "בספטמבר", "septemba", "กันยายน", "ก.ย", "setyembre", "shtator", "shtatorit", "септембар", "септембра", "meán fómhair", "settembru", "სექტემბერი", "სექტემბრის", "սեպտեմբեր", "սեպտեմբերի", "iraila", "irailaren", "সেপ্টেম্বর", "sentyabr", "sentabr", "កញ្ញា", "செப்டம்பர்", "қыркүйек", "සැප්තැම්බර්", "setembre", "satumba", "ستمبر", "верасня", "sebtembar", "septhemba", "сентябрь", "сентябр", "сентябри", "စက်တင်ဘာ", "owewe", "sultain", "settember", "mahuru", "hepetema", "gwengolo", "septimber", "ກັນຍາ", "סעפּטעמבער", "סעפטעמבער", "septembro", "septembari", "ئەیلوول", "îlon", "septambra", "septembri", "nzeri", "сен", "сент"},
        {"october", "oct", "octobre", "oktober", "okt", "octubre", "ottobre", "ott", "outubro", "out", "października", "październik", "ekim", "října", "říjen", "octombrie", "október", "oktobar", "oktobra", "spalio", "spalis", "oktobris", "oktobrī", "октомври", "октября", "жовтня", "οκτωβρίου", "οκτώβριος", "hydref", "अक्टूबर", "أكتوبر", "אוקטובר", "באוקטובר", "oktoba", "ตุลาคม", "ต.ค", "oktubre", "tetor", "tetorit", "октобар", "октобра", "deireadh fómhair", "ottubru", "ოქტომბერი", "ოქტომბრის", "հոկտեմբեր", "հոկտեմբերի", "urria", "urriaren", "অক্টোবর", "oktyabr", "oktabr", "តុលា", "அக்டோபர்", "қазан", "ඔක්තෝබර්", "اکتوبر", "кастрычніка", "oktoobar", "okthoba", "октябрь", "октябр", "октябри", "အောက်တိုဘာ", "ọ̀wàrà", "dàmhair", "october", "whiringa-ā-nuku", "oketopa", "here", "oktober", "ຕຸລາ", "אָקטאָבער", "אקטאבער", "oktobro", "oktobari", "تشرینی یەکەم", "cotmeh", "oktobra", "oktoober", "oktoobri", "ukwakira", "окт"},
        {"november", "nov", "novembre", "noviembre", "novembro", "listopada", "listopad", "kasım", "kasim", "listopadu", "noiembrie", "studenoga", "studenog", "studeni", "novembar", "novembra", "lapkričio", "lapkritis", "nóvember", "novembris", "novembrī", "ноември", "ноября", "νοεμβρίου", "νοέμβριος", "tachwedd", "नवंबर", "नवम्बर", "نوفمبر", "נובמבר", "בנובמבר", "novemba", "พฤศจิกายน", "พ.ย", "nobyembre", "nëntor", "nëntorit", "новембар", "новембра", "samhain", "novembru", "ნოემბერი", "ნოემბრის", "նոյեմբեր", "նոյեմբերի", "azaroa", "azaroaren", "নভেম্বর", "noyabr", "វិច្ឆិកា", "நவம்பர்", "қараша", "නොවැම්බර්", "nuwamba", "نومبر", "лістапада", "nofembar", "ноябрь", "ноябр", "ноябри", "နိုဝင်ဘာ", "bélú", "november", "whiringa-ā-rangi", "noema", "du", "novimber", "ພະຈິກ", "נאָוועמבער", "נאוועמבער", "novembro", "novembari", "تشرینی دووەم", "mijdar", "novambra", "novembri", "ugushyingo", "ноя", "нояб"},
        {"december", "dec", "décembre", "decembre", "déc", "dezember", "dez", "diciembre", "dic", "dicembre", "dezembro", "grudnia", "grudzień", "aralık", "aralik", "desember", "des", "prosince", "prosinec", "decembrie", "prosinca", "prosinac", "decembar", "decembra", "gruodžio", "gruodis", "decembris", "decembrī", "декември", "декабря", "грудня", "δεκεμβρίου", "δεκέμβριος", "rhagfyr", "दिसंबर", "दिसम्बर", "ديسمبر", "דצמבר", "בדצמבר", "desemba", "ธันวาคม", "ธ.ค", "disyembre", "dhjetor", "dhjetorit", "децембар", "децембра", "nollaig", "diċembru", "დეკემბერი", "დეკემბრის", "դեկտեմբեր", "դեկտեմբերի", "abendua", "abenduaren", "ডিসেম্বর", "dekabr", "ធ្នូ", "டிசம்பர்", "желтоқсан", "දෙසැම්බර්", "desembre", "decembro", "disamba", "دسمبر", "снежня", "diseembar", "disemba", "декабрь", "декабр", "декабри", "ဒီဇင်ဘာ", "ọ̀pẹ̀", "dùbhlachd", "december", "hakihea", "tīhema", "kerzu", "desimber", "ທັນວາ", "דעצעמבער", "decembro", "decembari", "کانوونی یەکەم", "kanûna pêşîn", "desambra", "disember", "dis", "detsember", "detsembri", "ukuboza", "дек"},
    };
    private static final Map<String, Integer> BY_NAME = new HashMap<>();

    /** Indian scripts' names, a month a row: Gujarati, Kannada, Punjabi (Gurmukhi), Odia, Telugu, Malayalam, Marathi; Tamil's short forms ("டிச"). */
    private static final String[][] INDIAN = {
        {"જાન્યુઆરી", "ಜನವರಿ", "ਜਨਵਰੀ", "ଜାନୁଆରୀ", "జనవరి", "ജനുവരി", "जानेवारी", "ஜன"},
        {"ફેબ્રુઆરી", "ಫೆಬ್ರವರಿ", "ਫ਼ਰਵਰੀ", "ਫਰਵਰੀ", "ଫେବୃଆରୀ", "ఫిబ్రవరి", "ഫെബ്രുവരി", "फेब्रुवारी", "பிப்"},
        {"માર્ચ", "ಮಾರ್ಚ್", "ਮਾਰਚ", "ମାର୍ଚ୍ଚ", "మార్చి", "മാർച്ച്", "மார்"},
        {"એપ્રિલ", "ಏಪ್ರಿಲ್", "ਅਪ੍ਰੈਲ", "ਅਪਰੈਲ", "ଅପ୍ରେଲ", "ఏప్రిల్", "ഏപ്രിൽ", "एप्रिल", "ஏப்"},
        {"મે", "ಮೇ", "ਮਈ", "ମେ", "మే", "മേയ്", "മെയ്", "மே"},
        {"જૂન", "ಜೂನ್", "ਜੂਨ", "ଜୁନ", "జూన్", "ജൂൺ", "ஜூன்"},
        {"જુલાઈ", "ಜುಲೈ", "ਜੁਲਾਈ", "ଜୁଲାଇ", "జులై", "జూలై", "ജൂലൈ", "जुलै", "ஜூலை"},
        {"ઓગસ્ટ", "ಆಗಸ್ಟ್", "ਅਗਸਤ", "ଅଗଷ୍ଟ", "ఆగస్టు", "ഓഗസ്റ്റ്", "ऑगस्ट", "ஆக"},
        {"સપ્ટેમ્બર", "ಸೆಪ್ಟೆಂಬರ್", "ਸਤੰਬਰ", "ସେପ୍ଟେମ୍ବର", "సెప్టెంబర్", "സെപ്റ്റംബർ", "सप्टेंबर", "செப்"},
        {"ઓક્ટોબર", "ಅಕ್ಟೋಬರ್", "ਅਕਤੂਬਰ", "ଅକ୍ଟୋବର", "అక్టోబర్", "ഒക്ടോബർ", "ऑक्टोबर", "அக்"},
        {"નવેમ્બર", "ನವೆಂಬರ್", "ਨਵੰਬਰ", "ନଭେମ୍ବର", "నవంబర్", "നവംബർ", "नोव्हेंबर", "நவ"},
        {"ડિસેમ્બર", "ಡಿಸೆಂಬರ್", "ਦਸੰਬਰ", "ଡିସେମ୍ବର", "డిసెంబర్", "ഡിസംബർ", "डिसेंबर", "டிச"}};
    /** Smaller languages' names, a month a row: Northern Sami, Upper Sorbian (and its genitives), Asturian. */
    private static final String[][] REGIONAL = {
        {"ođđajagemánnu", "januara", "xineru"}, {"guovvamánnu", "februara", "febreru"}, {"njukčamánnu", "měrc", "měrca", "marzu"},
        {"cuoŋománnu", "apryla", "abril"}, {"miessemánnu", "meje", "mayu"}, {"geassemánnu", "junija", "xunu"},
        {"suoidnemánnu", "julija", "xunetu"}, {"borgemánnu", "awgusta", "agostu"}, {"čakčamánnu", "septembra", "setiembre"},
        {"golggotmánnu", "oktobra", "ochobre"}, {"skábmamánnu", "nowembra", "payares"}, {"juovlamánnu", "decembra", "avientu"}};

    /**
     * The Gregorian months, a month a row, as Amharic spells them ("ዲሴምበር"), as Eritrea's Tigrinya names them ("7 ታሕሳስ
     * 2026"; its March, April, May and September are spelled as Ethiopia's own months and left to that calendar, and a
     * date with the Ethiopian era's mark after it, "ሕዳር 28 2019 ዓ.ም.", is no Gregorian one: {@link DateExtractor}), and
     * as Dhivehi spells them ("ޑިސެމްބަރު").
     */
    private static final String[][] ETHIOPIC_AND_THAANA = {
        {"ጃንዋሪ", "ጃንዩወሪ", "ጥሪ", "ޖަނަވަރީ", "ޖެނުއަރީ"}, {"ፌብሩዋሪ", "ፌብሯሪ", "ለካቲት", "ފެބްރުއަރީ", "ފެބުރުއަރީ"},
        {"ማርች", "މާރިޗު", "މާޗް"}, {"ኤፕሪል", "އޭޕްރީލް", "އެޕްރީލް"}, {"ሜይ", "މެއި", "މޭ"},
        {"ጁን", "ሰነ", "ޖޫން"}, {"ጁላይ", "ሓምለ", "ޖުލައި"}, {"ኦገስት", "ነሓሰ", "އޮގަސްޓް", "އޮގަސްޓު"},
        {"ሴፕቴምበር", "ሰፕቴምበር", "ސެޕްޓެމްބަރު"}, {"ኦክቶበር", "ጥቅምቲ", "އޮކްޓޫބަރު", "އޮކްޓޯބަރު"},
        {"ኖቬምበር", "ኖቨምበር", "ሕዳር", "ނޮވެމްބަރު"}, {"ዲሴምበር", "ዲሰምበር", "ታሕሳስ", "ޑިސެމްބަރު"}};

    static {
        for (String[][] table : new String[][][] {NAMES, INDIAN, REGIONAL, ETHIOPIC_AND_THAANA}) {
            add(table);
        }
        for (String[][] table : SmallerLanguagesMonths.TABLES) {
            add(table);
        }
    }

    /** Each name of a table of a month a row under its month's number; a name already taken keeps its first month. */
    private static void add(String[][] table) {
        for (int i = 0; i < table.length; i++) {
            for (String name : table[i]) {
                BY_NAME.putIfAbsent(name, i + 1);
            }
        }
    }

    private MonthNames() {
    }

    /** The month number (1-12) for a name, or 0 when the word is not a month name. */
    public static int month(String word) {
        String key = word.toLowerCase(Locale.ROOT);
        if (key.endsWith(".")) {
            key = key.substring(0, key.length() - 1);
        }
        return BY_NAME.getOrDefault(key, 0);
    }

    /** The first year of the Buddhist Era that a Thai page can mean: 2400 BE is 1857. */
    private static final int BUDDHIST_ERA_YEARS = 2400;
    /** The Buddhist Era counts from 543 BC: 2568 BE is 2025. */
    private static final int BUDDHIST_ERA_OFFSET = 543;

    /** A year written beside a Thai month's name in the Buddhist Era ("2 ธ.ค. 2568") in the Christian Era; any other as it is. */
    public static int christianYear(String monthName, int year) {
        boolean thai = !monthName.isEmpty() && Character.UnicodeBlock.of(monthName.charAt(0)) == Character.UnicodeBlock.THAI;
        return thai && year >= BUDDHIST_ERA_YEARS ? year - BUDDHIST_ERA_OFFSET : year;
    }

    /** A regex alternation of every name, longest first so {@code September} wins over {@code Sep}. */
    static String alternation() {
        return BY_NAME.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(java.util.regex.Pattern::quote)
                .collect(Collectors.joining("|"));
    }
}
