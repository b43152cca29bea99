package org.rollerhub.hub.cli;

import org.rollerhub.analytics.Level;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A thoracic level option, T1..T12 (case-insensitive); anything else is bad usage with a clear message. */
final class LevelConverter implements ITypeConverter<Level> {
    @Override
    public Level convert(String value) {
        Level level;
        try {
            level = Level.parse(value);
        } catch (IllegalArgumentException e) {
            level = null;
        }
        if (level == null || !level.thoracic()) {
            throw new TypeConversionException("'" + value + "' is not a thoracic level (T1..T12)");
        }
        return level;
    }
}
