package org.rollerhub.web.pages;

import java.util.List;

/** The live page: the frame and the spine levels drawn, top to bottom. */
public record LiveView(Frame frame, List<String> levels) {
    /** C, T1..T12, L: the neck zone, the thoracic levels the roller works, the lower back. */
    public static final List<String> SPINE = List.of("C", "T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9", "T10",
            "T11", "T12", "L");
}
