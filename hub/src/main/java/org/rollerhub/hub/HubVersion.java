package org.rollerhub.hub;

import picocli.CommandLine;

/** The version picocli prints for {@code --version}. */
public final class HubVersion implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = HubMain.class.getPackage().getImplementationVersion();
        return new String[] {"roller-hub " + (v == null ? "development build" : v)};
    }
}
