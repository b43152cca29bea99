package org.rollerhub.reports.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SvgTest {

    @Test
    void numbersAreTheirValueRoundedToHundredths() {
        assertEquals("3", Svg.n(3.0));
        assertEquals("-12", Svg.n(-12.0));
        assertEquals("2.50", Svg.n(2.5));
        assertEquals("0.07", Svg.n(0.07));
        assertEquals("-0.33", Svg.n(-1.0 / 3));
        assertEquals("0.00", Svg.n(0.001));
        assertEquals("0.00", Svg.n(-0.001), "no minus sign on a value that rounds to zero");
        assertEquals("10.00", Svg.n(9.999));
        Random r = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            double v = (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(7));
            if (v == Math.rint(v)) {
                continue;
            }
            // Rounded half-up from the double's exact value: what Math.round does with v * 100 except
            // where that product itself rounds, which a chart coordinate cannot tell apart.
            String expected = new BigDecimal(Math.abs(v)).setScale(2, RoundingMode.HALF_UP).toPlainString();
            String got = Svg.n(v);
            String unsigned = got.startsWith("-") ? got.substring(1) : got;
            double scaled = Math.abs(v) * 100;
            if (Math.abs(scaled - Math.floor(scaled) - 0.5) > 1e-6) { // not a tie that v * 100 may have rounded
                assertEquals(expected, unsigned, v + " -> " + got);
            }
            assertEquals(v < 0 && !expected.equals("0.00"), got.startsWith("-"), v + " -> " + got);
        }
    }

    @Test
    void shadesAreGreysFromWhiteToDarkGrey() {
        assertEquals("#ffffff", Svg.shade(0));
        assertEquals("#555555", Svg.shade(1));
        assertEquals("#aaaaaa", Svg.shade((255.0 - 0xaa) / (255 - 0x55)));
        assertEquals("#ffffff", Svg.shade(-3));
    }
}
