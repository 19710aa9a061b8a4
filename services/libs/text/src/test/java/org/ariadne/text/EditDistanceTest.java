package org.ariadne.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditDistanceTest {

    @Test
    void theSeedsTyposAreCloseToTheirNames() {
        assertThat(EditDistance.atMost("worl vision", "world vision", 2)).isEqualTo(1);
        assertThat(EditDistance.atMost("word wision", "world vision", 2)).isEqualTo(2);
        assertThat(EditDistance.atMost("ZNKNT", "ZKNKT", 2)).isEqualTo(2);
        assertThat(EditDistance.atMost("ZKNT", "ZKNKT", 2)).isEqualTo(1);
    }

    @Test
    void aSwapOfNeighboursCountsOnce() {
        assertThat(EditDistance.atMost("trgoinve", "trgovine", 2)).isEqualTo(2);
        assertThat(EditDistance.atMost("ab", "ba", 2)).isEqualTo(1);
    }

    @Test
    void distancesBeyondTheBoundStopAtBoundPlusOne() {
        assertThat(EditDistance.atMost("ministarstvo pravde", "ministarstvo zdravlja", 2)).isEqualTo(3);
        assertThat(EditDistance.atMost("a", "abcdef", 2)).isEqualTo(3);
        assertThat(EditDistance.atMost("", "ab", 2)).isEqualTo(2);
        assertThat(EditDistance.atMost("same", "same", 0)).isZero();
    }

    @Test
    void agreesWithTheFullComputationOnShortStrings() {
        String[] words = {"", "a", "ab", "ba", "abc", "acb", "bca", "kitten", "sitting", "mz", "mzz", "zm"};
        for (String a : words) {
            for (String b : words) {
                int full = full(a, b);
                assertThat(EditDistance.atMost(a, b, 3)).as(a + " / " + b).isEqualTo(Math.min(full, 4));
            }
        }
    }

    /** Unbounded optimal string alignment, the textbook way. */
    private static int full(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
