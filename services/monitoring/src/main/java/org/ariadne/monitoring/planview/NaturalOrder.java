package org.ariadne.monitoring.planview;

import java.math.BigInteger;
import java.util.Comparator;

/**
 * Orders plan codes as people read them: digit runs compare by value ("2" before "10", "1.2" before "1.10"), the
 * rest case-insensitively; null codes last.
 */
public final class NaturalOrder implements Comparator<String> {

    public static final Comparator<String> CODES = Comparator.nullsLast(new NaturalOrder());

    private NaturalOrder() {
    }

    @Override
    public int compare(String a, String b) {
        int i = 0;
        int j = 0;
        int leadingZeros = 0; // "1" before "01", but only when nothing else tells them apart
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int ei = digitsEnd(a, i);
                int ej = digitsEnd(b, j);
                int byValue = new BigInteger(a.substring(i, ei)).compareTo(new BigInteger(b.substring(j, ej)));
                if (byValue != 0) {
                    return byValue;
                }
                if (leadingZeros == 0) {
                    leadingZeros = Integer.compare(ei - i, ej - j);
                }
                i = ei;
                j = ej;
            } else {
                int byChar = Character.compare(Character.toLowerCase(ca), Character.toLowerCase(cb));
                if (byChar != 0) {
                    return byChar;
                }
                i++;
                j++;
            }
        }
        int byRest = Integer.compare(a.length() - i, b.length() - j);
        if (byRest != 0) {
            return byRest;
        }
        return leadingZeros != 0 ? leadingZeros : a.compareTo(b);
    }

    private static int digitsEnd(String s, int from) {
        int k = from;
        while (k < s.length() && Character.isDigit(s.charAt(k))) {
            k++;
        }
        return k;
    }
}
