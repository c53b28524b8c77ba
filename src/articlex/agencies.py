"""Names of news agencies and news outlets, with the aliases they are printed under.

Data only (the attribution stage compiles it once). Each entry is a canonical short name and
the spellings a page prints. Matching rules, applied by :mod:`articlex.fields.attribution`:

* an alias written in capitals or with a lowercase-initial brand (``AP``, ``KCNA``, ``dpa``)
  is matched case-sensitively, so the word "ap" or "Ani" in a sentence is not an agency;
* a multi-word alias (``Associated Press``) is matched ignoring case, so "Yonhap News agency"
  and "Xinhua news agency" are found;
* the longest alias wins ("Associated Press of Pakistan" is APP, not AP).

``base`` is the city a news agency is based in, so that "the Seoul-based news agency" can be
resolved to the agency named before it.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["AGENCIES", "CREDIT_ONLY_ALIASES", "OUTLETS", "Outlet"]


@dataclass(frozen=True, slots=True)
class Outlet:
    """A news agency or outlet: canonical short name, printed aliases, home city, domains."""

    name: str
    aliases: tuple[str, ...]
    base: str | None = None
    domains: tuple[str, ...] = ()


def _a(name: str, *aliases: str, base: str | None = None, domains: tuple[str, ...] = ()) -> Outlet:
    return Outlet(name, (name, *aliases), base, domains)


#: Wire services and state news agencies: credited as filers of a story and cited as sources.
AGENCIES: tuple[Outlet, ...] = (
    # global wires
    _a("AP", "Associated Press", "The Associated Press", base="New York", domains=("apnews.com",)),
    _a("Reuters", "Thomson Reuters", base="London", domains=("reuters.com",)),
    _a("AFP", "Agence France-Presse", "Agence France Presse", "France-Presse", base="Paris"),
    _a("Bloomberg", "Bloomberg News", base="New York", domains=("bloomberg.com",)),
    _a("UPI", "United Press International", base="Washington"),
    _a("Dow Jones", "Dow Jones Newswires", "Dow Jones Newswire", base="New York"),
    # South Asia
    _a("ANI", "Asian News International", base="New Delhi"),
    _a("PTI", "Press Trust of India", base="New Delhi"),
    _a("IANS", "Indo-Asian News Service", base="New Delhi"),
    _a("UNI", "United News of India", base="New Delhi"),
    _a("APP", "Associated Press of Pakistan", base="Islamabad"),
    _a("BSS", "Bangladesh Sangbad Sangstha", base="Dhaka"),
    _a("RSS", "Rastriya Samachar Samiti", base="Kathmandu"),
    _a("Bakhtar", "Bakhtar News Agency", base="Kabul"),
    # East Asia
    _a("Yonhap", "Yonhap News Agency", "Yonhap News", base="Seoul"),
    _a("KCNA", "Korean Central News Agency", base="Pyongyang"),
    _a("Kyodo", "Kyodo News", base="Tokyo"),
    _a("Jiji", "Jiji Press", base="Tokyo"),
    _a("Xinhua", "Xinhua News Agency", "New China News Agency", base="Beijing"),
    _a("China News Service", base="Beijing"),
    _a("CNA", "Central News Agency", "Focus Taiwan", base="Taipei"),
    # South-East Asia and Pacific
    _a("Bernama", base="Kuala Lumpur"),
    _a("Antara", "ANTARA", "Antara News Agency", base="Jakarta"),
    _a("VNA", "Vietnam News Agency", base="Hanoi"),
    _a("PNA", "Philippine News Agency", base="Manila"),
    _a("AAP", "Australian Associated Press", base="Sydney"),
    # Russia and neighbours
    _a("TASS", "ITAR-TASS", "Tass", base="Moscow"),
    _a("RIA Novosti", "RIA", base="Moscow"),
    _a("Interfax", base="Moscow"),
    _a("Sputnik", base="Moscow"),
    _a("Ukrinform", base="Kyiv"),
    _a("UNIAN", base="Kyiv"),
    _a("BelTA", base="Minsk"),
    _a("Kazinform", base="Astana"),
    _a("Ruptly", base="Berlin"),
    # Europe
    _a("dpa", "DPA", "Deutsche Presse-Agentur", base="Hamburg"),
    _a("EFE", "Agencia EFE", base="Madrid"),
    _a("Europa Press", base="Madrid"),
    _a("ANSA", base="Rome"),
    _a("AGI", "Agenzia Giornalistica Italia", base="Rome"),
    _a("Adnkronos", base="Rome"),
    _a("Lusa", base="Lisbon"),
    _a("Belga", base="Brussels"),
    _a("ANP", "Algemeen Nederlands Persbureau", base="The Hague"),
    _a("APA", "Austria Presse Agentur", base="Vienna"),
    _a("Keystone-SDA", base="Bern"),
    _a("PAP", "Polish Press Agency", base="Warsaw"),
    _a("CTK", "ČTK", "Czech News Agency", base="Prague"),
    _a("MTI", base="Budapest"),
    _a("Agerpres", base="Bucharest"),
    _a("BTA", "Bulgarian News Agency", base="Sofia"),
    _a("NTB", base="Oslo"),
    _a("Ritzau", base="Copenhagen"),
    _a("STT", base="Helsinki"),
    _a("PA Media", "Press Association", "PA news agency", base="London"),
    _a("Anadolu", "Anadolu Agency", "Anadolu News Agency", base="Ankara"),
    _a("Canadian Press", "The Canadian Press", base="Toronto"),
    # Middle East and Africa
    _a("WAM", "Emirates News Agency", base="Abu Dhabi"),
    _a("SPA", "Saudi Press Agency", base="Riyadh"),
    _a("KUNA", "Kuwait News Agency", base="Kuwait"),
    _a("QNA", "Qatar News Agency", base="Doha"),
    _a("BNA", "Bahrain News Agency", base="Manama"),
    _a("ONA", "Oman News Agency", base="Muscat"),
    _a("Petra", "Petra News Agency", "Jordan News Agency", base="Amman"),
    _a("SANA", "Syrian Arab News Agency", base="Damascus"),
    _a("NNA", "National News Agency", base="Beirut"),
    _a("WAFA", base="Ramallah"),
    _a("MENA", "Middle East News Agency", base="Cairo"),
    _a("IRNA", "Islamic Republic News Agency", base="Tehran"),
    _a("Tasnim", "Tasnim News Agency", base="Tehran"),
    _a("Fars", "Fars News Agency", base="Tehran"),
    _a("Mehr", "Mehr News Agency", base="Tehran"),
    _a("ISNA", "Iranian Students' News Agency", base="Tehran"),
    _a("APS", "Algérie Presse Service", base="Algiers"),
    _a("TAP", "Tunis Afrique Presse", base="Tunis"),
    _a("MAP", "Maghreb Arabe Presse", base="Rabat"),
    _a("NAN", "News Agency of Nigeria", base="Abuja"),
    _a("KNA", "Kenya News Agency", base="Nairobi"),
    _a("ENA", "Ethiopian News Agency", base="Addis Ababa"),
    _a("ANA", "African News Agency", base="Cape Town"),
    # Latin America
    _a("Agência Brasil", "Agencia Brasil", base="Brasília"),
    _a("Notimex", base="Mexico City"),
    _a("Télam", "Telam", base="Buenos Aires"),
    _a("Prensa Latina", base="Havana"),
)

#: Aliases trusted only inside a credit ("ANKARA (AA) -"): as words they mean other things.
CREDIT_ONLY_ALIASES: dict[str, str] = {"AA": "Anadolu", "CP": "Canadian Press", "PA": "PA Media"}

#: Newspapers, broadcasters and sites that stories cite ("The New York Times reported").
OUTLETS: tuple[Outlet, ...] = (
    _a("NYT", "New York Times", "The New York Times", "NY Times", domains=("nytimes.com",)),
    _a("WSJ", "Wall Street Journal", "The Wall Street Journal", domains=("wsj.com",)),
    _a("FT", "Financial Times", "The Financial Times", domains=("ft.com",)),
    _a("Washington Post", "The Washington Post", "WaPo", domains=("washingtonpost.com",)),
    _a("BBC", "BBC News", "BBC World Service", domains=("bbc.com", "bbc.co.uk")),
    _a("CNN", "CNN Business", domains=("cnn.com",)),
    _a("CNBC", domains=("cnbc.com",)),
    _a("NBC News", domains=("nbcnews.com",)),
    _a("CBS News", domains=("cbsnews.com",)),
    _a("ABC News", domains=("abcnews.go.com",)),
    _a("Fox News", domains=("foxnews.com",)),
    _a("MSNBC"),
    _a("NPR", domains=("npr.org",)),
    _a("Politico", "POLITICO", domains=("politico.com",)),
    _a("Axios", domains=("axios.com",)),
    _a("The Hill", domains=("thehill.com",)),
    _a("USA Today", "USA TODAY", domains=("usatoday.com",)),
    _a("Los Angeles Times", "LA Times", "L.A. Times", domains=("latimes.com",)),
    _a("Business Insider", domains=("businessinsider.com",)),
    _a("Fast Company"),
    _a("Forbes"),
    _a("Fortune"),
    _a("Newsweek"),
    _a("The Atlantic"),
    _a("New Yorker", "The New Yorker"),
    _a("Rolling Stone"),
    _a("Variety"),
    _a("Deadline"),
    _a("Hollywood Reporter", "The Hollywood Reporter"),
    _a("TMZ"),
    _a("E! News", "E!", "E! Online"),
    _a("The Wrap", "TheWrap"),
    _a("ESPN"),
    _a("The Athletic"),
    _a("BuzzFeed News"),
    _a("HuffPost", "Huffington Post"),
    _a("Daily Beast", "The Daily Beast"),
    _a("ProPublica"),
    _a("The Intercept"),
    _a("Semafor"),
    _a("MarketWatch"),
    _a("Barron's"),
    _a("The Economist"),
    _a("Yahoo Finance"),
    _a("Yahoo News"),
    _a("TechCrunch", domains=("techcrunch.com",)),
    _a("The Verge"),
    _a("Wired", "WIRED"),
    _a("Ars Technica"),
    _a("Engadget"),
    _a("9to5Mac"),
    _a("MacRumors"),
    _a("DigiTimes", "Digitimes"),
    _a("The Information"),
    _a("Argus Leader", "Sioux Falls Argus Leader"),
    _a("Guardian", "The Guardian", domains=("theguardian.com",)),
    _a("Independent", "The Independent", domains=("independent.co.uk",)),
    _a("Telegraph", "The Telegraph", "Daily Telegraph", "The Daily Telegraph"),
    _a("Daily Mail", "MailOnline", "Mail Online"),
    _a("Daily Express"),
    _a("Mirror", "Daily Mirror"),
    _a("Evening Standard"),
    _a("Sky News"),
    _a("Irish Times", "The Irish Times"),
    _a("Spiegel", "Der Spiegel"),
    _a("Bild"),
    _a("Le Monde"),
    _a("Le Figaro"),
    _a("El País", "El Pais"),
    _a("Corriere della Sera"),
    _a("La Repubblica"),
    _a("Kommersant"),
    _a("Vedomosti"),
    _a("RT", "Russia Today"),
    _a("Al Jazeera"),
    _a("Al Arabiya"),
    _a("Haaretz"),
    _a("Times of Israel", "The Times of Israel"),
    _a("Jerusalem Post", "The Jerusalem Post"),
    _a("Arab News"),
    _a("Gulf News"),
    _a("Khaleej Times"),
    _a("Tehran Times"),
    _a("Times of India", "The Times of India"),
    _a("Hindustan Times"),
    _a("Indian Express", "The Indian Express"),
    _a("The Hindu"),
    _a("Economic Times", "The Economic Times"),
    _a("NDTV"),
    _a("Dawn"),
    _a("Express Tribune", "The Express Tribune"),
    _a("Geo News"),
    _a("SCMP", "South China Morning Post"),
    _a("Global Times"),
    _a("People's Daily"),
    _a("CCTV"),
    _a("CGTN"),
    _a("Caixin"),
    _a("NHK"),
    _a("Nikkei", "Nikkei Asia", "Nikkei Asian Review"),
    _a("Asahi Shimbun", "Asahi"),
    _a("Yomiuri Shimbun", "Yomiuri"),
    _a("Mainichi Shimbun", "Mainichi"),
    _a("Japan Times", "The Japan Times"),
    _a("Korea Times", "The Korea Times"),
    _a("Korea Herald", "The Korea Herald"),
    _a("JoongAng Ilbo"),
    _a("Chosun Ilbo"),
    _a("NK News"),
    _a("Straits Times", "The Straits Times"),
    _a("Sydney Morning Herald", "The Sydney Morning Herald"),
    _a("ABC Australia"),
    _a("Globe and Mail", "The Globe and Mail"),
    _a("CBC", "CBC News"),
    _a("Voice of America", "VOA"),
    _a("Radio Free Europe", "RFE/RL"),
    _a("Deutsche Welle", "DW"),
    _a("France 24"),
    _a("Euronews"),
)
