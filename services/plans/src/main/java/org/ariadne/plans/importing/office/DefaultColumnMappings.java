package org.ariadne.plans.importing.office;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ariadne.plans.importing.ColumnMapping;

/**
 * Column mappings that work without configuration: the headers administrations in the region print, per language,
 * and {@link #standard()} which knows all of them. Values list header alternatives separated by {@code |}
 * (compared without case and diacritics; a header that starts with an alternative followed by a space also
 * matches, e.g. "Rok izvršenja" for "Rok"); {@code #B} names a column by letter. Header row 0 = search for it.
 */
public final class DefaultColumnMappings {

    /** The headers of our own XLSX export (after the level columns), by field. */
    static final Map<String, String> EXPORT_HEADERS = exportHeaders();

    private DefaultColumnMappings() {
    }

    /**
     * The keys a mapping may use: the {@link org.ariadne.plans.importing.ImportRow} fields that come from a column,
     * and {@code level1..level8} / {@code level1Code..level8Code} for the tree. Other keys are ignored by the readers.
     */
    public static Set<String> fieldNames() {
        Set<String> names = new LinkedHashSet<>(EXPORT_HEADERS.keySet());
        for (int level = 1; level <= TableInterpreter.MAX_LEVELS; level++) {
            names.add("level" + level);
            names.add("level" + level + "Code");
        }
        return java.util.Collections.unmodifiableSet(names);
    }

    /** Every language below at once: the default when a tenant has saved no mapping. */
    public static ColumnMapping standard() {
        return merge("standard", english(), bcms(), slovenian(), albanian());
    }

