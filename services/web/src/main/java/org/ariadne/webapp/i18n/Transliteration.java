package org.ariadne.webapp.i18n;

import java.util.Map;

/**
 * Serbian Latin to Serbian Cyrillic, letter by letter (the two alphabets map one to one, with lj, nj, dž as single
 * Cyrillic letters). Words written in capitals only (acronyms such as PDF, DOCX, MUP) and message placeholders
 * ({@code {0}}) are kept as they are.
 */
public final class Transliteration {

    private static final Map<String, String> DIGRAPHS = Map.ofEntries(
            Map.entry("lj", "љ"), Map.entry("Lj", "Љ"), Map.entry("LJ", "Љ"),
            Map.entry("nj", "њ"), Map.entry("Nj", "Њ"), Map.entry("NJ", "Њ"),
            Map.entry("dž", "џ"), Map.entry("Dž", "Џ"), Map.entry("DŽ", "Џ"));
    private static final String LATIN = "abcčćdđefghijklmnoprsštuvzžABCČĆDĐEFGHIJKLMNOPRSŠTUVZŽ";
    private static final String CYRILLIC = "абцчћдђефгхијклмнопрсштувзжАБЦЧЋДЂЕФГХИЈКЛМНОПРСШТУВЗЖ";

    private Transliteration() {
    }

    public static String toCyrillic(String latin) {
        if (latin == null || latin.isEmpty()) {
            return latin;
        }
        StringBuilder out = new StringBuilder(latin.length());
        int i = 0;
        while (i < latin.length()) {
            char c = latin.charAt(i);
            if (c == '{') {
                int end = latin.indexOf('}', i);
                if (end > i) {
                    out.append(latin, i, end + 1);
                    i = end + 1;
                    continue;
                }
            }
            if (Character.isLetter(c)) {
                int end = i;
                while (end < latin.length() && (Character.isLetterOrDigit(latin.charAt(end)))) {
                    end++;
                }
                String word = latin.substring(i, end);
                out.append(isAcronymOrForeign(word) ? word : word(word));
                i = end;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static boolean isAcronymOrForeign(String word) {
        if (word.length() > 1 && word.equals(word.toUpperCase()) && !word.equals(word.toLowerCase())) {
            return true;
        }
        // letters Serbian Latin does not have (q, w, x, y) mark a foreign word or a code: keep it
        for (char c : word.toCharArray()) {
            if ("qwxyQWXY".indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String word(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            if (i + 1 < word.length()) {
                String pair = word.substring(i, i + 2);
                String digraph = DIGRAPHS.get(pair);
                if (digraph != null) {
                    out.append(digraph);
                    i++;
                    continue;
                }
            }
            char c = word.charAt(i);
            int index = LATIN.indexOf(c);
            out.append(index >= 0 ? CYRILLIC.charAt(index) : c);
        }
        return out.toString();
    }
}
