package org.rollerhub.reports.svg;

import java.util.Locale;

/**
 * A small writer of SVG 1.1 markup: well-formed XML (so both browsers and the PDF path read it),
 * numbers with at most two decimals, text escaped. Lengths are user units (1 unit = 1 CSS px at
 * 100 % scale). Ids given to {@link #patterns} are prefixed so that several charts can share a page.
 */
public final class Svg {
    private final StringBuilder b = new StringBuilder(4096);
    private final String prefix;

    /**
     * Opens an {@code <svg>} element.
     *
     * @param prefix unique on the page, for pattern ids
     * @param width width, user units
     * @param height height, user units
     * @param title what the chart shows (its accessible name)
     */
    public Svg(String prefix, double width, double height, String title) {
        this.prefix = prefix;
        b.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" class=\"chart\" width=\"").append(n(width))
                .append("\" height=\"").append(n(height)).append("\" viewBox=\"0 0 ").append(n(width)).append(' ')
                .append(n(height)).append("\" font-family=\"sans-serif\" font-size=\"10\"><title>")
                .append(esc(title)).append("</title>");
    }

    /**
     * Defines the fills that keep charts readable in black and white: {@code hatch} (diagonal
     * lines), {@code dots} and {@code cross}; refer to them with {@link #fill(String)}.
     */
    public Svg patterns() {
        b.append("<defs>");
        b.append("<pattern id=\"").append(prefix).append("-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">")
                .append("<rect width=\"6\" height=\"6\" fill=\"#fff\"/><path d=\"M0,6 L6,0 M-1,1 L1,-1 M5,7 L7,5\" stroke=\"#555\" stroke-width=\"1\"/></pattern>");
        b.append("<pattern id=\"").append(prefix).append("-dots\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\">")
                .append("<rect width=\"5\" height=\"5\" fill=\"#fff\"/><circle cx=\"2.5\" cy=\"2.5\" r=\"1\" fill=\"#444\"/></pattern>");
        b.append("<pattern id=\"").append(prefix).append("-cross\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">")
                .append("<rect width=\"6\" height=\"6\" fill=\"#fff\"/><path d=\"M0,0 L6,6 M6,0 L0,6\" stroke=\"#555\" stroke-width=\"0.8\"/></pattern>");
        b.append("</defs>");
        return this;
    }

    /** {@code url(#prefix-name)} for a pattern defined by {@link #patterns()}. */
    public String fill(String name) {
        return "url(#" + prefix + "-" + name + ")";
    }

    public Svg rect(double x, double y, double w, double h, String fill, String stroke) {
        b.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(Math.max(0, w)))
                .append("\" height=\"").append(n(Math.max(0, h))).append("\" fill=\"").append(fill).append('"');
        if (stroke != null) {
            b.append(" stroke=\"").append(stroke).append("\" stroke-width=\"0.75\"");
        }
        b.append("/>");
        return this;
    }

    public Svg line(double x1, double y1, double x2, double y2, String stroke, double width, String dash) {
        b.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
                .append(n(width)).append('"');
        dash(dash);
        b.append("/>");
        return this;
    }

    /** An open line through the points {@code xs[i], ys[i]}. */
    public Svg polyline(double[] xs, double[] ys, int count, String stroke, double width, String dash) {
        b.append("<polyline fill=\"none\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(n(width))
                .append("\" stroke-linejoin=\"round\"");
        dash(dash);
        b.append(" points=\"");
        for (int i = 0; i < count; i++) {
            b.append(n(xs[i])).append(',').append(n(ys[i])).append(' ');
        }
        b.append("\"/>");
        return this;
    }

    /** A closed shape through the points (x0 y0 x1 y1 ...). */
    public Svg polygon(String fill, String stroke, double... xy) {
        b.append("<polygon fill=\"").append(fill).append('"');
        if (stroke != null) {
            b.append(" stroke=\"").append(stroke).append("\" stroke-width=\"0.75\"");
        }
        b.append(" points=\"");
        for (int i = 0; i + 1 < xy.length; i += 2) {
            b.append(n(xy[i])).append(',').append(n(xy[i + 1])).append(' ');
        }
        b.append("\"/>");
        return this;
    }

    public Svg circle(double cx, double cy, double r, String fill, String stroke) {
        b.append("<circle cx=\"").append(n(cx)).append("\" cy=\"").append(n(cy)).append("\" r=\"").append(n(r))
                .append("\" fill=\"").append(fill).append('"');
        if (stroke != null) {
            b.append(" stroke=\"").append(stroke).append("\" stroke-width=\"0.9\"");
        }
        b.append("/>");
        return this;
    }

    /**
     * Text at ({@code x}, {@code y}), {@code y} its baseline.
     *
     * @param anchor start, middle or end
     * @param size font size, user units
     */
    public Svg text(double x, double y, String text, String anchor, double size, String fill) {
        b.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"").append(anchor)
                .append("\" font-size=\"").append(n(size)).append("\" fill=\"").append(fill).append("\">")
                .append(esc(text)).append("</text>");
        return this;
    }

    /** A marker shape of size {@code r} centred at (cx, cy): circle, square, triangle, diamond. */
    public Svg marker(Marker m, double cx, double cy, double r, String fill) {
        return switch (m) {
            case CIRCLE -> circle(cx, cy, r, fill, "#000");
            case SQUARE -> rect(cx - r, cy - r, 2 * r, 2 * r, fill, "#000");
            case TRIANGLE -> polygon(fill, "#000", cx, cy - r * 1.15, cx + r * 1.1, cy + r * 0.8, cx - r * 1.1, cy + r * 0.8);
            case DIAMOND -> polygon(fill, "#000", cx, cy - r * 1.3, cx + r, cy, cx, cy + r * 1.3, cx - r, cy);
        };
    }

    /** The markers that tell series apart without colour. */
    public enum Marker {
        CIRCLE, SQUARE, TRIANGLE, DIAMOND
    }

    /** Closes the element and returns the markup. */
    public String end() {
        b.append("</svg>");
        return b.toString();
    }

    private void dash(String dash) {
        if (dash != null) {
            b.append(" stroke-dasharray=\"").append(dash).append('"');
        }
    }

    /** A grey of lightness {@code share} (0: white, 1: {@code #555}), as a fill for counts. */
    public static String shade(double share) {
        double s = Math.max(0, Math.min(1, share));
        int v = (int) Math.round(255 - s * (255 - 0x55));
        String hex = (v < 16 ? "0" : "") + Integer.toHexString(v);
        return "#" + hex + hex + hex;
    }

    /**
     * A number with at most two decimals, no exponent: whole numbers as they are, others rounded
     * to hundredths ({@code 2.50}). Not {@code String.format}, which was a quarter of a year's
     * progress page's server time: the charts write thousands of coordinates.
     */
    public static String n(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return Long.toString((long) v);
        }
        if (!(Math.abs(v) < 1e15)) {
            return String.format(Locale.ROOT, "%.2f", v); // NaN, infinities, huge: never in a chart, but defined
        }
        long hundredths = Math.round(Math.abs(v) * 100);
        long cents = hundredths % 100;
        return (v < 0 && hundredths != 0 ? "-" : "") + hundredths / 100 + (cents < 10 ? ".0" : ".") + cents;
    }

    /** XML-escaped text. */
    public static String esc(String s) {
        StringBuilder o = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> o.append("&lt;");
                case '>' -> o.append("&gt;");
                case '&' -> o.append("&amp;");
                case '"' -> o.append("&quot;");
                default -> o.append(c);
            }
        }
        return o.toString();
    }
}
