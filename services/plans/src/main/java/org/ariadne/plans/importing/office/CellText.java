package org.ariadne.plans.importing.office;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** How the readers compare header text and turn a printed cell into values. */
final class CellText {

    private static final Pattern BULLET = Pattern.compile("^[•\\-–—*·▪◦]\\s+");
    private static final String CYRILLIC = "абвгдђежзијклљмнњопрстћуфхцчџшэюяё";
    private static final String[] LATIN = {"a", "b", "v", "g", "d", "dj", "e", "z", "z", "i", "j", "k", "l", "lj", "m",
            "n", "nj", "o", "p", "r", "s", "t", "c", "u", "f", "h", "c", "c", "dz", "s", "e", "ju", "ja", "e"};

    private CellText() {
    }

    /**
     * The form in which header texts are compared: lower case, without diacritics, Serbian Cyrillic transliterated,
     * punctuation turned into single spaces ("R.br." and "R. br." both become "r br").
     */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder latin = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            int cyr = CYRILLIC.indexOf(c);
            if (cyr >= 0) {
                latin.append(LATIN[cyr]);
            } else if (c == 'đ') {
                latin.append("dj");
            } else if (c == 'ł') {
                latin.append('l');
            } else if (c == 'ß') {
                latin.append("ss");
            } else {
                latin.append(c);
            }
        }
        String stripped = Normalizer.normalize(latin, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return stripped.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    /** A printed cell as one value: trimmed, null when empty. */
    static String single(String cell) {
        if (cell == null) {
            return null;
        }
        String trimmed = cell.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    /** A printed cell as a list: one entry per non-blank line, trimmed, a leading bullet removed. */
    static List<String> lines(String cell) {
        List<String> items = new ArrayList<>();
        if (cell == null) {
            return items;
        }
        for (String line : cell.split("\\r\\n|\\r|\\n")) {
            String item = BULLET.matcher(line.strip()).replaceFirst("").strip();
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        return items;
    }

    /** A cell of our own export as a list: exactly one entry per line (the writer records where that is not enough). */
    static List<String> exactLines(String cell) {
        List<String> items = new ArrayList<>();
        if (cell == null || cell.isEmpty()) {
            return items;
        }
        for (String line : cell.split("\n", -1)) {
            items.add(line);
        }
        return items;
    }

    /** Whether the text is written in capitals (at least three letters, none lower case): "1. PREVENCIJA". */
    static boolean isCapitals(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isLowerCase(c)) {
                    return false;
                }
            }
        }
        return letters >= 3;
    }

    /** Spreadsheet column letters of a 0-based index: 0 → A, 26 → AA. */
    static String columnLetters(int index) {
        StringBuilder letters = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            int rem = (n - 1) % 26;
            letters.insert(0, (char) ('A' + rem));
            n = (n - 1) / 26;
        }
        return letters.toString();
    }

    /** 0-based index of column letters ("A" → 0), or -1 when the text is not 1–3 letters. */
    static int columnIndex(String letters) {
        if (letters == null || !letters.matches("[A-Za-z]{1,3}")) {
            return -1;
        }
        int n = 0;
        for (char c : letters.toUpperCase(Locale.ROOT).toCharArray()) {
            n = n * 26 + (c - 'A' + 1);
        }
        return n - 1;
    }
}
