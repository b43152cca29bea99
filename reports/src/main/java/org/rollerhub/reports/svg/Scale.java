package org.rollerhub.reports.svg;

/**
 * A linear map from data values ({@code from0..from1}) to user units ({@code to0..to1}); either
 * range may run backward (a y axis grows downward).
 */
record Scale(double from0, double from1, double to0, double to1) {
    double at(double v) {
        return from1 == from0 ? to0 : to0 + (v - from0) / (from1 - from0) * (to1 - to0);
    }
}
