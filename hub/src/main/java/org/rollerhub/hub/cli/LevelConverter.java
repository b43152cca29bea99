package org.rollerhub.hub.cli;

import org.rollerhub.analytics.Level;

/** A spine level option ({@code T8}) for picocli. */
final class LevelConverter implements picocli.CommandLine.ITypeConverter<Level> {
    @Override
    public Level convert(String value) {
        return Level.parse(value);
    }
}
