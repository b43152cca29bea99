package org.rollerhub.hub.config;

import java.util.List;

/** One place configuration comes from: the config file, the environment or the command line. */
interface ConfigSource {

    /** The value this source gives {@code key} ({@link ConfigKeys}), or null if it gives none. */
    SourcedValue value(String key);

    /**
     * The rollers this source lists, or null if it lists none.
     *
     * @throws ConfigException for a roller that is not a usable link, naming where it was written
     */
    List<RollerSpec> rollers() throws ConfigException;
}
