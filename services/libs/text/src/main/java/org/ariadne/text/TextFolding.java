package org.ariadne.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text for search so that the spellings the seed documents really contain meet: diacritics dropped (č → c,
 * ë → e, and the Kosovo OCR's é for ë), đ → d, Cyrillic letters inside Latin words transliterated, and the OCR slips
 * l/I (both → i: "ljudima" finds "Ijudima"), ¢ for ç ("¢éshtjen" finds "çështjen") and q/g (both → g). The folded
 * form is only ever compared with another folded form: it is a search key, not a text to show.
 */
public final class TextFolding {

    private TextFolding() {
    }

    /**
     * Serbian/Montenegrin/Bosnian Cyrillic letters (lower case) and their Latin counterparts, as they slip into Latin
     * words in the seeds ("obučених", "potписанog", "multidisciplinarnе"); digraph letters (љ, њ, џ) are handled
     * apart, and diacritics are dropped anyway (ч, ћ → c; ж → z; ш → s).
     */
    private static final String CYRILLIC = "абвгдђежзијклмнопрстћуфхцчшіѕ";
    private static final String LATIN = "abvgddezzijklmnoprstcufhccsis";

    /** Drops diacritics (and maps đ, ł, ¢), keeps case: for parsers that then match Latin words. */
    public static String foldDiacritics(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            switch (c) {
                case 'đ': out.append('d'); break;
                case 'Đ': out.append('D'); break;
                case 'ł': out.append('l'); break;
                case 'Ł': out.append('L'); break;
                case '¢': out.append('c'); break;
                default: out.append(c);
            }
        }
        return out.toString();
    }

    /** The search key of a text: lower case, no diacritics, Cyrillic transliterated, OCR slips folded, spaces collapsed. */
    public static String fold(String text) {
        String lower = foldDiacritics(text).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean space = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == 'љ' || c == 'њ' || c == 'џ') {
                out.append(c == 'љ' ? "ij" : c == 'њ' ? "nj" : "dz"); // l folds to i below, so љ → "ij" too
                space = false;
                continue;
            }
            int cyrillic = CYRILLIC.indexOf(c);
            if (cyrillic >= 0) {
                c = LATIN.charAt(cyrillic);
            }
            if (c == 'l') {
                c = 'i';
            } else if (c == 'q') {
                c = 'g';
            }
            if (Character.isWhitespace(c)) {
                if (!space && out.length() > 0) {
                    out.append(' ');
                }
                space = true;
                continue;
            }
            space = false;
            out.append(c);
        }
        return out.toString().strip();
    }
}