    /** English headers (and our own export's headers, without its level columns). */
    public static ColumnMapping english() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("title", "Activity|Activities|Task|Action|Measure/activity");
        m.put("code", "Code|No|No.|Number|Ref");
        m.put("description", "Description");
        m.put("goals", "Goals|Goal|Objectives");
        m.put("expectedResults", "Expected results|Expected result|Outcome|Outcomes|Result|Results");
        m.put("deadline", "Deadline|Deadlines|Timeframe|Time frame|Timeline|Due date|Due");
        m.put("leadInstitutions", "Lead institutions|Lead institution|Responsible institutions|Responsible institution|Responsible|Lead");
        m.put("partners", "Partners|Partner institutions|Partner");
        m.put("implementers", "Implementers|Implementer|Implementing organisations");
        m.put("funders", "Funders|Funder|Donors|Donor");
        m.put("indicators", "Indicators|Indicator|Performance indicators");
        m.put("meansOfVerification", "Means of verification|Source of verification|Sources of verification");
        m.put("quantitativeTargets", "Quantitative targets|Targets|Target");
        m.put("resources", "Resources|Required resources|Funding|Budget|Source of funding|Sources of funding|Cost|Costs");
        m.put("frameworkRefs", "Framework references|References|International framework");
        m.put("level1", "Area|Chapter|Pillar|Strategic objective|Strategic objectives");
        m.put("level2", "Programme|Program|Strategic programme|Strategic goal|Specific objective|Section");
        m.put("level3", "Operational objective|Measure");
        return new ColumnMapping("en", m, 0);
    }

    /** Bosnian, Croatian, Montenegrin and Serbian headers (Latin; Cyrillic headers match through transliteration). */
    public static ColumnMapping bcms() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("title", "Aktivnost|Aktivnosti|Naziv aktivnosti|Opis aktivnosti|Mjere i aktivnosti|Mjera/aktivnost");
        m.put("code", "Šifra|Kod|Br.|R.br.|Redni broj|Broj");
        m.put("description", "Opis");
        m.put("goals", "Ciljevi aktivnosti");
        m.put("expectedResults", "Očekivani rezultat|Očekivani rezultati|Rezultat|Rezultati");
        m.put("deadline", "Rok|Rokovi|Rok izvršenja|Rok realizacije|Rok za realizaciju|Vremenski rok|Vremenski okvir|"
                + "Period realizacije|Vrijeme realizacije|Vreme realizacije");
        m.put("leadInstitutions", "Nosilac|Nosioci|Nositelj|Nositelji|Nosilac aktivnosti|Nosioci aktivnosti|Odgovorna institucija|"
                + "Odgovorne institucije|Nadležna institucija|Nadležni organ|Odgovorni|Institucija nadležna za provođenje|"
                + "Institucije nadležne za provođenje");
        m.put("partners", "Partneri|Partnerske institucije|Partner|Saradnici|Suradnici|Učesnici|Sudionici");
        m.put("implementers", "Implementatori|Implementator|Izvršioci|Izvršilac|Izvršitelji|Realizatori");
        m.put("funders", "Donatori|Donator|Finansijeri|Financijeri");
        m.put("indicators", "Indikator|Indikatori|Pokazatelj|Pokazatelji|Indikatori uspješnosti|Indikatori uspjeha|Indikator uspjeha");
        m.put("meansOfVerification", "Izvor verifikacije|Izvori verifikacije|Sredstva verifikacije|Način verifikacije");
        m.put("quantitativeTargets", "Ciljne vrijednosti|Ciljna vrijednost");
        m.put("resources", "Potrebni resursi|Resursi|Izvor finansiranja|Izvori finansiranja|Izvor financiranja|"
                + "Izvori financiranja|Potrebna sredstva|Finansijska sredstva|Sredstva|Budžet");
        m.put("frameworkRefs", "Međunarodni okvir|Reference");
        m.put("level1", "Oblast|Strateška oblast|Područje|Poglavlje");
        m.put("level2", "Strateški program|Strateški cilj|Program");
        m.put("level3", "Operativni cilj|Specifični cilj|Mjera|Mera");
        return new ColumnMapping("bcms", m, 0);
    }

    /** Slovenian headers. */
    public static ColumnMapping slovenian() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("title", "Naloga|Naloge|Ukrep|Ukrepi");
        m.put("code", "Št.|Številka|Oznaka");
        m.put("description", "Opis naloge|Opis");
        m.put("goals", "Cilj|Cilji");
        m.put("deadline", "Rok|Rok izvedbe|Časovni okvir");
        m.put("leadInstitutions", "Nosilec|Nosilci|Nosilec naloge|Odgovorni");
        m.put("implementers", "Izvajalec|Izvajalci");
        m.put("partners", "Sodelujoči|Sodelujoče institucije|Partnerji");
        m.put("indicators", "Kazalnik|Kazalniki");
        m.put("quantitativeTargets", "Kvantitativni cilji|Ciljna vrednost|Ciljne vrednosti");
        m.put("resources", "Viri|Viri financiranja|Finančna sredstva|Sredstva");
        m.put("level1", "Poglavje");
        m.put("level2", "Podpoglavje|Razdelek|Področje");
        return new ColumnMapping("sl", m, 0);
    }

    /** Albanian headers. */
    public static ColumnMapping albanian() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("title", "Aktiviteti|Aktivitetet|Veprimi|Veprimet");
        m.put("code", "Nr.|Kodi");
        m.put("expectedResults", "Rezultati i pritur|Rezultatet e pritura");
        m.put("deadline", "Afati|Afati kohor|Afatet");
        m.put("leadInstitutions", "Institucioni përgjegjës|Institucionet përgjegjëse|Institucioni udhëheqës|Përgjegjës");
        m.put("partners", "Partnerët|Institucionet partnere|Partnerë");
        m.put("funders", "Donatorët|Donatori");
        m.put("indicators", "Treguesit|Treguesi|Indikatori|Indikatorët");
        m.put("meansOfVerification", "Burimi i verifikimit|Burimet e verifikimit|Mjetet e verifikimit");
        m.put("resources", "Burimet|Burimi i financimit|Burimet financiare|Kostoja|Buxheti");
        m.put("level1", "Objektivi strategjik|Objektivat strategjike|Objektiva strategjike");
        m.put("level2", "Objektivi specifik|Objektivat specifike|Objektiva specifike");
        return new ColumnMapping("sq", m, 0);
    }

    /**
     * The mapping of our own XLSX export: the level columns by position (code and title per level, left to right),
     * the activity fields by their English headers, header in row 1.
     */
    public static ColumnMapping ownExport(List<String> levelNames) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("title", EXPORT_HEADERS.get("title"));
        for (Map.Entry<String, String> e : EXPORT_HEADERS.entrySet()) {
            m.putIfAbsent(e.getKey(), e.getValue());
        }
        for (int i = 0; i < levelNames.size() && i < TableInterpreter.MAX_LEVELS; i++) {
            m.put("level" + (i + 1) + "Code", "#" + CellText.columnLetters(2 * i));
            m.put("level" + (i + 1), "#" + CellText.columnLetters(2 * i + 1));
        }
        return new ColumnMapping("ariadne-export", m, 1);
    }

    private static Map<String, String> exportHeaders() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("code", "Code");
        m.put("title", "Activity");
        m.put("description", "Description");
        m.put("goals", "Goals");
        m.put("expectedResults", "Expected results");
        m.put("deadline", "Deadline");
        m.put("leadInstitutions", "Lead institutions");
        m.put("partners", "Partners");
        m.put("implementers", "Implementers");
        m.put("funders", "Funders");
        m.put("indicators", "Indicators");
        m.put("meansOfVerification", "Means of verification");
        m.put("quantitativeTargets", "Quantitative targets");
        m.put("resources", "Resources");
        m.put("frameworkRefs", "Framework references");
        return java.util.Collections.unmodifiableMap(m);
    }

    private static ColumnMapping merge(String name, ColumnMapping... mappings) {
        Map<String, Set<String>> alternatives = new LinkedHashMap<>();
        for (ColumnMapping mapping : mappings) {
            for (Map.Entry<String, String> e : mapping.columns().entrySet()) {
                Set<String> set = alternatives.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>());
                for (String alternative : e.getValue().split("\\|")) {
                    set.add(alternative);
                }
            }
        }
        Map<String, String> merged = new LinkedHashMap<>();
        alternatives.forEach((field, set) -> merged.put(field, String.join("|", new ArrayList<>(set))));
        return new ColumnMapping(name, merged, 0);
    }
}
