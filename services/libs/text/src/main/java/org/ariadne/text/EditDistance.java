package org.ariadne.text;

/**
 * How far apart two spellings are: the optimal-string-alignment distance (insertions, deletions, substitutions and
 * swaps of two neighbouring letters each count 1, so "ZNKNT" is close to "ZKNKT" and "Worl Vision" to "World Vision").
 * Only small distances matter for names, so the computation is bounded: beyond {@code max} it stops early.
 */
public final class EditDistance {

    private EditDistance() {
    }

    /**
     * The distance between {@code a} and {@code b} when it is at most {@code max}; otherwise {@code max + 1}. Work is
     * proportional to the length times {@code 2·max + 1}, never to the product of the lengths.
     */
    public static int atMost(String a, String b, int max) {
        if (max < 0) {
            throw new IllegalArgumentException("max must not be negative");
        }
        if (a.equals(b)) {
            return 0;
        }
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > max) {
            return max + 1;
        }
        int outside = max + 1;
        int[] previous2 = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j <= max ? j : outside;
        }
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - max);
            int to = Math.min(m, i + max);
            java.util.Arrays.fill(current, outside);
            current[0] = i <= max ? i : outside;
            int rowMinimum = current[0];
            for (int j = from; j <= to; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, previous2[j - 2] + 1);
                }
                current[j] = Math.min(value, outside);
                rowMinimum = Math.min(rowMinimum, current[j]);
            }
            if (rowMinimum > max) {
                return outside;
            }
            int[] recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }
        return Math.min(previous[m], outside);
    }
}
