package org.rollerhub.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;

/** Labels to and from JSON, in the sample labels' form. */
public final class LabelsJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LabelsJson() {
    }

    public static String toJson(Labels labels) {
        try {
            return MAPPER.writeValueAsString(labels);
        } catch (IOException e) {
            throw new IllegalStateException("labels do not serialise", e);
        }
    }

    public static void write(Labels labels, Path file) throws IOException {
        MAPPER.writeValue(file.toFile(), labels);
    }

    public static Labels read(Path file) throws IOException {
        return MAPPER.readValue(file.toFile(), Labels.class);
    }
}
