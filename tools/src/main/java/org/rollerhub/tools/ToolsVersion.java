package org.rollerhub.tools;

import picocli.CommandLine;

/** The version picocli prints for {@code --version}. */
public final class ToolsVersion implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = ToolsMain.class.getPackage().getImplementationVersion();
        return new String[] {"roller-tools " + (v == null ? "development build" : v)};
    }
}
