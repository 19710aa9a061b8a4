package org.ariadne.funding.exporting;

import java.util.Map;

/**
 * The funding table's words in the tenant's language (its first language; English where none is known): a finance
 * officer reads the workbook as it is, without the web UI translating codes for them.
 */
public final class TableLabels {

    private static final String[] KEYS = {"lines", "totals", "activities", "code", "title", "holder", "source",
        "programme", "group", "share", "currency", "planned", "secured", "committed", "disbursed", "spent",
        "execution", "tbd", "linked", "year", "all", "sharedBy", "sole", "shared", "byYear", "bySource", "byFinancing",
        "byHolder", "byGroup", "activity", "line", "amount", "owner", "national_only", "co_financing", "external",
        "restated", "convertedTo"};

    private static final Map<String, String[]> WORDS = Map.of(
            "en", new String[] {"Budget lines", "Totals", "Activities", "Code", "What for", "Budget holder", "Source",
                "Programme", "Co-financing group", "Declared share %", "Currency", "Planned", "Secured", "Committed",
                "Disbursed", "Spent", "Execution %", "To be determined", "Activities served", "Year", "All years",
                "Activities sharing the line", "only this activity", "shared", "By year", "By source", "By financing",
                "By budget holder", "By co-financing group", "Activity", "Budget line", "Amount", "Owner",
                "national budget only", "national co-financing", "EU funds and donors",
                "Amounts only restated in the plan's text are not counted", "All amounts converted to"},
            "bs", new String[] {"Budžetske linije", "Ukupno", "Aktivnosti", "Šifra", "Namjena", "Nosilac budžeta", "Izvor",
                "Program", "Grupa sufinansiranja", "Deklarisani udio %", "Valuta", "Planirano", "Osigurano", "Ugovoreno",
                "Isplaćeno", "Utrošeno", "Izvršenje %", "Iznos će se utvrditi", "Aktivnosti", "Godina", "Sve godine",
                "Broj aktivnosti koje dijele liniju", "samo ova aktivnost", "zajednička", "Po godinama", "Po izvorima",
                "Po vrsti finansiranja", "Po nosiocima budžeta", "Po grupama sufinansiranja", "Aktivnost",
                "Budžetska linija", "Iznos", "Vlasnik", "samo domaći budžet", "domaće sufinansiranje",
                "sredstva EU i donatora", "Iznosi koji se u tekstu plana samo ponavljaju nisu uračunati",
                "Svi iznosi preračunati u"},
            "sl", new String[] {"Proračunske postavke", "Skupaj", "Naloge", "Šifra", "Namen", "Proračunski porabnik", "Vir",
                "Program", "Skupina sofinanciranja", "Deklarirani delež %", "Valuta", "Načrtovano", "Zagotovljeno",
                "Prevzete obveznosti", "Izplačano", "Porabljeno", "Realizacija %", "Znesek še ni določen", "Naloge",
                "Leto", "Vsa leta", "Število nalog, ki si delijo postavko", "samo ta naloga", "skupna", "Po letih",
                "Po virih", "Po vrsti financiranja", "Po proračunskih porabnikih", "Po skupinah sofinanciranja", "Naloga",
                "Proračunska postavka", "Znesek", "Lastnik", "samo nacionalni proračun", "nacionalno sofinanciranje",
                "sredstva EU in donatorjev", "Zneski, ki jih besedilo načrta le ponavlja, niso šteti",
                "Vsi zneski preračunani v"},
            "sq", new String[] {"Linjat buxhetore", "Gjithsej", "Aktivitetet", "Kodi", "Qëllimi", "Bartësi i buxhetit",
                "Burimi", "Programi", "Grupi i bashkëfinancimit", "Pjesa e deklaruar %", "Valuta", "E planifikuar",
                "E siguruar", "E angazhuar", "E disbursuar", "E shpenzuar", "Realizimi %", "Shuma do të përcaktohet",
                "Aktivitetet", "Viti", "Të gjitha vitet", "Aktivitetet që ndajnë linjën", "vetëm ky aktivitet",
                "e përbashkët", "Sipas viteve", "Sipas burimeve", "Sipas financimit", "Sipas bartësve", "Sipas grupeve",
                "Aktiviteti", "Linja buxhetore", "Shuma", "Pronari", "vetëm buxheti kombëtar", "bashkëfinancim kombëtar",
                "fonde të BE-së dhe donatorëve", "Shumat që vetëm përsëriten në tekstin e planit nuk llogariten",
                "Të gjitha shumat të konvertuara në"});

    private final String[] words;

    private TableLabels(String[] words) {
        this.words = words;
    }

    /** The labels for a BCP 47 tag: Bosnian for bs, hr, sr and cnr (one wording is understood by all), else its own. */
    public static TableLabels forLanguage(String language) {
        String tag = language == null ? "en" : language.toLowerCase(java.util.Locale.ROOT);
        String base = tag.contains("-") ? tag.substring(0, tag.indexOf('-')) : tag;
        if (base.equals("hr") || base.equals("sr") || base.equals("cnr")) {
            base = "bs";
        }
        return new TableLabels(WORDS.getOrDefault(base, WORDS.get("en")));
    }

    public String get(String key) {
        for (int i = 0; i < KEYS.length; i++) {
            if (KEYS[i].equals(key)) {
                return words[i];
            }
        }
        throw new IllegalArgumentException("no label " + key);
    }
}
