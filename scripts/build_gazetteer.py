"""Write kb/data/countries.tsv: ISO codes from pycountry merged with our own curated names.

Run once after editing the table below: `python scripts/build_gazetteer.py [OUT]`.
pycountry gives codes and official names; everything a news article actually says
("U.S.", "Britain", "the Kremlin", "Russian") comes from CURATED, which is ours.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pycountry

# alpha3 <TAB> name (empty: pycountry's) <TAB> aliases <TAB> demonyms <TAB> metonyms <TAB> wikidata.
# Every UN member state plus Kosovo, Taiwan, Palestine and the Vatican; the Soviet Union is
# kept as a historical row because leaders before 1991 belong to it, not to Russia.
# Capitals are listed as metonyms only where news uses them for the government and the
# name is not an ordinary English word or a common personal name.
CURATED = """\
AFG		Islamic Republic of Afghanistan|Islamic Emirate of Afghanistan	Afghan|Afghans	Kabul	Q889
ALB			Albanian|Albanians	Tirana	Q222
DZA			Algerian|Algerians	Algiers	Q262
AND			Andorran	Andorra la Vella
AGO			Angolan	Luanda
ATG		Antigua	Antiguan
ARG			Argentine|Argentinian|Argentinians	Buenos Aires|the Casa Rosada	Q414
ARM			Armenian|Armenians	Yerevan	Q399
AUS			Australian|Australians	Canberra	Q408
AUT			Austrian|Austrians	Vienna	Q40
AZE			Azerbaijani|Azeri|Azerbaijanis	Baku	Q227
BHS	Bahamas		Bahamian	Nassau
BHR			Bahraini	Manama	Q398
BGD			Bangladeshi	Dhaka	Q902
BRB			Barbadian	Bridgetown
BLR		Byelorussia	Belarusian|Belarusians|Belarussian	Minsk	Q184
BEL			Belgian|Belgians		Q31
BLZ		British Honduras	Belizean	Belmopan
BEN			Beninese	Porto-Novo
BTN			Bhutanese	Thimphu
BOL	Bolivia		Bolivian|Bolivians	La Paz
BIH		Bosnia|Bosnia-Herzegovina|Bosnia-Hercegovina	Bosnian|Bosnians	Sarajevo	Q225
BWA			Botswanan|Motswana	Gaborone
BRA			Brazilian|Brazilians	Brasilia|Brasília	Q155
BRN	Brunei	Brunei Darussalam	Bruneian|Bruneians	Bandar Seri Begawan
BGR			Bulgarian|Bulgarians	Sofia	Q219
BFA			Burkinabe	Ouagadougou
BDI			Burundian	Gitega
CPV	Cape Verde	Cabo Verde	Cape Verdean	Praia
KHM		Kampuchea	Cambodian|Cambodians	Phnom Penh	Q424
CMR			Cameroonian	Yaounde
CAN			Canadian|Canadians	Ottawa	Q16
CAF			Central African	Bangui
TCD			Chadian	N'Djamena
CHL			Chilean|Chileans		Q298
CHN		People's Republic of China|PRC|P.R.C.|mainland China	Chinese	Beijing|Peking|Zhongnanhai	Q148
COL			Colombian|Colombians	Bogota|Bogotá	Q739
COM	Comoros		Comoran|Comorian
COG	Republic of the Congo	Congo-Brazzaville|Congo Republic		Brazzaville
COD	Democratic Republic of the Congo	DR Congo|D.R. Congo|DRC|Congo-Kinshasa|Zaire		Kinshasa
CRI			Costa Rican	San Jose
CIV	Ivory Coast	Côte d'Ivoire|Cote d'Ivoire	Ivorian|Ivorians	Abidjan|Yamoussoukro
HRV			Croatian|Croatians|Croat|Croats	Zagreb	Q224
CUB			Cuban|Cubans	Havana	Q241
CYP			Cypriot|Cypriots	Nicosia	Q229
CZE	Czech Republic	Czechia	Czech|Czechs	Prague	Q213
PRK	North Korea	Democratic People's Republic of Korea|DPRK|D.P.R.K.	North Korean|North Koreans	Pyongyang	Q423
DNK			Danish|Dane|Danes	Copenhagen	Q35
DJI			Djiboutian
DMA				Roseau
DOM	Dominican Republic		Dominican|Dominicans	Santo Domingo
ECU			Ecuadorian|Ecuadorean	Quito
EGY			Egyptian|Egyptians	Cairo	Q79
SLV			Salvadoran|Salvadorean	San Salvador
GNQ			Equatorial Guinean|Equatoguinean	Malabo
ERI			Eritrean|Eritreans	Asmara
EST			Estonian|Estonians	Tallinn	Q191
SWZ	Eswatini	Swaziland	Swazi	Mbabane
ETH			Ethiopian|Ethiopians	Addis Ababa	Q115
FJI			Fijian	Suva
FIN			Finnish|Finn|Finns	Helsinki	Q33
FRA			French|Frenchman|Frenchmen	Paris|the Elysee|the Élysée|the Elysee Palace|the Élysée Palace|the Quai d'Orsay	Q142
GAB			Gabonese	Libreville
GMB	Gambia		Gambian	Banjul
GEO			Georgian|Georgians	Tbilisi	Q230
DEU		West Germany|Federal Republic of Germany	German|Germans	Berlin|Bonn	Q183
GHA			Ghanaian	Accra
GRC			Greek|Greeks	Athens	Q41
GRD			Grenadian
GTM			Guatemalan	Guatemala City
GIN			Guinean	Conakry
GNB			Bissau-Guinean	Bissau
GUY			Guyanese	Georgetown
HTI			Haitian|Haitians	Port-au-Prince
HND			Honduran|Hondurans	Tegucigalpa
HUN			Hungarian|Hungarians	Budapest	Q28
ISL			Icelandic|Icelander|Icelanders	Reykjavik	Q189
IND		Bharat	Indian|Indians	New Delhi	Q668
IDN			Indonesian|Indonesians	Jakarta	Q252
IRN	Iran	Islamic Republic of Iran|Persia	Iranian|Iranians	Tehran	Q794
IRQ			Iraqi|Iraqis	Baghdad	Q796
IRL		Eire	Irish	Dublin	Q27
ISR		State of Israel	Israeli|Israelis	Jerusalem|Tel Aviv	Q801
ITA			Italian|Italians	Rome|the Farnesina	Q38
JAM			Jamaican|Jamaicans
JPN			Japanese	Tokyo	Q17
JOR			Jordanian|Jordanians	Amman	Q810
KAZ			Kazakh|Kazakhstani|Kazakhs	Astana|Almaty	Q232
KEN			Kenyan|Kenyans	Nairobi	Q114
KIR			I-Kiribati	Tarawa
KWT			Kuwaiti|Kuwaitis	Kuwait City	Q817
KGZ		Kirghizia	Kyrgyz|Kirghiz	Bishkek	Q813
LAO	Laos		Lao|Laotian	Vientiane	Q819
LVA			Latvian|Latvians	Riga	Q211
LBN			Lebanese	Beirut	Q822
LSO			Basotho|Mosotho	Maseru
LBR			Liberian|Liberians	Monrovia
LBY			Libyan|Libyans	Tripoli	Q1016
LIE			Liechtensteiner	Vaduz
LTU			Lithuanian|Lithuanians	Vilnius	Q37
LUX			Luxembourgish|Luxembourger		Q32
MDG			Malagasy	Antananarivo
MWI			Malawian	Lilongwe
MYS			Malaysian|Malaysians	Kuala Lumpur|Putrajaya	Q833
MDV	Maldives		Maldivian
MLI			Malian|Malians	Bamako
MLT			Maltese	Valletta	Q233
MHL	Marshall Islands		Marshallese	Majuro
MRT			Mauritanian	Nouakchott
MUS			Mauritian	Port Louis
MEX			Mexican|Mexicans	Mexico City	Q96
FSM	Micronesia	Federated States of Micronesia	Micronesian	Palikir
MDA	Moldova		Moldovan|Moldovans	Chisinau|Chișinău	Q217
MCO			Monegasque
MNG			Mongolian|Mongolians	Ulaanbaatar|Ulan Bator	Q711
MNE			Montenegrin|Montenegrins	Podgorica	Q236
MAR			Moroccan|Moroccans	Rabat	Q1028
MOZ			Mozambican	Maputo
MMR		Burma	Burmese	Naypyitaw|Naypyidaw|Yangon|Rangoon	Q836
NAM			Namibian	Windhoek
NRU			Nauruan	Yaren
NPL			Nepali|Nepalese	Kathmandu	Q837
NLD	Netherlands	Holland|The Netherlands	Dutch	The Hague|Amsterdam	Q55
NZL			New Zealander|New Zealanders	Wellington	Q664
NIC			Nicaraguan|Nicaraguans	Managua
NER			Nigerien	Niamey
NGA			Nigerian|Nigerians	Abuja	Q1033
MKD	North Macedonia	Macedonia|Former Yugoslav Republic of Macedonia|FYROM	Macedonian|Macedonians	Skopje	Q221
NOR			Norwegian|Norwegians	Oslo	Q20
OMN			Omani|Omanis	Muscat	Q842
PAK			Pakistani|Pakistanis	Islamabad	Q843
PLW			Palauan	Ngerulmud
PAN			Panamanian	Panama City
PNG			Papua New Guinean	Port Moresby
PRY			Paraguayan	Asuncion|Asunción
PER			Peruvian|Peruvians	Lima	Q419
PHL	Philippines		Filipino|Filipinos|Philippine	Manila	Q928
POL			Polish|Pole|Poles	Warsaw	Q36
PRT			Portuguese	Lisbon	Q45
QAT			Qatari|Qataris	Doha	Q846
KOR	South Korea	Republic of Korea|ROK	South Korean|South Koreans	Seoul	Q884
ROU		Roumania	Romanian|Romanians	Bucharest	Q218
RUS	Russia	Russian Federation	Russian|Russians	Moscow|the Kremlin	Q159
RWA			Rwandan|Rwandans	Kigali
KNA	Saint Kitts and Nevis	St Kitts and Nevis	Kittitian	Basseterre
LCA	Saint Lucia	St Lucia	Saint Lucian	Castries
VCT	Saint Vincent and the Grenadines	St Vincent and the Grenadines|St Vincent|Saint Vincent	Vincentian	Kingstown
WSM			Samoan	Apia
SMR		San Marino	Sammarinese
STP	Sao Tome and Principe	São Tomé and Príncipe	Sao Tomean	Sao Tome
SAU		Saudi|KSA	Saudi|Saudis|Saudi Arabian	Riyadh	Q851
SEN			Senegalese	Dakar
SRB			Serbian|Serb|Serbs	Belgrade	Q403
SYC	Seychelles		Seychellois
SLE			Sierra Leonean	Freetown
SGP			Singaporean|Singaporeans		Q334
SVK			Slovak|Slovaks	Bratislava	Q214
SVN			Slovenian|Slovene|Slovenes	Ljubljana	Q215
SLB	Solomon Islands		Solomon Islander	Honiara
SOM			Somali|Somalis	Mogadishu	Q1045
ZAF			South African|South Africans	Pretoria	Q258
SSD			South Sudanese	Juba	Q958
ESP			Spanish|Spaniard|Spaniards	Madrid	Q29
LKA		Ceylon	Sri Lankan|Sri Lankans	Colombo	Q854
SDN			Sudanese	Khartoum	Q1049
SUR			Surinamese	Paramaribo
SWE			Swedish|Swede|Swedes	Stockholm	Q34
CHE		Swiss Confederation	Swiss	Bern|Berne	Q39
SYR	Syria	Syrian Arab Republic	Syrian|Syrians	Damascus	Q858
TJK			Tajik|Tajikistani	Dushanbe	Q863
THA		Siam	Thai	Bangkok	Q869
TLS	East Timor	Timor-Leste	Timorese	Dili
TGO			Togolese	Lome|Lomé
TON			Tongan	Nuku'alofa
TTO			Trinidadian|Tobagonian	Port of Spain
TUN			Tunisian|Tunisians	Tunis	Q948
TUR	Turkey	Türkiye|Turkiye	Turkish|Turk|Turks	Ankara	Q43
TKM			Turkmen	Ashgabat	Q874
TUV			Tuvaluan	Funafuti
UGA			Ugandan|Ugandans	Kampala
UKR		the Ukraine	Ukrainian|Ukrainians	Kyiv|Kiev	Q212
ARE	United Arab Emirates	UAE|U.A.E.|Emirates	Emirati|Emiratis	Abu Dhabi	Q878
GBR	United Kingdom	Britain|Great Britain|UK|U.K.|United Kingdom of Great Britain and Northern Ireland	British|Briton|Britons	London|Downing Street|Whitehall|Number 10|No 10|the Foreign Office	Q145
TZA	Tanzania	United Republic of Tanzania	Tanzanian|Tanzanians	Dodoma|Dar es Salaam
USA	United States	U.S.|US|USA|U.S.A.|United States of America|America|the States	American|Americans|U.S.	Washington|the White House|the State Department|the Pentagon|Foggy Bottom	Q30
URY			Uruguayan	Montevideo
UZB			Uzbek|Uzbekistani|Uzbeks	Tashkent	Q265
VUT			Ni-Vanuatu	Port Vila
VEN	Venezuela	Bolivarian Republic of Venezuela	Venezuelan|Venezuelans	Caracas|Miraflores	Q717
VNM	Vietnam	Viet Nam	Vietnamese	Hanoi	Q881
YEM			Yemeni|Yemenis	Sanaa|Sana'a	Q805
ZMB			Zambian|Zambians	Lusaka
ZWE			Zimbabwean|Zimbabweans	Harare
XKX	Kosovo	Republic of Kosovo	Kosovar|Kosovan|Kosovars	Pristina|Prishtina	Q1246
TWN	Taiwan	Republic of China|ROC|Chinese Taipei|Formosa	Taiwanese	Taipei	Q865
PSE	Palestine	State of Palestine|Palestinian territories|Occupied Palestinian Territories	Palestinian|Palestinians	Ramallah	Q219060
VAT	Vatican City	Vatican|Holy See|the Vatican|Vatican City State	Vatican		Q237
SUN	Soviet Union	USSR|U.S.S.R.|Union of Soviet Socialist Republics	Soviet|Soviets		Q15180
YUG	Yugoslavia	Federal Republic of Yugoslavia|Socialist Federal Republic of Yugoslavia|FRY|SFRY	Yugoslav|Yugoslavs
DDR	East Germany	German Democratic Republic|GDR	East German|East Germans	East Berlin|Pankow	Q16957
VDR	North Vietnam	Democratic Republic of Vietnam	North Vietnamese
CSK	Czechoslovakia	Czechoslovak Socialist Republic|Czech and Slovak Federative Republic	Czechoslovak|Czechoslovaks		Q33946
"""

# ISO short names that news uses for more than one state: never an alias.
AMBIGUOUS = {"Congo"}

# Codes pycountry does not know (or knows only as a historical country).
EXTRA_CODES = {"XKX": "XK", "SUN": "SU", "YUG": "YU", "DDR": "DD", "VDR": "VD", "CSK": "CS"}


def _base(alpha3: str) -> tuple[str, str]:
    country = pycountry.countries.get(alpha_3=alpha3)
    if country is None:
        return EXTRA_CODES[alpha3], ""
    return country.alpha_2, getattr(country, "common_name", None) or country.name


def _official(alpha3: str) -> list[str]:
    """pycountry's official and ISO names, so exact official forms are aliases too."""
    country = pycountry.countries.get(alpha_3=alpha3)
    if country is None:
        return []
    return [n for n in (country.name, getattr(country, "official_name", None)) if n]


def rows() -> list[list[str]]:
    seen: dict[str, list[str]] = {}
    for line in CURATED.splitlines():
        alpha3, name, aliases, demonyms, metonyms, wikidata = (line.split("\t") + [""] * 6)[:6]
        if alpha3 in seen:
            continue  # a repeated row is a slip in the table, not a second country
        alpha2, iso_name = _base(alpha3)
        name = name or iso_name
        names = [a for a in aliases.split("|") if a]
        for official in _official(alpha3):
            if official != name and official not in names and official not in AMBIGUOUS:
                names.append(official)
        seen[alpha3] = [alpha3, alpha2, name, "|".join(names), demonyms, metonyms, wikidata]
    return sorted(seen.values())


def main(out: str | None = None) -> int:
    path = Path(out) if out else Path(__file__).resolve().parents[1] / "kb" / "data" / "countries.tsv"
    header = ["alpha3", "alpha2", "name", "aliases", "demonyms", "metonyms", "wikidata"]
    lines = ["\t".join(header)] + ["\t".join(r) for r in rows()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{path}: {len(lines) - 1} countries")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:2]))
